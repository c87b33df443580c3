import { createHash } from 'node:crypto';

/** What the built web app was made from: each input file's path and the SHA-256 of its content. */
export type SourceHashes = ReadonlyMap<string, string>;

/**
 * One hash over every input, in path order so that the order files were listed in does not
 * matter, with each path included so that a renamed file counts as a change.
 */
export function combinedSourceHash(files: SourceHashes): string {
  const hash = createHash('sha256');
  for (const path of [...files.keys()].sort()) hash.update(`${path}\0${files.get(path)}\n`);
  return hash.digest('hex');
}

export type BuildDecision =
  | { build: false; reason: 'up-to-date' }
  | { build: true; reason: 'never-built' | 'sources-changed' | 'output-missing' };

/**
 * Build again only when the sources differ from those of the last build, or that build is gone.
 * `stamp` is the hash written beside the last build (undefined when none).
 */
export function decideWebBuild(input: {
  sources: SourceHashes;
  stamp: string | undefined;
  outputPresent: boolean;
}): BuildDecision {
  if (input.stamp === undefined) return { build: true, reason: 'never-built' };
  if (!input.outputPresent) return { build: true, reason: 'output-missing' };
  if (input.stamp.trim() !== combinedSourceHash(input.sources))
    return { build: true, reason: 'sources-changed' };
  return { build: false, reason: 'up-to-date' };
}
