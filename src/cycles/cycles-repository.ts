import type { Queryable } from '../platform/db/database.js';
import type { LocalizedText } from '../platform/i18n/localized.js';
import type { CycleStage } from './core/cycle-stages.js';

/** The Office's planned review dates (ISO dates), shown in the announcement. */
export interface CyclePlan {
  preliminaryCheckBy?: string;
  materialReviewFrom?: string;
  materialReviewTo?: string;
  onSiteReviewFrom?: string;
  onSiteReviewTo?: string;
  committeeMeeting?: string;
}

/** The Office's own words in the announcement, beside what the programme data provides. */
export interface CycleAnnouncement {
  introduction?: LocalizedText;
  contacts?: { name: string; phone: string; email?: string; address?: LocalizedText }[];
}

export interface CycleRecord {
  id: string;
  /** The award the cycle belongs to (the tenant, decision 0008). */
  programmeId: string;
  /** The approved rules version the cycle runs under. */
  rulesVersionId: string;
  frameworkId: string;
  year: number;
  stage: CycleStage;
  announcementDate: string;
  applicationDeadline: Date;
  plan: CyclePlan;
  announcement: CycleAnnouncement;
  criteriaApprovedBy: string | null;
  criteriaApprovedAt: Date | null;
  publishedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

interface CycleRow {
  id: string;
  programme_id: string;
  rules_version_id: string;
  framework_id: string;
  year: number;
  /** One of CYCLE_STAGES: written only by create and the transitions (move-cycle). */
  stage: CycleStage;
  announcement_date: string;
  application_deadline: Date;
  plan: CyclePlan;
  announcement: CycleAnnouncement;
  criteria_approved_by: string | null;
  criteria_approved_at: Date | null;
  published_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

const SELECT_CYCLE = `SELECT id::text AS id, programme_id, rules_version_id, framework_id, year, stage,
  to_char(announcement_date, 'YYYY-MM-DD') AS announcement_date, application_deadline, plan, announcement,
  criteria_approved_by::text AS criteria_approved_by, criteria_approved_at, published_at, created_at, updated_at
  FROM cycles`;

const toCycle = (row: CycleRow): CycleRecord => ({
  id: row.id,
  programmeId: row.programme_id,
  rulesVersionId: row.rules_version_id,
  frameworkId: row.framework_id,
  year: row.year,
  stage: row.stage,
  announcementDate: row.announcement_date,
  applicationDeadline: row.application_deadline,
  plan: row.plan,
  announcement: row.announcement,
  criteriaApprovedBy: row.criteria_approved_by,
  criteriaApprovedAt: row.criteria_approved_at,
  publishedAt: row.published_at,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export async function findCycle(db: Queryable, id: string): Promise<CycleRecord | undefined> {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) return undefined;
  const rows = await db.query<CycleRow & Record<string, unknown>>(`${SELECT_CYCLE} WHERE id = $1`, [id]);
  return rows[0] && toCycle(rows[0]);
}

/** Several cycles in one statement (ids that are not cycles are left out). */
export async function findCycles(db: Queryable, ids: readonly string[]): Promise<Map<string, CycleRecord>> {
  const wanted = [...new Set(ids)].filter((id) => /^[0-9a-f-]{36}$/i.test(id));
  if (wanted.length === 0) return new Map();
  const rows = await db.query<CycleRow & Record<string, unknown>>(
    `${SELECT_CYCLE} WHERE id = ANY($1::uuid[])`,
    [wanted],
  );
  return new Map(rows.map((row) => [row.id, toCycle(row)]));
}

/** The cycles of these programmes (null: every programme), newest year first. */
export async function listCycles(
  db: Queryable,
  programmeIds: readonly string[] | null,
): Promise<CycleRecord[]> {
  const rows = await db.query<CycleRow & Record<string, unknown>>(
    `${SELECT_CYCLE} WHERE ($1::text[] IS NULL OR programme_id = ANY($1::text[])) ORDER BY year DESC, programme_id`,
    [programmeIds],
  );
  return rows.map(toCycle);
}

/** A programme's published cycles, newest year first (the public announcement). */
export async function listPublishedCycles(db: Queryable, programmeId: string): Promise<CycleRecord[]> {
  const rows = await db.query<CycleRow & Record<string, unknown>>(
    `${SELECT_CYCLE} WHERE published_at IS NOT NULL AND programme_id = $1 ORDER BY year DESC`,
    [programmeId],
  );
  return rows.map(toCycle);
}

/** One cycle per programme and year. */
export async function cycleExists(db: Queryable, programmeId: string, year: number): Promise<boolean> {
  return (
    (await db.query('SELECT 1 FROM cycles WHERE programme_id = $1 AND year = $2', [programmeId, year]))
      .length > 0
  );
}

export interface CycleDraft {
  rulesVersionId: string;
  frameworkId: string;
  year: number;
  announcementDate: string;
  applicationDeadline: Date;
  plan: CyclePlan;
  announcement: CycleAnnouncement;
}

export async function insertCycle(
  tx: Queryable,
  programmeId: string,
  draft: CycleDraft,
  createdBy: string,
): Promise<string> {
  const rows = await tx.query<{ id: string }>(
    `INSERT INTO cycles (programme_id, rules_version_id, framework_id, year, announcement_date,
       application_deadline, plan, announcement, created_by)
     VALUES ($9, $1, $2, $3, $4, $5, $6, $7, $8) RETURNING id::text AS id`,
    [
      draft.rulesVersionId,
      draft.frameworkId,
      draft.year,
      draft.announcementDate,
      draft.applicationDeadline,
      JSON.stringify(draft.plan),
      JSON.stringify(draft.announcement),
      createdBy,
      programmeId,
    ],
  );
  return rows[0]!.id;
}

/** Writes the editable facts; compare-and-set on the stage it was read in. */
export async function updateCycleDetails(
  tx: Queryable,
  id: string,
  expectedStage: string,
  details: Omit<CycleDraft, 'rulesVersionId' | 'year'>,
  newStage: string,
): Promise<boolean> {
  const rows = await tx.query(
    `UPDATE cycles SET framework_id = $3, announcement_date = $4, application_deadline = $5, plan = $6,
       announcement = $7, stage = $8, criteria_approved_by = CASE WHEN $8 = 'draft' THEN NULL ELSE criteria_approved_by END,
       criteria_approved_at = CASE WHEN $8 = 'draft' THEN NULL ELSE criteria_approved_at END, updated_at = now()
     WHERE id = $1 AND stage = $2 RETURNING id`,
    [
      id,
      expectedStage,
      details.frameworkId,
      details.announcementDate,
      details.applicationDeadline,
      JSON.stringify(details.plan),
      JSON.stringify(details.announcement),
      newStage,
    ],
  );
  return rows.length === 1;
}

/** The one write of a stage change, compare-and-set; stamps who approved or when it was published. */
export async function writeCycleStage(
  tx: Queryable,
  id: string,
  from: string,
  to: string,
  stamp: { criteriaApprovedBy?: string | null; criteriaApprovedAt?: Date | null; publishedAt?: Date },
): Promise<boolean> {
  const rows = await tx.query(
    `UPDATE cycles SET stage = $3,
       criteria_approved_by = CASE WHEN $4::boolean THEN $5::uuid ELSE criteria_approved_by END,
       criteria_approved_at = CASE WHEN $4::boolean THEN $6::timestamptz ELSE criteria_approved_at END,
       published_at = COALESCE($7::timestamptz, published_at), updated_at = now()
     WHERE id = $1 AND stage = $2 RETURNING id`,
    [
      id,
      from,
      to,
      'criteriaApprovedBy' in stamp,
      stamp.criteriaApprovedBy ?? null,
      stamp.criteriaApprovedAt ?? null,
      stamp.publishedAt ?? null,
    ],
  );
  return rows.length === 1;
}

/** The years of these cycles, by cycle id, in one statement. */
export async function findCycleYears(
  db: Queryable,
  cycleIds: readonly string[],
): Promise<Map<string, number>> {
  const rows = await db.query<{ id: string; year: number }>(
    'SELECT id::text AS id, year FROM cycles WHERE id = ANY($1::uuid[])',
    [[...new Set(cycleIds)]],
  );
  return new Map(rows.map((r) => [r.id, r.year]));
}
