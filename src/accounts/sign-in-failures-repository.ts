import type { Queryable } from '../platform/db/database.js';

/** Rows untouched this long, and not locked, are forgotten. */
const FORGET_AFTER_MS = 24 * 3_600_000;

/** The running lock-out of this (address, user name) key, if any. */
export async function findSignInLock(db: Queryable, key: string, now: Date): Promise<Date | null> {
  const rows = await db.query<{ locked_until: Date }>(
    'SELECT locked_until FROM sign_in_failures WHERE key = $1 AND locked_until > $2',
    [key, now],
  );
  return rows[0]?.locked_until ?? null;
}

/**
 * Counts one failure of the key in SQL, so parallel failures each add one; an ended lock-out
 * starts the count afresh. Returns the count after this failure, or the end of a lock-out that
 * another attempt started meanwhile (nothing counted). The row stays locked until the end of
 * the transaction, which then starts the lock-out if the count reached the limit.
 */
export async function countKeyFailure(
  tx: Queryable,
  key: string,
  now: Date,
): Promise<{ failed: number; lockedUntil: null } | { failed: null; lockedUntil: Date }> {
  const rows = await tx.query<{ failed: number; locked_until: Date | null }>(
    `INSERT INTO sign_in_failures AS f (key, failed, locked_until, updated_at) VALUES ($1, 1, NULL, $2)
     ON CONFLICT (key) DO UPDATE SET
       failed = CASE WHEN f.locked_until IS NULL THEN f.failed + 1
                     WHEN f.locked_until <= $2 THEN 1 ELSE f.failed END,
       locked_until = CASE WHEN f.locked_until <= $2 THEN NULL ELSE f.locked_until END,
       updated_at = $2
     RETURNING failed, locked_until`,
    [key, now],
  );
  const row = rows[0]!;
  if (row.locked_until && row.locked_until > now) return { failed: null, lockedUntil: row.locked_until };
  await tx.query(
    'DELETE FROM sign_in_failures WHERE updated_at < $1 AND (locked_until IS NULL OR locked_until < $2)',
    [new Date(now.getTime() - FORGET_AFTER_MS), now],
  );
  return { failed: row.failed, lockedUntil: null };
}

export async function lockKey(tx: Queryable, key: string, until: Date): Promise<void> {
  await tx.query('UPDATE sign_in_failures SET locked_until = $2 WHERE key = $1', [key, until]);
}

/**
 * Forgets the key's failures after a right password, unless a lock-out started while it was
 * being checked: then returns its end, and the sign-in is refused.
 */
export async function clearKeyFailures(tx: Queryable, key: string, now: Date): Promise<Date | null> {
  await tx.query(
    'DELETE FROM sign_in_failures WHERE key = $1 AND (locked_until IS NULL OR locked_until <= $2)',
    [key, now],
  );
  return findSignInLock(tx, key, now);
}
