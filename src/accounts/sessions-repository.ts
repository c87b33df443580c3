import type { Queryable } from '../platform/db/database.js';
import { ACCOUNT_COLUMNS, toAccount, type AccountRecord, type AccountRow } from './accounts-repository.js';

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

export async function touchSession(db: Queryable, tokenHash: string, now: Date): Promise<void> {
  await db.query('UPDATE sessions SET last_seen_at = $2 WHERE token_hash = $1', [tokenHash, now]);
}

/** Gives a session a new token (its old one then opens nothing); false if it is gone. */
export async function rotateSessionToken(
  tx: Queryable,
  tokenHash: string,
  newTokenHash: string,
): Promise<boolean> {
  const rows = await tx.query('UPDATE sessions SET token_hash = $2 WHERE token_hash = $1 RETURNING user_id', [
    tokenHash,
    newTokenHash,
  ]);
  return rows.length === 1;
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

/**
 * The session and its account with roles, in one statement: every signed-in request starts here,
 * so it costs one round trip, not two. `account` is absent when the user row is gone.
 */
export async function findSessionWithAccount(
  db: Queryable,
  tokenHash: string,
): Promise<{ session: SessionRecord; account: AccountRecord | undefined } | undefined> {
  const rows = await db.query<
    Omit<AccountRow, 'id'> & {
      id: string | null;
      token_hash: string;
      user_id: string;
      csrf_token: string;
      session_created_at: Date;
      last_seen_at: Date;
      expires_at: Date;
    } & Record<string, unknown>
  >(
    `SELECT s.token_hash, s.user_id::text AS user_id, s.csrf_token, s.created_at AS session_created_at,
       s.last_seen_at, s.expires_at, ${ACCOUNT_COLUMNS}
     FROM sessions s LEFT JOIN users u ON u.id = s.user_id
     WHERE s.token_hash = $1`,
    [tokenHash],
  );
  const row = rows[0];
  if (!row) return undefined;
  const session: SessionRecord = {
    tokenHash: row.token_hash,
    userId: row.user_id,
    csrfToken: row.csrf_token,
    createdAt: row.session_created_at,
    lastSeenAt: row.last_seen_at,
    expiresAt: row.expires_at,
  };
  return { session, account: row.id === null ? undefined : toAccount({ ...row, id: row.id }) };
}
