import type { Queryable } from '../platform/db/database.js';
import { pagedQuery, type PageWindow } from '../platform/db/paged-query.js';
import type { ApplicationForm } from './core/application-form.js';
import type { ApplicationStatus, EndorsementOpinion } from './core/application-status.js';

export interface ApplicationRecord {
  id: string;
  cycleId: string;
  /** The programme of its cycle. */
  programmeId: string;
  organisationId: string;
  organisationName: string;
  creditCode: string;
  townId: number;
  departmentId: number;
  status: ApplicationStatus;
  form: ApplicationForm;
  revision: number;
  endorsementRound: number;
  extendedDeadline: Date | null;
  extensionReason: string | null;
  resubmitBy: Date | null;
  lastDecision: unknown;
  createdAt: Date;
  updatedAt: Date;
}

interface ApplicationRow {
  id: string;
  cycle_id: string;
  programme_id: string;
  organisation_id: string;
  organisation_name: string;
  credit_code: string;
  town_id: number;
  department_id: number;
  status: ApplicationStatus;
  form: ApplicationForm;
  revision: number;
  endorsement_round: number;
  extended_deadline: Date | null;
  extension_reason: string | null;
  resubmit_by: Date | null;
  last_decision: unknown;
  created_at: Date;
  updated_at: Date;
}

const SELECT_APPLICATION = `SELECT a.id::text AS id, a.cycle_id::text AS cycle_id, c.programme_id,
  a.organisation_id::text AS organisation_id,
  o.name AS organisation_name, o.credit_code, o.town_id, o.department_id, a.status, a.form, a.revision,
  a.endorsement_round, a.extended_deadline, a.extension_reason, a.resubmit_by, a.last_decision, a.created_at, a.updated_at
  FROM applications a JOIN organisations o ON o.id = a.organisation_id JOIN cycles c ON c.id = a.cycle_id`;

