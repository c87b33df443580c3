import type { Queryable } from '../platform/db/database.js';
import type { PublishedHead } from './core/published-heads.js';

export interface StoredHead extends PublishedHead {
  publishedAt: Date;
}

type HeadRow = {
  day: string;
  entry_id: number;
  entry_count: number;
  hash: string;
  published_at: Date;
};

const toHead = (r: HeadRow): StoredHead => ({
  day: r.day,
  entryId: r.entry_id,
  entryCount: r.entry_count,
  hash: r.hash,
  publishedAt: r.published_at,
});

/** The newest entry and the number of entries, read in one statement (one snapshot). */
export async function readChainHead(
  db: Queryable,
): Promise<{ entryId: number; entryCount: number; hash: string } | undefined> {
  const rows = await db.query<{ id: number; hash: string; n: number }>(
    `SELECT id, hash, (SELECT count(*) FROM audit_log) AS n FROM audit_log ORDER BY id DESC LIMIT 1`,
  );
  const row = rows[0];
  return row ? { entryId: row.id, entryCount: Number(row.n), hash: row.hash } : undefined;
}

/**
 * Writes the head for its day unless the day already has one (another instance, an earlier run):
 * the day is the key, so several instances publishing at once leave one row. Null when taken.
 */
export async function insertHead(db: Queryable, head: PublishedHead, at: Date): Promise<StoredHead | null> {
  const rows = await db.query<HeadRow>(
    `INSERT INTO audit_heads (day, entry_id, entry_count, hash, published_at) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (day) DO NOTHING
     RETURNING day::text AS day, entry_id, entry_count, hash, published_at`,
    [head.day, head.entryId, head.entryCount, head.hash, at],
  );
  return rows[0] ? toHead(rows[0]) : null;
}

/** Every published head, oldest first. */
export async function listHeads(db: Queryable): Promise<StoredHead[]> {
  const rows = await db.query<HeadRow>(
    `SELECT day::text AS day, entry_id, entry_count, hash, published_at FROM audit_heads ORDER BY day`,
  );
  return rows.map(toHead);
}
