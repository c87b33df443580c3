/**
 * `npm start` and `npm test` run this instead of `vite build`: it hashes the web app's inputs
 * (web/**, vite.config.ts, the precompress and chunk-plan steps, package-lock.json), compares with the hash written
 * beside the last build (dist/web/.source-hash) and builds only when they differ. `--force` builds anyway.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { combinedSourceHash, decideWebBuild } from './web-source-hash.js';

const ROOT = resolve(import.meta.dirname, '..');
const OUT_DIR = join(ROOT, 'dist/web');
const STAMP = join(OUT_DIR, '.source-hash');
const INPUTS = [
  'web',
  'vite.config.ts',
  'scripts/precompress.ts',
  'scripts/public-chunks.ts',
  'package-lock.json',
];

/** Every file of an input: the file itself, or all files below a folder. */
function filesOf(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

function sourceHashes(): Map<string, string> {
  const files = INPUTS.flatMap((input) => filesOf(join(ROOT, input)));
  return new Map(
    files.map((file) => [
      relative(ROOT, file),
      createHash('sha256').update(readFileSync(file)).digest('hex'),
    ]),
  );
}

const sources = sourceHashes();
const decision = process.argv.includes('--force')
  ? ({ build: true, reason: 'forced' } as const)
  : decideWebBuild({
      sources,
      stamp: existsSync(STAMP) ? readFileSync(STAMP, 'utf8') : undefined,
      outputPresent: existsSync(join(OUT_DIR, 'index.html')),
    });

if (!decision.build) {
  console.info(`web app: reused the build in dist/web (sources unchanged, ${sources.size} files)`);
} else {
  const started = performance.now();
  execFileSync(join(ROOT, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  writeFileSync(STAMP, combinedSourceHash(sources) + '\n');
  console.info(
    `web app: built into dist/web (${decision.reason}) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}
