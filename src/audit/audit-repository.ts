import type { Queryable } from '../platform/db/database.js';
import { pagedQuery, type PageWindow } from '../platform/db/paged-query.js';
import type { AuditFacts, ChainedEntry } from './core/audit-chain.js';
import { GENESIS_HASH, hashEntry, toStoredJson } from './core/audit-chain.js';

/** Who did it, from where: every use case receives this and passes it to the audit entry. */
export interface AuditContext {
  actorId: string | null;
  /** The person really at the keyboard when acting on someone's behalf. */
  realActorId?: string | null;
  clientIp: string | null;
  /** The programme the use case acts in, once it has read its record's (decision 0008). */
  programmeId?: string | null;
}

export interface AuditChange {
  /** The programme whose record changed; absent for the installation's own records (accounts). */
  programmeId?: string | null;
  action: string;
  recordType: string;
  recordId: string | null;
  before?: unknown;
  after?: unknown;
}

// Appends take turns so each links to the entry committed before it, whatever the engine.
const AUDIT_CHAIN_LOCK = 7_241_012;

/** Appends one entry to the chain. Call inside the transaction that makes the change. */
export async function appendAudit(tx: Queryable, context: AuditContext, change: AuditChange): Promise<void> {
  await tx.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_CHAIN_LOCK]);
  const last = await tx.query<{ hash: string }>('SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1');
  const prevHash = last[0]?.hash ?? GENESIS_HASH;
  const facts: AuditFacts = {
    at: new Date().toISOString(),
    actorId: context.actorId,
    realActorId: context.realActorId ?? null,
    action: change.action,
    recordType: change.recordType,
    recordId: change.recordId,
    before: toStoredJson(change.before),
    after: toStoredJson(change.after),
    clientIp: context.clientIp,
    programmeId: change.programmeId ?? context.programmeId ?? null,
  };
  await tx.query(
    `INSERT INTO audit_log (at, actor_id, real_actor_id, action, record_type, record_id, before, after,
       client_ip, prev_hash, hash, programme_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
    [
      facts.at,
      facts.actorId,
      facts.realActorId,
      facts.action,
      facts.recordType,
      facts.recordId,
      // Passed as JSON text: both drivers store it as given, and null stays SQL NULL.
      facts.before === null ? null : JSON.stringify(facts.before),
      facts.after === null ? null : JSON.stringify(facts.after),
      facts.clientIp,
      prevHash,
      hashEntry(prevHash, facts),
      facts.programmeId,
    ],
  );
}

interface AuditRow {
  id: number;
  at: Date;
  actor_id: string | null;
  real_actor_id: string | null;
  action: string;
  record_type: string;
  record_id: string | null;
  before: unknown;
  after: unknown;
  client_ip: string | null;
  programme_id: string | null;
  prev_hash: string;
  hash: string;
}

function toEntry(row: AuditRow): ChainedEntry {
  return {
    id: row.id,
    at: row.at.toISOString(),
    actorId: row.actor_id,
    realActorId: row.real_actor_id,
    action: row.action,
    recordType: row.record_type,
    recordId: row.record_id,
    before: row.before,
    after: row.after,
    clientIp: row.client_ip,
    programmeId: row.programme_id,
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

const SELECT_ENTRIES = `SELECT id, at, actor_id::text AS actor_id, real_actor_id::text AS real_actor_id, action,
  record_type, record_id, before, after, client_ip, programme_id, prev_hash, hash FROM audit_log`;

/** Entries in id order after `afterId`, a batch at a time (for verification). */
export async function readAuditBatch(db: Queryable, afterId: number, limit: number): Promise<ChainedEntry[]> {
  const rows = await db.query<AuditRow & Record<string, unknown>>(
    `${SELECT_ENTRIES} WHERE id > $1 ORDER BY id LIMIT $2`,
    [afterId, limit],
  );
  return rows.map(toEntry);
}

export interface AuditFilter {
  action?: string | undefined;
  recordType?: string | undefined;
  recordId?: string | undefined;
  /** Part of the username or display name of the actor, or of the real actor. */
  person?: string | undefined;
  /** Entries at or after this moment. */
  since?: Date | null | undefined;
  /** Entries before this moment. */
  until?: Date | null | undefined;
  /** The programmes the reader audits (null: the installation's auditor reads every entry). */
  programmeIds: readonly string[] | null;
}

/** The filter as SQL over `audit_log`, with its parameters from `$1`. */
function auditWhere(filter: AuditFilter): { where: string; params: unknown[] } {
  const person = filter.person?.trim();
  return {
    where: `($1::text IS NULL OR action = $1) AND ($2::text IS NULL OR record_type = $2)
       AND ($3::text IS NULL OR record_id = $3)
       AND ($4::timestamptz IS NULL OR at >= $4) AND ($5::timestamptz IS NULL OR at < $5)
       AND ($6::text IS NULL OR EXISTS (
         SELECT 1 FROM users u WHERE u.id IN (audit_log.actor_id, audit_log.real_actor_id)
           AND (strpos(lower(u.username), lower($6)) > 0 OR strpos(lower(u.display_name), lower($6)) > 0)))
       AND ($7::text[] IS NULL OR programme_id = ANY($7::text[]))`,
    params: [
      filter.action ?? null,
      filter.recordType ?? null,
      filter.recordId?.trim() || null,
      filter.since ?? null,
      filter.until ?? null,
      person ? person : null,
      filter.programmeIds,
    ],
  };
}

/** One page of the entries matching the filter, newest first, and how many match. */
export async function listAuditPage(
  db: Queryable,
  filter: AuditFilter,
  page: PageWindow,
): Promise<{ entries: ChainedEntry[]; total: number }> {
  const { where, params } = auditWhere(filter);
  const { rows, total } = await pagedQuery<AuditRow & Record<string, unknown>>(
    db,
    `${SELECT_ENTRIES} WHERE ${where}`,
    params,
    'id DESC',
    page,
  );
  return { entries: rows.map(toEntry), total };
}

/**
 * Every entry matching the filter, newest first, `batchSize` at a time (keyset on the id), so an
 * export of the whole trail holds one batch in memory.
 */
export async function* readAuditBatches(
  db: Queryable,
  filter: AuditFilter,
  batchSize: number,
): AsyncGenerator<ChainedEntry[]> {
  const { where, params } = auditWhere(filter);
  let before: number | null = null;
  for (;;) {
    const n = params.length;
    const rows: AuditRow[] = await db.query<AuditRow & Record<string, unknown>>(
      `${SELECT_ENTRIES} WHERE ${where} AND ($${n + 1}::bigint IS NULL OR id < $${n + 1})
       ORDER BY id DESC LIMIT $${n + 2}`,
      [...params, before, batchSize],
    );
    if (rows.length === 0) return;
    yield rows.map(toEntry);
    if (rows.length < batchSize) return;
    before = Number(rows[rows.length - 1]!.id);
  }
}
