import type { EligibleExpert, ExcludedExpert } from '../../../../src/draws/core/eligible-pool.js';
import type { DrawExclusions, PublicDraw } from '../../api/draws.js';

/** What the pages show of a frozen pool of either version. */
export interface PoolView {
  eligible: EligibleExpert[];
  leaders: number;
  /** The excluded experts with their reasons; null when not published (v2) and not fetched. */
  excluded: ExcludedExpert[] | null;
  excludedCount: number;
  /** v2: the SHA-256 the pool document commits the excluded list by. */
  excludedSha256: string | null;
}

/** The pool of a published document (v1 or v2), with a v2 draw's kept exclusions when known. */
export function poolView(
  document: PublicDraw['poolDocument'],
  exclusions?: DrawExclusions['exclusions'],
): PoolView {
  if (document.format === 'quality-award-draw/pool/v2') {
    const leaders = new Set(document.canLead);
    return {
      eligible: document.eligible.map((expertId) => ({ expertId, canLead: leaders.has(expertId) })),
      leaders: document.canLead.length,
      excluded: exclusions ? (exclusions.excluded as ExcludedExpert[]) : null,
      excludedCount: document.excluded.count,
      excludedSha256: document.excluded.sha256,
    };
  }
  return {
    eligible: document.eligible,
    leaders: document.eligible.filter((e) => e.canLead).length,
    excluded: document.excluded as ExcludedExpert[],
    excludedCount: document.excluded.length,
    excludedSha256: null,
  };
}
