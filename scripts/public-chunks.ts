import { dirname, resolve } from 'node:path';

/**
 * The grouping of the public pages' code into one chunk (vite.config.ts). A first visit pays about
 * 1 KB of response headers per file, and left alone the bundler cuts what the public pages share
 * (antd's components, the panels, tags and hooks) into thirty files or more, one per combination of
 * pages that uses them. Here every module that two or more public pages reach through their static
 * imports goes into one `public` chunk; what one page alone uses stays in that page's chunk.
 *
 * Reaching is followed through the imports each file really names: `import { Button } from 'antd'`
 * reaches antd's button, not every component the `antd` index re-exports.
 */

/** The part of the bundler's module graph this needs (rolldown's ChunkingContext.getModuleInfo). */
export interface ModuleGraph {
  getModuleInfo(
    id: string,
  ): { code: string | null; importedIds: readonly string[]; importers: readonly string[] } | null;
}

/** The npm package a module belongs to (`antd`, `@rc-component/form`), or undefined for our own code. */
function packageOf(id: string): string | undefined {
  return id.match(/node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)[\\/]/)?.[1]?.replace(/\\/g, '/');
}

/** The names a module's code imports from `specifier`, or null when it takes the whole namespace. */
function namesImported(code: string, specifier: string): string[] | null {
  const quoted = specifier.replace(/[/\\^$*+?.()|[\]{}]/g, '\\$&');
  const names: string[] = [];
  for (const match of code.matchAll(new RegExp(`import\\s*([^;]*?)\\s*from\\s*["']${quoted}["']`, 'g'))) {
    const clause = match[1]!;
    const braces = clause.match(/\{([^}]*)\}/);
    if (!braces || /\*/.test(clause)) return null;
    for (const part of braces[1]!.split(',')) {
      const name = part
        .trim()
        .split(/\s+as\s+/)[0]!
        .trim();
      if (name) names.push(name);
    }
  }
  return names;
}

/** The module an index re-exports `name` from (following `export *`), if it can be told from its code. */
function reexportSource(graph: ModuleGraph, indexId: string, name: string, depth = 0): string | undefined {
  const info = graph.getModuleInfo(indexId);
  if (!info?.code || depth > 3) return undefined;
  const target = (specifier: string) => {
    const base = resolve(dirname(indexId), specifier);
    const candidates = [base, `${base}.js`, `${base}.mjs`, resolve(base, 'index.js')];
    return info.importedIds.find((id) => candidates.includes(id));
  };
  for (const match of info.code.matchAll(/export\s*\{([^}]*)\}\s*from\s*["']([^"']+)["']/g)) {
    const exported = match[1]!.split(',').map((part) =>
      part
        .trim()
        .split(/\s+as\s+/)
        .pop()!
        .trim(),
    );
    if (exported.includes(name)) return target(match[2]!);
  }
  // `import Field from './Field'; … export { Field }` (how @rc-component/form's index does it).
  for (const match of info.code.matchAll(/export\s*\{([^}]*)\}\s*;/g)) {
    const local = match[1]!
      .split(',')
      .map((part) => part.trim().split(/\s+as\s+/))
      .find((pair) => (pair[1] ?? pair[0])!.trim() === name)?.[0]
      ?.trim();
    const source = local && localImportSource(info.code, local);
    if (source) return target(source);
  }
  for (const match of info.code.matchAll(/export\s*\*\s*from\s*["']([^"']+)["']/g)) {
    const inner = target(match[1]!);
    const found = inner && reexportSource(graph, inner, name, depth + 1);
    if (found) return found;
  }
  return undefined;
}

/** The specifier a module imports its local binding `local` from (default or named import). */
function localImportSource(code: string, local: string): string | undefined {
  for (const match of code.matchAll(/import\s+([^;]*?)\s+from\s*["']([^"']+)["']/g)) {
    const clause = match[1]!;
    const bindings = clause
      .replace(/[{}]/g, ',')
      .split(',')
      .map((part) =>
        part
          .trim()
          .split(/\s+as\s+/)
          .pop()!
          .trim(),
      );
    if (!clause.includes('*') && bindings.includes(local)) return match[2];
  }
  return undefined;
}

/** Whether a package's module re-exports others' (an index such as antd's or @rc-component/util's). */
function isReexportingIndex(graph: ModuleGraph, id: string): boolean {
  return packageOf(id) !== undefined && /export\s*(\{|\*)/.test(graph.getModuleInfo(id)?.code ?? '');
}

/**
 * The modules `id` reaches in one step: its static imports, except that a package's index which
 * re-exports (antd's, the icons', @rc-component's) counts only for the modules of the names taken.
 */
function importsOf(graph: ModuleGraph, id: string): string[] {
  const info = graph.getModuleInfo(id);
  if (!info) return [];
  const reached: string[] = [];
  for (const dependency of info.importedIds) {
    const specifier = packageOf(dependency);
    const names =
      specifier && info.code && specifier !== packageOf(id) && isReexportingIndex(graph, dependency)
        ? namesImported(info.code, specifier)
        : null;
    if (names === null || names.length === 0) {
      reached.push(dependency);
      continue;
    }
    for (const name of names) reached.push(reexportSource(graph, dependency, name) ?? dependency);
  }
  return reached;
}

/** For each module, which of `roots` reach it through static imports. */
export function rootsReaching(graph: ModuleGraph, roots: readonly string[]): Map<string, Set<string>> {
  const reachers = new Map<string, Set<string>>();
  for (const root of roots) {
    const seen = new Set<string>();
    const stack = [root];
    while (stack.length > 0) {
      const id = stack.pop()!;
      if (seen.has(id)) continue;
      seen.add(id);
      stack.push(...importsOf(graph, id));
    }
    for (const id of seen) reachers.set(id, (reachers.get(id) ?? new Set()).add(root));
  }
  return reachers;
}

export interface PublicRoots {
  /** The entry module: what it reaches stays in the entry chunk, which every page loads. */
  shell: string;
  /** The public pages' modules (each a lazy route). */
  pages: readonly string[];
  /** Each language's messages module (each loaded on demand, one per visit). */
  languages: readonly string[];
}

/** A chunk's name from a module's file name: `HomePage`, `messages.zh-CN`. */
function chunkName(id: string): string {
  return id.replace(/^.*[\\/]/, '').replace(/\.[cm]?[jt]sx?$/, '');
}

/**
 * The chunk a module goes to, for rolldown's `codeSplitting.groups[].name`: `public` for what the
 * shell or two or more public pages (or both languages) reach, the page's or language's own chunk
 * for what only it reaches, null (the bundler's choice) for the entry and what no public page uses.
 * (The shell's modules join `public`: left alone, those the staff pages also use would be cut into
 * chunks of their own rather than stay in the entry.)
 */
export function planPublicChunks(graph: ModuleGraph, roots: PublicRoots): PublicChunks {
  const shell = rootsReaching(graph, [roots.shell]);
  const reachers = rootsReaching(graph, [...roots.pages, ...roots.languages]);
  return {
    chunkOf: (id) => {
      if (id === roots.shell) return null;
      const by = reachers.get(id);
      if (shell.has(id) || (by && by.size >= 2)) return 'public';
      return by ? chunkName([...by][0]!) : null;
    },
    isPublic: (id) => shell.has(id) || reachers.has(id),
  };
}

export interface PublicChunks {
  chunkOf(id: string): string | null;
  /** Whether the shell, a public page or a language file uses the module. */
  isPublic(id: string): boolean;
}
