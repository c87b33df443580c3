import type { Queryable } from '../platform/db/database.js';
import { pagedQuery, type PageWindow } from '../platform/db/paged-query.js';

export const ACCESS_EVENTS = [
  'sign-in',
  'sign-in-failed',
  'sign-in-locked',
  'sign-out',
  'read',
  'activated',
  'activation-failed',
] as const;
export type AccessEvent = (typeof ACCESS_EVENTS)[number];

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

export interface AccessLogFilter {
  event?: string | undefined;
  /** Part of the username tried, or of the user's display name. */
  search?: string | undefined;
  /** Entries at or after this moment. */
  since?: Date | null | undefined;
  /** Entries before this moment. */
  until?: Date | null | undefined;
}

/** One page of the entries matching the filter, newest first, and how many match. */
export async function listAccessLogPage(
  db: Queryable,
  filter: AccessLogFilter,
  page: PageWindow,
): Promise<{ rows: AccessLogRow[]; total: number }> {
  const search = filter.search?.trim();
  const { rows, total } = await pagedQuery<{
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
    db,
    `SELECT a.id, a.at, a.user_id::text AS user_id, u.display_name, a.username, a.event, a.record_type,
       a.record_id, a.client_ip, a.user_agent
     FROM access_log a LEFT JOIN users u ON u.id = a.user_id
     WHERE ($1::text IS NULL OR a.event = $1)
       AND ($2::text IS NULL OR strpos(lower(coalesce(a.username, '')), lower($2)) > 0
         OR strpos(lower(coalesce(u.display_name, '')), lower($2)) > 0)
       AND ($3::timestamptz IS NULL OR a.at >= $3) AND ($4::timestamptz IS NULL OR a.at < $4)`,
    [filter.event ?? null, search ? search : null, filter.since ?? null, filter.until ?? null],
    'id DESC',
    page,
  );
  return {
    rows: rows.map((r) => ({
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
    })),
    total,
  };
}
