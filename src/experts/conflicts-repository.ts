import type { ConflictKind } from './core/conflicts.js';
import type { Queryable } from '../platform/db/database.js';
import { pagedQuery, type PageWindow } from '../platform/db/paged-query.js';

export type ConflictSource = 'detected' | 'office' | 'applicant' | 'expert';
export type ConflictStatus = 'suggested' | 'confirmed' | 'dismissed';

export interface ConflictRecord {
  id: string;
  expertId: string;
  expertName: string;
  expertCode: string;
  organisationId: string;
  organisationName: string;
  kind: ConflictKind;
  source: ConflictSource;
  status: ConflictStatus;
  evidence: string;
  since: string | null;
  decisionReason: string | null;
  decidedAt: Date | null;
  createdAt: Date;
}

const SELECT_CONFLICT = `SELECT c.id::text AS id, c.expert_id::text AS expert_id, e.name AS expert_name, e.code AS expert_code,
  c.organisation_id::text AS organisation_id, o.name AS organisation_name, c.kind, c.source, c.status, c.evidence,
  to_char(c.since, 'YYYY-MM-DD') AS since, c.decision_reason, c.decided_at, c.created_at
  FROM conflicts c JOIN experts e ON e.id = c.expert_id JOIN organisations o ON o.id = c.organisation_id`;

interface ConflictRow {
  id: string;
  expert_id: string;
  expert_name: string;
  expert_code: string;
  organisation_id: string;
  organisation_name: string;
  kind: ConflictKind;
  source: ConflictSource;
  status: ConflictStatus;
  evidence: string;
  since: string | null;
  decision_reason: string | null;
  decided_at: Date | null;
  created_at: Date;
}

const toConflict = (r: ConflictRow): ConflictRecord => ({
  id: r.id,
  expertId: r.expert_id,
  expertName: r.expert_name,
  expertCode: r.expert_code,
  organisationId: r.organisation_id,
  organisationName: r.organisation_name,
  kind: r.kind,
  source: r.source,
  status: r.status,
  evidence: r.evidence,
  since: r.since,
  decisionReason: r.decision_reason,
  decidedAt: r.decided_at,
  createdAt: r.created_at,
});

export async function listConflicts(
  db: Queryable,
  filter: {
    status?: ConflictStatus | undefined;
    expertId?: string | undefined;
    organisationId?: string | undefined;
  },
): Promise<ConflictRecord[]> {
  const rows = await db.query<ConflictRow & Record<string, unknown>>(
    `${SELECT_CONFLICT} WHERE ($1::text IS NULL OR c.status = $1) AND ($2::uuid IS NULL OR c.expert_id = $2)
       AND ($3::uuid IS NULL OR c.organisation_id = $3)
     ORDER BY c.created_at DESC, c.id`,
    [filter.status ?? null, filter.expertId ?? null, filter.organisationId ?? null],
  );
  return rows.map(toConflict);
}

export interface ConflictFilter {
  status?: ConflictStatus | undefined;
  expertId?: string | undefined;
  organisationId?: string | undefined;
  /** Part of the expert's name or code, or of the organisation's name. */
  search?: string | undefined;
  /** The conflicts of these programmes' experts (null: every programme's). */
  programmeIds: readonly string[] | null;
}

/** One page of the conflicts, filtered and counted in SQL, newest first. */
export async function listConflictPage(
  db: Queryable,
  filter: ConflictFilter,
  page: PageWindow,
): Promise<{ items: ConflictRecord[]; total: number }> {
  const { rows, total } = await pagedQuery<ConflictRow & Record<string, unknown>>(
    db,
    `${SELECT_CONFLICT} WHERE ($1::text IS NULL OR c.status = $1) AND ($2::uuid IS NULL OR c.expert_id = $2)
       AND ($3::uuid IS NULL OR c.organisation_id = $3)
       AND ($4::text IS NULL OR e.name ILIKE $4 OR e.code ILIKE $4 OR o.name ILIKE $4)
       AND ($5::text[] IS NULL OR e.programme_id = ANY($5::text[]))`,
    [
      filter.status ?? null,
      filter.expertId ?? null,
      filter.organisationId ?? null,
      filter.search ? `%${filter.search.replace(/[\\%_]/g, '\\$&')}%` : null,
      filter.programmeIds,
    ],
    'page.created_at DESC, page.id',
    page,
  );
  return { items: rows.map(toConflict), total };
}

export async function findConflict(db: Queryable, id: string): Promise<ConflictRecord | undefined> {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) return undefined;
  const rows = await db.query<ConflictRow & Record<string, unknown>>(`${SELECT_CONFLICT} WHERE c.id = $1`, [
    id,
  ]);
  return rows[0] && toConflict(rows[0]);
}

/** Inserts a conflict unless the same expert, organisation and kind is already recorded; returns the id if new. */
export async function insertConflict(
  tx: Queryable,
  conflict: {
    expertId: string;
    organisationId: string;
    kind: string;
    source: ConflictSource;
    status: ConflictStatus;
    evidence: string;
    since: string | null;
    createdBy: string | null;
    decidedBy?: string | null;
    decidedAt?: Date | null;
  },
): Promise<string | null> {
  const rows = await tx.query<{ id: string }>(
    `INSERT INTO conflicts (expert_id, organisation_id, kind, source, status, evidence, since, created_by, decided_by, decided_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
     ON CONFLICT (expert_id, organisation_id, kind) DO NOTHING RETURNING id::text AS id`,
    [
      conflict.expertId,
      conflict.organisationId,
      conflict.kind,
      conflict.source,
      conflict.status,
      conflict.evidence,
      conflict.since,
      conflict.createdBy,
      conflict.decidedBy ?? null,
      conflict.decidedAt ?? null,
    ],
  );
  return rows[0]?.id ?? null;
}

/** Compare-and-set decision on a suggestion. */
export async function decideConflict(
  tx: Queryable,
  id: string,
  from: ConflictStatus,
  to: ConflictStatus,
  reason: string,
  decidedBy: string,
  decidedAt: Date,
): Promise<boolean> {
  const rows = await tx.query(
    `UPDATE conflicts SET status = $3, decision_reason = $4, decided_by = $5, decided_at = $6
     WHERE id = $1 AND status = $2 RETURNING id`,
    [id, from, to, reason, decidedBy, decidedAt],
  );
  return rows.length === 1;
}

/** Confirmed conflicts, the ones that exclude an expert from a panel. */
/** The confirmed conflicts with some organisations (a panel's applicants), in one statement. */
export async function confirmedConflictsWith(
  db: Queryable,
  organisationIds: readonly string[],
): Promise<{ expertId: string; organisationId: string; kind: string }[]> {
  if (organisationIds.length === 0) return [];
  const rows = await db.query<{ expert_id: string; organisation_id: string; kind: string }>(
    `SELECT expert_id::text AS expert_id, organisation_id::text AS organisation_id, kind FROM conflicts
     WHERE status = 'confirmed' AND organisation_id = ANY($1::uuid[])`,
    [[...organisationIds]],
  );
  return rows.map((r) => ({ expertId: r.expert_id, organisationId: r.organisation_id, kind: r.kind }));
}
