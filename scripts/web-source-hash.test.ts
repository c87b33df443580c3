import { describe, expect, it } from 'vitest';
import { combinedSourceHash, decideWebBuild } from './web-source-hash.js';

const built = new Map([
  ['web/src/main.tsx', 'a1'],
  ['web/index.html', 'b2'],
  ['package-lock.json', 'c3'],
]);
const stamp = combinedSourceHash(built);

describe('whether the web app must be built again', () => {
  it('reuses the build when every source is as it was, whatever order they were listed in', () => {
    const sameInOtherOrder = new Map([...built].reverse());
    expect(decideWebBuild({ sources: sameInOtherOrder, stamp: `${stamp}\n`, outputPresent: true })).toEqual({
      build: false,
      reason: 'up-to-date',
    });
  });

  it('builds when one file changed, one was added, removed or renamed', () => {
    const changed = new Map(built).set('web/src/main.tsx', 'a9');
    const added = new Map(built).set('web/src/new.tsx', 'd4');
    const removed = new Map(built);
    removed.delete('web/index.html');
    const renamed = new Map(removed).set('web/main.html', 'b2');
    for (const sources of [changed, added, removed, renamed])
      expect(decideWebBuild({ sources, stamp, outputPresent: true })).toEqual({
        build: true,
        reason: 'sources-changed',
      });
  });

  it('builds when there was never a build, or its output is gone', () => {
    expect(decideWebBuild({ sources: built, stamp: undefined, outputPresent: false }).reason).toBe(
      'never-built',
    );
    expect(decideWebBuild({ sources: built, stamp, outputPresent: false })).toEqual({
      build: true,
      reason: 'output-missing',
    });
  });

  it('does not mistake a path for part of the content next to it', () => {
    const a = new Map([['web/ab', 'c']]);
    const b = new Map([['web/a', 'bc']]);
    expect(combinedSourceHash(a)).not.toBe(combinedSourceHash(b));
  });
});
