import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The web's API shapes and calls come from the generated document (openapi.d.ts), never by hand
 * (issue 7): a change of the server's schema must break the web's typecheck. Lint forbids importing
 * the untyped client (`api`, `useApiData`); this scan says where the rule would be broken and
 * also catches shapes written out by hand in web/src/api.
 */
const root = join(import.meta.dirname, '..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) && !/\.(d|test)\.ts$/.test(entry.name) ? [path] : [];
  });
}

/** The only places that may touch the untyped client: its home and the typed hook over it. */
const PLUMBING = new Set([
  'api/client.ts', // defines `api` (for useApiData)
  'api/useApiData.ts', // the plain loader over `api.get`
  'api/queryApiData.tsx', // the staff workspace's query-cache loader over `api.get`
  'api/useApi.ts', // the typed GET hook: the one caller of useApiData
  'components/SearchSelect.tsx', // loads a path its callers build with typedPath()
]);

/** Generic plumbing types, not shapes of the API. */
const PLUMBING_TYPES = new Set([
  'ApiData',
  'Page',
  'GetPath',
  // the mutation hook's options, answer and refusal (api/useApiMutation.ts, mutationState.ts)
  'ApiMutationOptions',
  'ApiMutation',
  'MutationFailure',
  // a loader's state machine (api/apiDataState.ts)
  'FetchState',
]);

export function untypedUses(files: { path: string; text: string }[]) {
  const found: string[] = [];
  for (const { path, text } of files) {
    if (PLUMBING.has(path)) continue;
    for (const m of text.matchAll(/\bapi\.(get|post|put|patch)\b|\buseApiData\s*(<|\()/g)) {
      found.push(`${path}: ${m[0]}`);
    }
  }
  return found;
}

export function handWrittenTypes(files: { path: string; text: string }[]) {
  const found: string[] = [];
  for (const { path, text } of files) {
    if (!path.startsWith('api/')) continue;
    for (const m of text.matchAll(/^export (?:interface (\w+)|type (\w+)(?:<[^=]*>)? = (?:\{|'))/gm)) {
      const name = m[1] ?? m[2]!;
      if (!PLUMBING_TYPES.has(name)) found.push(`${path}: ${name}`);
    }
  }
  return found;
}

const files = sources(root).map((path) => ({
  path: relative(root, path).replaceAll('\\', '/'),
  text: readFileSync(path, 'utf8'),
}));

describe('the web client is typed by the generated API document', () => {
  it('makes no untyped call outside the client plumbing', () => {
    expect(untypedUses(files)).toEqual([]);
  });

  it('writes no API shape by hand in web/src/api', () => {
    expect(handWrittenTypes(files)).toEqual([]);
  });

  it('would notice an untyped call or a hand-written shape', () => {
    const planted = [
      { path: 'pages/x/Page.tsx', text: "const a = useApiData<{ items: X[] }>('/x');\napi.post('/y');" },
      { path: 'api/x.ts', text: "export interface Cycle {\n  id: string;\n}\nexport type Kind = 'a' | 'b';" },
    ];
    expect(untypedUses(planted)).toHaveLength(2);
    expect(handWrittenTypes(planted)).toEqual(['api/x.ts: Cycle', 'api/x.ts: Kind']);
  });
});
