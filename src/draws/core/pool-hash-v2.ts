import type { PoolDocumentV2, PoolDocumentV2Check, Sha256Hex } from './pool-v2.js';
import { canonicalFrameV2, canonicalPoolJsonV2, checkPoolDocumentV2, headerProblemV2 } from './pool-v2.js';

/**
 * A published v2 pool document checked and hashed in one walk over its lists — what verifying a
 * draw spends most of its time on (docs/draw-algorithm.md §7: "one pass over the document to hash
 * and check it"). The result is exactly `checkPoolDocumentV2(document)` and the SHA-256 of
 * `canonicalPoolJsonV2(document)`, for any document:
 *
 * - a document of the published shape whose lists pass the check: the walk checks `eligible`
 *   (strictly ascending strings) and meets `canLead` in it (sorted, within `eligible`), and writes
 *   the two lists' canonical JSON as it goes, one `JSON.stringify` per run of `RUN` entries just
 *   read — `canLead`'s from the eligible entries the walk met;
 * - anything else — another shape, a bad header, a bad entry — takes the two-step path, which
 *   names the first problem as `checkPoolDocumentV2` does.
 *
 * Why: the ids of a parsed document are separate strings anywhere on the heap (JSON.parse hands
 * out the engine's one shared copy of a short string — in a server, the copy an expert record or
 * a Map key holds), so every pass over 10,000 of them waits on memory for each. Checking, then
 * stringifying `eligible`, then `canLead`, read each id up to three times far apart; here each is
 * fetched once, and stringified while it is still in the processor's caches (bench/draws.ts:
 * verification of 1,000 draws from ~2.5 s to ~1.5 s on a loaded 2-core machine).
 */

export interface PoolDocumentV2Hashed {
  checked: PoolDocumentV2Check;
  /** SHA-256 (lower-case hex) of the document's canonical JSON: its pool hash. */
  poolHash: string;
}

export function checkAndHashPoolDocumentV2(document: unknown, sha256: Sha256Hex): PoolDocumentV2Hashed {
  if (headerProblemV2(document) === null) {
    const frame = canonicalFrameV2(document, true);
    const { eligible, canLead } = document as { eligible: unknown; canLead: unknown };
    if (frame !== null && Array.isArray(eligible) && Array.isArray(canLead)) {
      const json = writeCheckedLists(frame, eligible, canLead);
      if (json !== null) {
        return { checked: { ok: true, document: document as PoolDocumentV2 }, poolHash: sha256(json) };
      }
    }
  }
  const checked = checkPoolDocumentV2(document);
  return { checked, poolHash: sha256(canonicalPoolJsonV2(document, checked.ok)) };
}

/**
 * Entries are serialised this many at a time, right after the walk has read them (while they are
 * still in the processor's caches), by one `JSON.stringify` of the run.
 */
const RUN = 64;

/**
 * The canonical JSON of the document framed by `frame`, or null as soon as an entry of `eligible`
 * is not a string greater than the one before it, or the walk does not meet every `canLead` entry
 * in turn (the caller then reports the problem the slow way).
 */
function writeCheckedLists(
  frame: readonly [string, string, string],
  eligible: readonly unknown[],
  canLead: readonly unknown[],
): string | null {
  const n = eligible.length;
  const leads = canLead.length;
  const eligibleRuns: string[] = [];
  const leadRuns: string[] = [];
  let leadRun: string[] = [];
  let runStart = 0;
  let k = 0;
  let next: unknown = canLead[0];
  let previous = '';
  for (let i = 0; i < n; i++) {
    const v: unknown = eligible[i];
    if (typeof v !== 'string' || !(previous < v)) return null;
    if (v === next) {
      leadRun.push(v);
      next = canLead[++k];
    }
    previous = v;
    if (i - runStart === RUN - 1 || i === n - 1) {
      // `[…]` of the run without its brackets; an empty run is not written.
      eligibleRuns.push(JSON.stringify(eligible.slice(runStart, i + 1)).slice(1, -1));
      if (leadRun.length > 0) {
        leadRuns.push(JSON.stringify(leadRun).slice(1, -1));
        leadRun = [];
      }
      runStart = i + 1;
    }
  }
  if (k !== leads) return null;
  return `${frame[0]}[${leadRuns.join(',')}]${frame[1]}[${eligibleRuns.join(',')}]${frame[2]}`;
}
