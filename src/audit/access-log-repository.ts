import type { Queryable } from '../platform/db/database.js';
import { pagedQuery, type PageWindow } from '../platform/db/paged-query.js';
import type { AccessEvent } from './core/log-vocabulary.js';

export { ACCESS_EVENTS, type AccessEvent } from './core/log-vocabulary.js';

export interface AccessLogEntry {
  userId: string | null;
  username: string | null;
  event: AccessEvent;
  recordType?: string | null;
  recordId?: string | null;
  clientIp: string | null;
  userAgent: string | null;
  /** The programme whose material was read; absent for sign-ins and other installation events. */
  programmeId?: string | null;
}

export async function logAccess(db: Queryable, entry: AccessLogEntry): Promise<void> {
  await db.query(
    `INSERT INTO access_log (user_id, username, event, record_type, record_id, client_ip, user_agent, programme_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [
      entry.userId,
      entry.username,
      entry.event,
      entry.recordType ?? null,
      entry.recordId ?? null,
      entry.clientIp,
      entry.userAgent,
      entry.programmeId ?? null,
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
  recordType?: string | undefined;
  recordId?: string | undefined;
  /** Entries at or after this moment. */
  since?: Date | null | undefined;
  /** Entries before this moment. */
  until?: Date | null | undefined;
  /** The programmes the reader audits (null: the installation's auditor reads every entry). */
  programmeIds: readonly string[] | null;
}

interface AccessLogDbRow {
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
}

/** The filter as SQL over `access_log a LEFT JOIN users u`, with its parameters from `$1`. */
function accessLogWhere(filter: AccessLogFilter): { where: string; params: unknown[] } {
  const search = filter.search?.trim();
  return {
    where: `($1::text IS NULL OR a.event = $1)
       AND ($2::text IS NULL OR strpos(lower(coalesce(a.username, '')), lower($2)) > 0
         OR strpos(lower(coalesce(u.display_name, '')), lower($2)) > 0)
       AND ($3::timestamptz IS NULL OR a.at >= $3) AND ($4::timestamptz IS NULL OR a.at < $4)
       AND ($5::text IS NULL OR a.record_type = $5) AND ($6::text IS NULL OR a.record_id = $6)
       AND ($7::text[] IS NULL OR a.programme_id = ANY($7::text[]))`,
    params: [
      filter.event ?? null,
      search ? search : null,
      filter.since ?? null,
      filter.until ?? null,
      filter.recordType ?? null,
      filter.recordId?.trim() || null,
      filter.programmeIds,
    ],
  };
}

const SELECT_ACCESS = `SELECT a.id, a.at, a.user_id::text AS user_id, u.display_name, a.username, a.event,
       a.record_type, a.record_id, a.client_ip, a.user_agent
     FROM access_log a LEFT JOIN users u ON u.id = a.user_id`;

function toAccessRow(r: AccessLogDbRow): AccessLogRow {
  return {
    id: Number(r.id),
    at: r.at,
    userId: r.user_id,
    displayName: r.display_name,
    username: r.username,
    event: r.event,
    recordType: r.record_type,
    recordId: r.record_id,
    clientIp: r.client_ip,
    userAgent: r.user_agent,
  };
}

/** One page of the entries matching the filter, newest first, and how many match. */
export async function listAccessLogPage(
  db: Queryable,
  filter: AccessLogFilter,
  page: PageWindow,
): Promise<{ rows: AccessLogRow[]; total: number }> {
  const { where, params } = accessLogWhere(filter);
  const { rows, total } = await pagedQuery<AccessLogDbRow & Record<string, unknown>>(
    db,
    `${SELECT_ACCESS} WHERE ${where}`,
    params,
    'id DESC',
    page,
  );
  return { rows: rows.map(toAccessRow), total };
}

/**
 * Every entry matching the filter, newest first, `batchSize` rows at a time (keyset on the id), so
 * an export of the whole log holds one batch in memory.
 */
export async function* readAccessLogBatches(
  db: Queryable,
  filter: AccessLogFilter,
  batchSize: number,
): AsyncGenerator<AccessLogRow[]> {
  const { where, params } = accessLogWhere(filter);
  let before: number | null = null;
  for (;;) {
    const n = params.length;
    const rows: AccessLogDbRow[] = await db.query<AccessLogDbRow & Record<string, unknown>>(
      `${SELECT_ACCESS} WHERE ${where} AND ($${n + 1}::bigint IS NULL OR a.id < $${n + 1})
       ORDER BY a.id DESC LIMIT $${n + 2}`,
      [...params, before, batchSize],
    );
    if (rows.length === 0) return;
    yield rows.map(toAccessRow);
    if (rows.length < batchSize) return;
    before = Number(rows[rows.length - 1]!.id);
  }
}
