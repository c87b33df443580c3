import type { Queryable } from '../platform/db/database.js';

export type AccessEvent = 'sign-in' | 'sign-in-failed' | 'sign-in-locked' | 'sign-out' | 'read';

export interface AccessLogEntry {
  userId: string | null;
  username: string | null;
  event: AccessEvent;
  recordType?: string | null;
  recordId?: string | null;
  clientIp: string | null;
  userAgent: string | null;
}

export async function logAccess(db: Queryable, entry: AccessLogEntry): Promise<void> {
  await db.query(
    `INSERT INTO access_log (user_id, username, event, record_type, record_id, client_ip, user_agent)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [
      entry.userId,
      entry.username,
      entry.event,
      entry.recordType ?? null,
      entry.recordId ?? null,
      entry.clientIp,
      entry.userAgent,
    ],
  );
}

export interface AccessLogRow {
  id: number;
  at: Date;
  userId: string | null;
  displayName: string | null;
  username: string | null;
  event: string;
  recordType: string | null;
  recordId: string | null;
  clientIp: string | null;
  userAgent: string | null;
}

export async function listAccessLog(
  db: Queryable,
  before: number | null,
  limit: number,
): Promise<AccessLogRow[]> {
  const rows = await db.query<{
    id: number;
    at: Date;
    user_id: string | null;
    display_name: string | null;
    username: string | null;
    event: string;
    record_type: string | null;
    record_id: string | null;
    client_ip: string | null;
    user_agent: string | null;
  }>(
    `SELECT a.id, a.at, a.user_id::text AS user_id, u.display_name, a.username, a.event, a.record_type,
       a.record_id, a.client_ip, a.user_agent
     FROM access_log a LEFT JOIN users u ON u.id = a.user_id
     WHERE ($1::bigint IS NULL OR a.id < $1) ORDER BY a.id DESC LIMIT $2`,
    [before, limit],
  );
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    userId: r.user_id,
    displayName: r.display_name,
    username: r.username,
    event: r.event,
    recordType: r.record_type,
    recordId: r.record_id,
    clientIp: r.client_ip,
    userAgent: r.user_agent,
  }));
}
