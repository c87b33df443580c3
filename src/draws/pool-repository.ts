import type { ConflictKind, ConflictLink } from '../experts/core/conflicts.js';
import type { ExpertStatus } from '../experts/core/expert.js';
import type { Queryable } from '../platform/db/database.js';
import type { Availability } from './core/eligible-pool.js';
import type { CandidateColumns } from './core/pool-v2.js';

/** What a freeze reads: the panel's organisations, its candidates as columns, their conflicts. */
export interface PanelPoolFacts {
  organisationIds: string[];
  candidates: CandidateColumns;
  /** Confirmed conflicts of the candidates with the panel's organisations, by pool code. */
  conflicts: ConflictLink[];
}

interface PoolRow {
  organisation_ids: string[];
  codes: string[];
  statuses: ExpertStatus[];
  can_lead: boolean[];
  availability: Availability[];
  qualification_counts: number[];
  latest_expiries: (string | null)[];
  conflicts: string[];
}

// One statement, one row of columns: the candidates of the panel's industry group (the GIN index
// on industries) in the pools the cycle's programme draws from, sorted by pool code in byte
// order, with only the facts the rules read — status, whether they may lead, their availability for the cycle, how many qualifications they have and
// the latest expiry (null if one never expires) — and the confirmed conflicts of those candidates
// with the panel's organisations. The rules themselves are the core's (`freezePoolV2`).
const POOL_SQL = `
WITH orgs AS (
  SELECT DISTINCT a.organisation_id FROM panel_applications pa JOIN applications a ON a.id = pa.application_id
  WHERE pa.panel_id = $1
),
cand AS (
  SELECT e.id, e.code COLLATE "C" AS code, e.status, e.can_lead,
    CASE WHEN ea.available THEN 'available' WHEN NOT ea.available THEN 'unavailable' ELSE 'unknown' END AS availability,
    jsonb_array_length(e.qualifications) AS qualification_count,
    (SELECT CASE WHEN bool_or(q->>'expiresOn' IS NULL) THEN NULL ELSE max(q->>'expiresOn') END
       FROM jsonb_array_elements(e.qualifications) q) AS latest_expiry
  FROM experts e LEFT JOIN expert_availability ea ON ea.expert_id = e.id AND ea.cycle_id = $2
  WHERE e.industries && $3::text[]
    -- The programme's own pool and the pools shared with it (decision 0008), nobody else's.
    AND e.programme_id IN (
      SELECT c.programme_id FROM cycles c WHERE c.id = $2
      UNION ALL
      SELECT s.pool_programme_id FROM pool_shares s JOIN cycles c ON c.programme_id = s.programme_id WHERE c.id = $2)
)
SELECT
  (SELECT coalesce(array_agg(o.organisation_id::text ORDER BY o.organisation_id::text COLLATE "C"), '{}') FROM orgs o)
    AS organisation_ids,
  coalesce(array_agg(c.code ORDER BY c.code), '{}') AS codes,
  coalesce(array_agg(c.status ORDER BY c.code), '{}') AS statuses,
  coalesce(array_agg(c.can_lead ORDER BY c.code), '{}') AS can_lead,
  coalesce(array_agg(c.availability ORDER BY c.code), '{}') AS availability,
  coalesce(array_agg(c.qualification_count ORDER BY c.code), '{}') AS qualification_counts,
  coalesce(array_agg(c.latest_expiry ORDER BY c.code), '{}') AS latest_expiries,
  (SELECT coalesce(array_agg(k.code || ' ' || k.organisation_id::text || ' ' || k.kind), '{}')
     FROM (SELECT c2.code, f.organisation_id, f.kind FROM conflicts f JOIN cand c2 ON c2.id = f.expert_id
            WHERE f.status = 'confirmed' AND f.organisation_id IN (SELECT organisation_id FROM orgs)) k)
    AS conflicts
FROM cand c`;

/** The facts a freeze of this panel needs, in one statement. */
export async function readPanelPool(
  db: Queryable,
  panel: { id: string; cycleId: string; industries: readonly string[] },
): Promise<PanelPoolFacts> {
  const [row] = await db.query<PoolRow & Record<string, unknown>>(POOL_SQL, [
    panel.id,
    panel.cycleId,
    [...panel.industries],
  ]);
  const r = row!;
  return {
    organisationIds: r.organisation_ids,
    candidates: {
      ids: r.codes,
      status: r.statuses,
      canLead: r.can_lead,
      availability: r.availability,
      qualificationCount: r.qualification_counts,
      latestExpiry: r.latest_expiries,
    },
    conflicts: r.conflicts.map((text) => {
      const [expertId, organisationId, kind] = text.split(' ') as [string, string, ConflictKind];
      return { expertId, organisationId, kind };
    }),
  };
}
