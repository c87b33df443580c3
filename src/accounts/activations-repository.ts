import type { Queryable } from '../platform/db/database.js';

export type ActivationPurpose = 'activation' | 'setup' | 'reset';

export interface ActivationRecord {
  userId: string;
  codeHash: string;
  purpose: ActivationPurpose;
  issuedAt: Date;
  expiresAt: Date;
}

/** Issues an account's one live code, replacing any earlier one. */
export async function replaceActivation(
  tx: Queryable,
  activation: ActivationRecord & { issuedBy: string | null },
): Promise<void> {
  await tx.query(
    `INSERT INTO account_activations (user_id, code_hash, purpose, issued_by, issued_at, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (user_id) DO UPDATE SET code_hash = EXCLUDED.code_hash, purpose = EXCLUDED.purpose,
       issued_by = EXCLUDED.issued_by, issued_at = EXCLUDED.issued_at, expires_at = EXCLUDED.expires_at`,
    [
      activation.userId,
      activation.codeHash,
      activation.purpose,
      activation.issuedBy,
      activation.issuedAt,
      activation.expiresAt,
    ],
  );
}

/** The live code of the account with this user name (any case), if it has one. */
export async function findActivationByUsername(
  db: Queryable,
  username: string,
): Promise<ActivationRecord | undefined> {
  const rows = await db.query<{
    user_id: string;
    code_hash: string;
    purpose: ActivationPurpose;
    issued_at: Date;
    expires_at: Date;
  }>(
    `SELECT a.user_id::text AS user_id, a.code_hash, a.purpose, a.issued_at, a.expires_at
     FROM account_activations a JOIN users u ON u.id = a.user_id WHERE lower(u.username) = lower($1)`,
    [username],
  );
  const row = rows[0];
  return (
    row && {
      userId: row.user_id,
      codeHash: row.code_hash,
      purpose: row.purpose,
      issuedAt: row.issued_at,
      expiresAt: row.expires_at,
    }
  );
}

/**
 * Uses the code: compare-and-set on the hash that was checked, so of two uses at once (or a use
 * racing a re-issue) exactly one finds it.
 */
export async function consumeActivation(tx: Queryable, userId: string, codeHash: string): Promise<boolean> {
  const rows = await tx.query(
    'DELETE FROM account_activations WHERE user_id = $1 AND code_hash = $2 RETURNING user_id',
    [userId, codeHash],
  );
  return rows.length === 1;
}

/** When each of these accounts' live code expires, for the administrator's list. */
export async function activationExpiries(db: Queryable, userIds: string[]): Promise<Map<string, Date>> {
  if (userIds.length === 0) return new Map();
  const rows = await db.query<{ user_id: string; expires_at: Date }>(
    'SELECT user_id::text AS user_id, expires_at FROM account_activations WHERE user_id = ANY($1::uuid[])',
    [userIds],
  );
  return new Map(rows.map((r) => [r.user_id, r.expires_at]));
}