const toApplication = (row: ApplicationRow): ApplicationRecord => ({
  id: row.id,
  cycleId: row.cycle_id,
  programmeId: row.programme_id,
  organisationId: row.organisation_id,
  organisationName: row.organisation_name,
  creditCode: row.credit_code,
  townId: row.town_id,
  departmentId: row.department_id,
  status: row.status,
  form: row.form,
  revision: row.revision,
  endorsementRound: row.endorsement_round,
  extendedDeadline: row.extended_deadline,
  extensionReason: row.extension_reason,
  resubmitBy: row.resubmit_by,
  lastDecision: row.last_decision,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: string) => UUID.test(value);

export async function findApplication(db: Queryable, id: string): Promise<ApplicationRecord | undefined> {
  if (!isUuid(id)) return undefined;
  const rows = await db.query<ApplicationRow & Record<string, unknown>>(
    `${SELECT_APPLICATION} WHERE a.id = $1`,
    [id],
  );
  return rows[0] && toApplication(rows[0]);
}

/**
 * The application row locked until the transaction ends (`FOR UPDATE`): a decision taken from what
 * this returns cannot be overtaken by another transaction deciding on the same application.
 */
export async function lockApplication(tx: Queryable, id: string): Promise<ApplicationRecord | undefined> {
  if (!isUuid(id)) return undefined;
  const rows = await tx.query<ApplicationRow & Record<string, unknown>>(
    `${SELECT_APPLICATION} WHERE a.id = $1 FOR UPDATE OF a`,
    [id],
  );
  return rows[0] && toApplication(rows[0]);
}

export async function findApplicationOf(
  db: Queryable,
  cycleId: string,
  organisationId: string,
): Promise<ApplicationRecord | undefined> {
  const rows = await db.query<ApplicationRow & Record<string, unknown>>(
    `${SELECT_APPLICATION} WHERE a.cycle_id = $1 AND a.organisation_id = $2`,
    [cycleId, organisationId],
  );
  return rows[0] && toApplication(rows[0]);
}

export interface ApplicationFilter {
  cycleId?: string | undefined;
  organisationId?: string | undefined;
  townId?: number | undefined;
  departmentId?: number | undefined;
  statuses?: readonly ApplicationStatus[] | undefined;
  search?: string | undefined;
  /** true: only those a panel reviews; false: only those no panel reviews yet. */
  onPanel?: boolean | undefined;
}

/** Who may see which applications, as SQL can test it (see `applicationVisibility`). */
export interface ApplicationVisibilityScope {
  all: boolean;
  officeProgrammeIds: readonly string[];
  organisationId: string | null;
  townIds: readonly number[];
  departmentIds: readonly number[];
  endorserStatuses: readonly ApplicationStatus[];
}

const likePattern = (search: string | undefined) =>
  search ? `%${search.replace(/[\\%_]/g, '\\$&')}%` : null;

/**
 * One page of the applications a caller may see, filtered and counted in SQL, newest change
 * first (then by id, so pages do not overlap).
 */
export async function listApplicationPage(
  db: Queryable,
  filter: ApplicationFilter,
  scope: ApplicationVisibilityScope,
  page: PageWindow,
): Promise<{ items: ApplicationRecord[]; total: number }> {
  const { rows, total } = await pagedQuery<ApplicationRow & Record<string, unknown>>(
    db,
    `${SELECT_APPLICATION}
     WHERE ($1::uuid IS NULL OR a.cycle_id = $1) AND ($2::uuid IS NULL OR a.organisation_id = $2)
       AND ($3::int IS NULL OR o.town_id = $3) AND ($4::int IS NULL OR o.department_id = $4)
       AND ($5::text[] IS NULL OR a.status = ANY($5))
       AND ($6::text IS NULL OR o.name ILIKE $6 OR o.credit_code ILIKE $6)
       AND ($7::boolean OR c.programme_id = ANY($13::text[]) OR a.organisation_id = $8::uuid
         OR (a.status = ANY($11::text[]) AND (o.town_id = ANY($9::int[]) OR o.department_id = ANY($10::int[]))))
       AND ($12::boolean IS NULL
         OR $12 = EXISTS (SELECT 1 FROM panel_applications pa WHERE pa.application_id = a.id))`,
    [
      filter.cycleId ?? null,
      filter.organisationId ?? null,
      filter.townId ?? null,
      filter.departmentId ?? null,
      filter.statuses ? [...filter.statuses] : null,
      likePattern(filter.search),
      scope.all,
      scope.organisationId,
      [...scope.townIds],
      [...scope.departmentIds],
      [...scope.endorserStatuses],
      filter.onPanel ?? null,
      [...scope.officeProgrammeIds],
    ],
    'page.updated_at DESC, page.id',
    page,
  );
  return { items: rows.map(toApplication), total };
}

export async function insertApplication(
  tx: Queryable,
  cycleId: string,
  organisationId: string,
  form: ApplicationForm,
): Promise<string> {
  const rows = await tx.query<{ id: string }>(
    'INSERT INTO applications (cycle_id, organisation_id, form) VALUES ($1, $2, $3) RETURNING id::text AS id',
    [cycleId, organisationId, JSON.stringify(form)],
  );
  return rows[0]!.id;
}

/** Saves a draft over the revision the applicant started from; false means someone saved in between. */
export async function saveForm(
  tx: Queryable,
  id: string,
  revision: number,
  form: ApplicationForm,
): Promise<boolean> {
  const rows = await tx.query(
    `UPDATE applications SET form = $3, revision = revision + 1, updated_at = now()
     WHERE id = $1 AND revision = $2 AND status IN ('draft', 'returned') RETURNING id`,
    [id, revision, JSON.stringify(form)],
  );
  return rows.length === 1;
}

/** The one write of a status change, compare-and-set on the status it was read in. */
export async function writeStatus(
  tx: Queryable,
  id: string,
  from: ApplicationStatus,
  to: ApplicationStatus,
  changes: { newEndorsementRound?: boolean; resubmitBy?: Date | null; lastDecision?: unknown } = {},
): Promise<boolean> {
  const rows = await tx.query(
    `UPDATE applications SET status = $3,
       endorsement_round = endorsement_round + CASE WHEN $4::boolean THEN 1 ELSE 0 END,
       resubmit_by = CASE WHEN $5::boolean THEN $6::timestamptz ELSE resubmit_by END,
       last_decision = CASE WHEN $7::boolean THEN $8::jsonb ELSE last_decision END,
       updated_at = now()
     WHERE id = $1 AND status = $2 RETURNING id`,
    [
      id,
      from,
      to,
      changes.newEndorsementRound ?? false,
      'resubmitBy' in changes,
      changes.resubmitBy ?? null,
      'lastDecision' in changes,
      changes.lastDecision === undefined ? null : JSON.stringify(changes.lastDecision),
    ],
  );
  return rows.length === 1;
}

export async function writeExtension(
  tx: Queryable,
  id: string,
  deadline: Date,
  reason: string,
): Promise<void> {
  await tx.query(
    'UPDATE applications SET extended_deadline = $2, extension_reason = $3, updated_at = now() WHERE id = $1',
    [id, deadline, reason],
  );
}

export interface EndorsementRecord {
  kind: 'locality' | 'department';
  decision: 'agreed' | 'returned' | 'declined';
  comments: string;
  fileId: string | null;
  endorserId: string;
  endorserName: string;
  decidedAt: Date;
  round: number;
}

export async function listEndorsements(db: Queryable, applicationId: string): Promise<EndorsementRecord[]> {
  return (await listEndorsementsOf(db, [applicationId])).get(applicationId) ?? [];
}

/** Each application's organisation and its name, in one statement. */
export function listApplicantNames(
  db: Queryable,
  applicationIds: readonly string[],
): Promise<{ id: string; organisation_id: string; name: string }[]> {
  return db.query<{ id: string; organisation_id: string; name: string }>(
    `SELECT a.id::text AS id, a.organisation_id::text AS organisation_id, o.name
     FROM applications a JOIN organisations o ON o.id = a.organisation_id WHERE a.id = ANY($1::uuid[])`,
    [[...applicationIds]],
  );
}

/** The endorsements of several applications in one statement, by application id. */
export async function listEndorsementsOf(
  db: Queryable,
  applicationIds: readonly string[],
): Promise<Map<string, EndorsementRecord[]>> {
  const byApplication = new Map<string, EndorsementRecord[]>(applicationIds.map((id) => [id, []]));
  if (applicationIds.length === 0) return byApplication;
  const rows = await db.query<{
    application_id: string;
    kind: 'locality' | 'department';
    decision: 'agreed' | 'returned' | 'declined';
    comments: string;
    file_id: string | null;
    endorser_id: string;
    display_name: string;
    decided_at: Date;
    round: number;
  }>(
    `SELECT e.application_id::text AS application_id, e.kind, e.decision, e.comments, e.file_id::text AS file_id,
       e.endorser_id::text AS endorser_id, u.display_name, e.decided_at, e.round
     FROM endorsements e JOIN users u ON u.id = e.endorser_id
     WHERE e.application_id = ANY($1::uuid[]) ORDER BY e.decided_at`,
    [[...applicationIds]],
  );
  for (const r of rows) {
    byApplication.get(r.application_id)?.push({
      kind: r.kind,
      decision: r.decision,
      comments: r.comments,
      fileId: r.file_id,
      endorserId: r.endorser_id,
      endorserName: r.display_name,
      decidedAt: r.decided_at,
      round: r.round,
    });
  }
  return byApplication;
}

/** The opinions of the current round; a kind without one is pending. */
export function currentOpinions(
  endorsements: readonly EndorsementRecord[],
  round: number,
): { locality: EndorsementOpinion; department: EndorsementOpinion } {
  const of = (kind: 'locality' | 'department') =>
    endorsements.find((e) => e.round === round && e.kind === kind)?.decision ?? 'pending';
  return { locality: of('locality'), department: of('department') };
}

export async function insertEndorsement(
  tx: Queryable,
  applicationId: string,
  endorsement: Omit<EndorsementRecord, 'endorserName'>,
): Promise<void> {
  await tx.query(
    `INSERT INTO endorsements (application_id, round, kind, decision, comments, file_id, endorser_id, decided_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [
      applicationId,
      endorsement.round,
      endorsement.kind,
      endorsement.decision,
      endorsement.comments,
      endorsement.fileId,
      endorsement.endorserId,
      endorsement.decidedAt,
    ],
  );
}

export interface VersionRecord {
  version: number;
  contentSha256: string;
  receiptNumber: string;
  submittedAt: Date;
}

export async function listVersions(db: Queryable, applicationId: string): Promise<VersionRecord[]> {
  const rows = await db.query<{
    version: number;
    content_sha256: string;
    receipt_number: string;
    submitted_at: Date;
  }>(
    `SELECT version, content_sha256, receipt_number, submitted_at FROM application_versions
     WHERE application_id = $1 ORDER BY version`,
    [applicationId],
  );
  return rows.map((r) => ({
    version: r.version,
    contentSha256: r.content_sha256,
    receiptNumber: r.receipt_number,
    submittedAt: r.submitted_at,
  }));
}

/**
 * Freezes a submitted version with its receipt number: the programme's prefix, the cycle's year
 * and the programme's next number for that year. The counter row is taken in this transaction
 * (the upsert locks it), so two submissions at once get two numbers, each once.
 */
export async function insertVersion(
  tx: Queryable,
  applicationId: string,
  content: unknown,
  contentSha256: string,
  submittedBy: string,
  submittedAt: Date,
): Promise<VersionRecord> {
  const rows = await tx.query<{ version: number; receipt_number: string }>(
    `WITH counter AS (
       INSERT INTO receipt_counters (programme_id, year, last_number)
       SELECT c.programme_id, c.year, 1 FROM applications a JOIN cycles c ON c.id = a.cycle_id WHERE a.id = $1
       ON CONFLICT (programme_id, year) DO UPDATE SET last_number = receipt_counters.last_number + 1
       RETURNING programme_id, year, last_number
     )
     INSERT INTO application_versions (application_id, version, content, content_sha256, receipt_number, submitted_by, submitted_at)
     SELECT $1, (SELECT coalesce(max(version), 0) + 1 FROM application_versions WHERE application_id = $1), $2, $3,
       p.receipt_prefix || counter.year || '-' || lpad(counter.last_number::text, 6, '0'), $4, $5
     FROM counter JOIN programmes p ON p.id = counter.programme_id
     RETURNING version, receipt_number`,
    [applicationId, JSON.stringify(content), contentSha256, submittedBy, submittedAt],
  );
  return { version: rows[0]!.version, receiptNumber: rows[0]!.receipt_number, contentSha256, submittedAt };
}

export async function insertDecision(
  tx: Queryable,
  applicationId: string,
  decision: {
    decision: 'accepted' | 'returned' | 'rejected';
    note: string;
    clause: unknown;
    resubmitBy: Date | null;
    overrides: unknown;
    acknowledgements: unknown;
    decidedBy: string;
    decidedAt: Date;
  },
): Promise<void> {
  await tx.query(
    `INSERT INTO application_decisions (application_id, decision, note, clause, resubmit_by, overrides, acknowledgements, decided_by, decided_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      applicationId,
      decision.decision,
      decision.note,
      decision.clause === null ? null : JSON.stringify(decision.clause),
      decision.resubmitBy,
      JSON.stringify(decision.overrides),
      JSON.stringify(decision.acknowledgements),
      decision.decidedBy,
      decision.decidedAt,
    ],
  );
}
