import type { Queryable } from '../platform/db/database.js';
import { pagedQuery, type PageWindow } from '../platform/db/paged-query.js';
import type { ExpertProfile, ExpertStatus } from './core/expert.js';

export interface ExpertRecord extends ExpertProfile {
  id: string;
  /** The programme whose pool the expert is kept in (decision 0008). */
  programmeId: string;
  code: string;
  userId: string;
  username: string;
  status: ExpertStatus;
  statusReason: string | null;
  /** Bumped by every profile update; an update must name the revision it was based on. */
  revision: number;
  createdAt: Date;
  updatedAt: Date;
}

interface ExpertRow {
  id: string;
  programme_id: string;
  code: string;
  user_id: string;
  username: string;
  name: string;
  identity_number: string;
  employer: string;
  employer_credit_code: string | null;
  title: string;
  qualifications: ExpertProfile['qualifications'];
  industries: ExpertProfile['industries'];
  years_in_quality_work: number;
  region: string;
  phone: string;
  email: string | null;
  can_lead: boolean;
  former_employers: ExpertProfile['formerEmployers'];
  status: ExpertStatus;
  status_reason: string | null;
  revision: number;
  created_at: Date;
  updated_at: Date;
}

const SELECT_EXPERT = `SELECT e.id::text AS id, e.programme_id, e.code, e.user_id::text AS user_id, u.username, e.name, e.identity_number,
  e.employer, e.employer_credit_code, e.title, e.qualifications, e.industries, e.years_in_quality_work, e.region,
  e.phone, e.email, e.can_lead, e.former_employers, e.status, e.status_reason, e.revision, e.created_at, e.updated_at
  FROM experts e JOIN users u ON u.id = e.user_id`;

