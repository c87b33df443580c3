/**
 * A published head: the newest entry of the chain, its hash and how many entries led to it, as
 * written down on a Beijing day (the `audit_heads` table, `/api/public/audit-heads`, an exported
 * file). A chain can show that an entry was altered, but not that entries were cut from its end,
 * nor that someone who could rewrite it recomputed every later hash; a copy of an earlier head
 * kept elsewhere shows both.
 */
export interface PublishedHead {
  /** The Beijing date it was published for (YYYY-MM-DD). */
  day: string;
  entryId: number;
  /** Entries in the chain up to and including `entryId`. */
  entryCount: number;
  hash: string;
}

export type HeadBreach =
  | {
      /** The chain ends before the head: entries up to it were deleted (tail deletion, TRUNCATE). */
      reason: 'head-missing';
      head: PublishedHead;
      /** Entries the chain has now. */
      chainCount: number;
      /** The newest head the chain still matches, if any: the loss lies after it. */
      lastMatched?: PublishedHead;
    }
  | {
      /**
       * The entry at the head's position is another one, or has another hash: an entry up to it
       * was altered, removed or inserted and the later hashes recomputed.
       */
      reason: 'head-mismatch';
      head: PublishedHead;
      found: { id: number; hash: string };
      /** The newest head the chain still matches, if any: the change lies after it. */
      lastMatched?: PublishedHead;
    };

/**
 * Checks a chain against published heads while it is walked in id order: `see` each verified
 * entry with its 1-based position, then `end` with the number of entries. Pure; no I/O.
 */
export function headChecker(heads: readonly PublishedHead[]) {
  const pending = heads
    .filter((h) => h.entryCount > 0)
    .toSorted((a, b) => a.entryCount - b.entryCount || a.day.localeCompare(b.day));
  let next = 0;
  let lastMatched: PublishedHead | undefined;
  const matched = () => (lastMatched ? { lastMatched } : {});
  return {
    /** The breach at this entry, if a head sits at its position and names another entry or hash. */
    see(entry: { id: number; hash: string }, position: number): HeadBreach | null {
      while (next < pending.length && pending[next]!.entryCount === position) {
        const head = pending[next]!;
        if (head.entryId !== entry.id || head.hash !== entry.hash) {
          return { reason: 'head-mismatch', head, found: { id: entry.id, hash: entry.hash }, ...matched() };
        }
        lastMatched = head;
        next += 1;
      }
      return null;
    },
    /** The breach when the chain ended (`count` entries) before a published head's position. */
    end(count: number): HeadBreach | null {
      const head = pending[next];
      return head ? { reason: 'head-missing', head, chainCount: count, ...matched() } : null;
    },
    /** Heads compared so far. */
    get checked() {
      return next;
    },
  };
}

/** The breach in words, for the command line and logs. */
export function describeBreach(breach: HeadBreach): string {
  const head = `the head published for ${breach.head.day} (entry ${breach.head.entryId}, ${breach.head.entryCount} entries, sha256 ${breach.head.hash})`;
  const after = breach.lastMatched
    ? `; the chain still matches the head of ${breach.lastMatched.day} (entry ${breach.lastMatched.entryId}), so the change lies after it`
    : '';
  return breach.reason === 'head-missing'
    ? `entries deleted: the chain has ${breach.chainCount} entries, fewer than ${head}${after}`
    : `entries rewritten and hashes recomputed: at position ${breach.head.entryCount} the chain has entry ${breach.found.id} with sha256 ${breach.found.hash}, not ${head}${after}`;
}
