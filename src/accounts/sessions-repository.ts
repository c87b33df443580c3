import type { Queryable } from '../platform/db/database.js';

export interface SessionRecord {
  tokenHash: string;
  userId: string;
  csrfToken: string;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
}

export async function insertSession(
  tx: Queryable,
  session: {
    tokenHash: string;
    userId: string;
    csrfToken: string;
    now: Date;
    expiresAt: Date;
    clientIp: string | null;
    userAgent: string | null;
  },
): Promise<void> {
  await tx.query(
    `INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, last_seen_at, expires_at, client_ip, user_agent)
     VALUES ($1, $2, $3, $4, $4, $5, $6, $7)`,
    [
      session.tokenHash,
      session.userId,
      session.csrfToken,
      session.now,
      session.expiresAt,
      session.clientIp,
      session.userAgent,
    ],
  );
}

export async function findSession(db: Queryable, tokenHash: string): Promise<SessionRecord | undefined> {
  const rows = await db.query<{
    token_hash: string;
    user_id: string;
    csrf_token: string;
    created_at: Date;
    last_seen_at: Date;
    expires_at: Date;
  }>(
    `SELECT token_hash, user_id::text AS user_id, csrf_token, created_at, last_seen_at, expires_at
     FROM sessions WHERE token_hash = $1`,
    [tokenHash],
  );
  const row = rows[0];
  return (
    row && {
      tokenHash: row.token_hash,
      userId: row.user_id,
      csrfToken: row.csrf_token,
      createdAt: row.created_at,
      lastSeenAt: row.last_seen_at,
      expiresAt: row.expires_at,
    }
  );
}

export async function touchSession(db: Queryable, tokenHash: string, now: Date): Promise<void> {
  await db.query('UPDATE sessions SET last_seen_at = $2 WHERE token_hash = $1', [tokenHash, now]);
}

export async function deleteSession(db: Queryable, tokenHash: string): Promise<void> {
  await db.query('DELETE FROM sessions WHERE token_hash = $1', [tokenHash]);
}

/** Ends every session of an account (disabled, or its password changed elsewhere). */
export async function deleteSessionsOf(
  db: Queryable,
  userId: string,
  exceptTokenHash?: string,
): Promise<void> {
  await db.query('DELETE FROM sessions WHERE user_id = $1 AND token_hash IS DISTINCT FROM $2', [
    userId,
    exceptTokenHash ?? null,
  ]);
}