const toExpert = (row: ExpertRow): ExpertRecord => ({
  id: row.id,
  programmeId: row.programme_id,
  code: row.code,
  userId: row.user_id,
  username: row.username,
  name: row.name,
  identityNumber: row.identity_number,
  employer: row.employer,
  employerCreditCode: row.employer_credit_code,
  title: row.title,
  qualifications: row.qualifications,
  industries: row.industries,
  yearsInQualityWork: row.years_in_quality_work,
  region: row.region,
  phone: row.phone,
  email: row.email,
  canLead: row.can_lead,
  formerEmployers: row.former_employers,
  status: row.status,
  statusReason: row.status_reason,
  revision: row.revision,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export async function findExpert(db: Queryable, id: string): Promise<ExpertRecord | undefined> {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) return undefined;
  const rows = await db.query<ExpertRow & Record<string, unknown>>(`${SELECT_EXPERT} WHERE e.id = $1`, [id]);
  return rows[0] && toExpert(rows[0]);
}

export async function findExpertByUser(db: Queryable, userId: string): Promise<ExpertRecord | undefined> {
  const rows = await db.query<ExpertRow & Record<string, unknown>>(`${SELECT_EXPERT} WHERE e.user_id = $1`, [
    userId,
  ]);
  return rows[0] && toExpert(rows[0]);
}

export interface ExpertFilter {
  search?: string | undefined;
  industry?: string | undefined;
  status?: ExpertStatus | undefined;
  canLead?: boolean | undefined;
  /** The pools of these programmes (null: every programme's). */
  programmeIds: readonly string[] | null;
}

const EXPERT_FILTER = `
     WHERE ($1::text IS NULL OR e.name ILIKE $1 OR e.employer ILIKE $1 OR e.code ILIKE $1)
       AND ($2::text IS NULL OR $2 = ANY(e.industries))
       AND ($3::text IS NULL OR e.status = $3)
       AND ($4::boolean IS NULL OR e.can_lead = $4)
       AND ($5::text[] IS NULL OR e.programme_id = ANY($5::text[]))`;

const expertFilterParams = (filter: ExpertFilter) => [
  filter.search ? `%${filter.search.replace(/[\\%_]/g, '\\$&')}%` : null,
  filter.industry ?? null,
  filter.status ?? null,
  filter.canLead ?? null,
  filter.programmeIds,
];

/** One page of the pool, filtered and counted in SQL, by expert code. */
export async function listExpertPage(
  db: Queryable,
  filter: ExpertFilter,
  page: PageWindow,
): Promise<{ items: ExpertRecord[]; total: number }> {
  const { rows, total } = await pagedQuery<ExpertRow & Record<string, unknown>>(
    db,
    `${SELECT_EXPERT} ${EXPERT_FILTER}`,
    expertFilterParams(filter),
    'page.code, page.id',
    page,
  );
  return { items: rows.map(toExpert), total };
}

/** The experts of any of some industry sections (a panel's industry group), in one statement. */
export async function listExpertsOfSections(
  db: Queryable,
  sections: readonly string[],
): Promise<ExpertRecord[]> {
  const rows = await db.query<ExpertRow & Record<string, unknown>>(
    `${SELECT_EXPERT} WHERE e.industries && $1::text[] ORDER BY e.code`,
    [[...sections]],
  );
  return rows.map(toExpert);
}

export async function listExperts(
  db: Queryable,
  filter: ExpertFilter,
  limit = 100_000,
): Promise<ExpertRecord[]> {
  const rows = await db.query<ExpertRow & Record<string, unknown>>(
    `${SELECT_EXPERT} ${EXPERT_FILTER} ORDER BY e.code LIMIT $6`,
    [...expertFilterParams(filter), limit],
  );
  return rows.map(toExpert);
}

export async function identityNumberTaken(
  db: Queryable,
  identityNumber: string,
  exceptId?: string,
): Promise<boolean> {
  const rows = await db.query(
    'SELECT 1 FROM experts WHERE identity_number = $1 AND id IS DISTINCT FROM $2::uuid',
    [identityNumber, exceptId ?? null],
  );
  return rows.length > 0;
}

/** Adds the expert to the pool of `programmeId`. */
export async function insertExpert(
  tx: Queryable,
  programmeId: string,
  userId: string,
  profile: ExpertProfile,
): Promise<string> {
  const rows = await tx.query<{ id: string }>(
    `INSERT INTO experts (code, user_id, name, identity_number, employer, employer_credit_code, title, qualifications,
       industries, years_in_quality_work, region, phone, email, can_lead, former_employers, programme_id)
     VALUES ('E' || lpad(nextval('expert_code_seq')::text, 6, '0'), $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12,
       $13, $14, $15)
     RETURNING id::text AS id`,
    [userId, ...profileValues(profile), programmeId],
  );
  return rows[0]!.id;
}

function profileValues(profile: ExpertProfile): unknown[] {
  return [
    profile.name,
    profile.identityNumber,
    profile.employer,
    profile.employerCreditCode,
    profile.title,
    JSON.stringify(profile.qualifications),
    profile.industries,
    profile.yearsInQualityWork,
    profile.region,
    profile.phone,
    profile.email,
    profile.canLead,
    JSON.stringify(profile.formerEmployers),
  ];
}

/**
 * Compare-and-set on the revision the caller read: false when someone else updated the profile
 * since (nothing is written then).
 */
export async function updateExpertProfile(
  tx: Queryable,
  id: string,
  revision: number,
  profile: ExpertProfile,
): Promise<boolean> {
  const rows = await tx.query(
    `UPDATE experts SET name = $3, identity_number = $4, employer = $5, employer_credit_code = $6, title = $7,
       qualifications = $8, industries = $9, years_in_quality_work = $10, region = $11, phone = $12, email = $13,
       can_lead = $14, former_employers = $15, revision = revision + 1, updated_at = now()
     WHERE id = $1 AND revision = $2 RETURNING id`,
    [id, revision, ...profileValues(profile)],
  );
  return rows.length === 1;
}

/** Compare-and-set; a disqualified expert stays disqualified (Art. 26). */
export async function updateExpertStatus(
  tx: Queryable,
  id: string,
  from: ExpertStatus,
  to: ExpertStatus,
  reason: string,
): Promise<boolean> {
  const rows = await tx.query(
    `UPDATE experts SET status = $3, status_reason = $4, updated_at = now()
     WHERE id = $1 AND status = $2 AND status <> 'disqualified' RETURNING id`,
    [id, from, to, reason],
  );
  return rows.length === 1;
}

export async function setAvailability(
  tx: Queryable,
  expertId: string,
  cycleId: string,
  available: boolean,
  note: string,
): Promise<void> {
  await tx.query(
    `INSERT INTO expert_availability (expert_id, cycle_id, available, note) VALUES ($1, $2, $3, $4)
     ON CONFLICT (expert_id, cycle_id) DO UPDATE SET available = EXCLUDED.available, note = EXCLUDED.note`,
    [expertId, cycleId, available, note],
  );
}

export async function availabilityFor(db: Queryable, cycleId: string): Promise<Map<string, boolean>> {
  const rows = await db.query<{ expert_id: string; available: boolean }>(
    'SELECT expert_id::text AS expert_id, available FROM expert_availability WHERE cycle_id = $1',
    [cycleId],
  );
  return new Map(rows.map((r) => [r.expert_id, r.available]));
}

/** The id of the expert with this code (no row when there is none). */
export function findExpertIdRowsByCode(db: Queryable, code: string): Promise<{ id: string }[]> {
  return db.query<{ id: string }>('SELECT id::text AS id FROM experts WHERE code = $1', [code]);
}

/** The experts named by pool code or by id, with what a panel shows of them, in one statement. */
export function findExpertNames(
  db: Queryable,
  codes: readonly string[],
  ids: readonly string[],
): Promise<{ id: string; code: string; name: string; employer: string; can_lead: boolean }[]> {
  return db.query<{ id: string; code: string; name: string; employer: string; can_lead: boolean }>(
    `SELECT id::text AS id, code, name, employer, can_lead FROM experts
     WHERE code = ANY($1::text[]) OR id = ANY($2::uuid[])`,
    [[...codes], [...ids]],
  );
}
