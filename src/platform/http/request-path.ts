/**
 * The path a request names once decoded and normalised as a lenient server or proxy would read it:
 * percent-escapes decoded (repeatedly, so `%2561` is `a`), `.`/`..` segments resolved, doubled
 * slashes collapsed, lower case. For deciding what a path is *not* (e.g. "not under /api"), never
 * for routing — the router's own match is the authority for what a path is.
 */
export function normalisedPath(url: string): string {
  let path = url.split(/[?#]/, 1)[0] ?? '';
  for (let round = 0; round < 4; round += 1) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(path);
    } catch {
      break;
    }
    if (decoded === path) break;
    path = decoded;
  }
  path = path.replace(/\\/g, '/').replace(/\/{2,}/g, '/');
  const segments: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') segments.pop();
    else segments.push(segment);
  }
  return `/${segments.join('/')}`.toLowerCase();
}

/** Whether a request path, however spelled, names something under /api. */
export const isApiPath = (url: string): boolean => {
  const path = normalisedPath(url);
  return path === '/api' || path.startsWith('/api/');
};
