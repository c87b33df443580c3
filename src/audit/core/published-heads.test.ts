import { describe, expect, it } from 'vitest';
import { describeBreach, headChecker, type PublishedHead } from './published-heads.js';

// A chain of ids 10, 11, 13, 14 (id 12 rolled back: ids have gaps, positions do not).
const chain = [
  { id: 10, hash: 'h10' },
  { id: 11, hash: 'h11' },
  { id: 13, hash: 'h13' },
  { id: 14, hash: 'h14' },
];
const head = (day: string, entryCount: number, entryId: number, hash = `h${entryId}`): PublishedHead => ({
  day,
  entryCount,
  entryId,
  hash,
});

function walk(entries: typeof chain, heads: PublishedHead[]) {
  const checker = headChecker(heads);
  for (const [i, entry] of entries.entries()) {
    const breach = checker.see(entry, i + 1);
    if (breach) return { breach, checked: checker.checked };
  }
  return { breach: checker.end(entries.length), checked: checker.checked };
}

describe('checking a chain against published heads', () => {
  it('accepts a chain that passes through every head, in any order given', () => {
    expect(walk(chain, [head('2031-01-02', 3, 13), head('2031-01-01', 2, 11)])).toEqual({
      breach: null,
      checked: 2,
    });
  });

  it('accepts two days with the same head (nothing happened in between)', () => {
    expect(walk(chain, [head('2031-01-01', 2, 11), head('2031-01-02', 2, 11)]).breach).toBeNull();
  });

  it('ignores a head of an empty chain', () => {
    expect(walk([], [head('2031-01-01', 0, 0, '0'.repeat(64))]).breach).toBeNull();
  });

  it('names a head the chain ends before: its newest entries were deleted', () => {
    const { breach } = walk(chain.slice(0, 2), [head('2031-01-01', 2, 11), head('2031-01-02', 4, 14)]);
    expect(breach).toEqual({
      reason: 'head-missing',
      head: head('2031-01-02', 4, 14),
      chainCount: 2,
      lastMatched: head('2031-01-01', 2, 11),
    });
    expect(describeBreach(breach!)).toMatch(
      /entries deleted: the chain has 2 entries.*2031-01-02.*2031-01-01/,
    );
  });

  it('names a head whose hash differs at its position: an entry was rewritten and the rest recomputed', () => {
    const rewritten = chain.map((e) => (e.id >= 11 ? { ...e, hash: `${e.hash}x` } : e));
    const { breach } = walk(rewritten, [head('2031-01-01', 1, 10), head('2031-01-02', 3, 13)]);
    expect(breach).toEqual({
      reason: 'head-mismatch',
      head: head('2031-01-02', 3, 13),
      found: { id: 13, hash: 'h13x' },
      lastMatched: head('2031-01-01', 1, 10),
    });
    expect(describeBreach(breach!)).toMatch(/rewritten.*position 3.*entry 13/);
  });

  it('names a head whose position holds another entry: one was removed in the middle and the rest relinked', () => {
    const removed = chain.filter((e) => e.id !== 11);
    const { breach } = walk(removed, [head('2031-01-01', 3, 13)]);
    expect(breach).toMatchObject({ reason: 'head-mismatch', found: { id: 14 } });
  });

  it('names a head whose position holds another entry: one was inserted and the rest relinked', () => {
    const inserted = [chain[0]!, { id: 12, hash: 'forged' }, ...chain.slice(1)];
    expect(walk(inserted, [head('2031-01-01', 3, 13)]).breach).toMatchObject({
      reason: 'head-mismatch',
      found: { id: 11 },
    });
  });
});
