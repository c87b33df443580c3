import type { Queryable } from '../platform/db/database.js';

/** A programme's expert pool shared with another programme, which may then draw from it. */
export interface PoolShareRecord {
  poolProgrammeId: string;
  programmeId: string;
  sharedAt: Date;
}

/** The shares given or received by these programmes (null: every programme's), by pool then programme. */
export async function listPoolShares(
  db: Queryable,
  programmeIds: readonly string[] | null,
): Promise<PoolShareRecord[]> {
  const rows = await db.query<{ pool_programme_id: string; programme_id: string; shared_at: Date }>(
    `SELECT pool_programme_id, programme_id, shared_at FROM pool_shares
     WHERE $1::text[] IS NULL OR pool_programme_id = ANY($1::text[]) OR programme_id = ANY($1::text[])
     ORDER BY pool_programme_id, programme_id`,
    [programmeIds],
  );
  return rows.map((r) => ({
    poolProgrammeId: r.pool_programme_id,
    programmeId: r.programme_id,
    sharedAt: r.shared_at,
  }));
}

/** Shares the pool; false when it was already shared (one statement, no race). */
export async function insertPoolShare(
  tx: Queryable,
  poolProgrammeId: string,
  programmeId: string,
  sharedBy: string | null,
): Promise<boolean> {
  const rows = await tx.query(
    `INSERT INTO pool_shares (pool_programme_id, programme_id, shared_by) VALUES ($1, $2, $3)
     ON CONFLICT DO NOTHING RETURNING programme_id`,
    [poolProgrammeId, programmeId, sharedBy],
  );
  return rows.length === 1;
}

/** Ends the share; false when there was none. Draws already frozen keep the pool they froze. */
export async function deletePoolShare(
  tx: Queryable,
  poolProgrammeId: string,
  programmeId: string,
): Promise<boolean> {
  const rows = await tx.query(
    'DELETE FROM pool_shares WHERE pool_programme_id = $1 AND programme_id = $2 RETURNING programme_id',
    [poolProgrammeId, programmeId],
  );
  return rows.length === 1;
}
