import type { Queryable } from '../platform/db/database.js';
import type { IndustrySection, OrganisationKind } from './core/organisation.js';

export interface OrganisationRecord {
  id: string;
  creditCode: string;
  name: string;
  kind: OrganisationKind;
  address: string;
  townId: number;
  departmentId: number;
  legalRepresentative: string;
  industry: IndustrySection;
  registrationDate: string;
  contactName: string;
  contactPhone: string;
  contactEmail: string | null;
  createdAt: Date;
}

interface OrganisationRow {
  id: string;
  credit_code: string;
  name: string;
  kind: OrganisationKind;
  address: string;
  town_id: number;
  department_id: number;
  legal_representative: string;
  industry: IndustrySection;
  registration_date: string;
  contact_name: string;
  contact_phone: string;
  contact_email: string | null;
  created_at: Date;
}

const SELECT_ORGANISATION = `SELECT id::text AS id, credit_code, name, kind, address, town_id, department_id,
  legal_representative, industry, to_char(registration_date, 'YYYY-MM-DD') AS registration_date, contact_name,
  contact_phone, contact_email, created_at FROM organisations`;

const toOrganisation = (row: OrganisationRow): OrganisationRecord => ({
  id: row.id,
  creditCode: row.credit_code,
  name: row.name,
  kind: row.kind,
  address: row.address,
  townId: row.town_id,
  departmentId: row.department_id,
  legalRepresentative: row.legal_representative,
  industry: row.industry,
  registrationDate: row.registration_date,
  contactName: row.contact_name,
  contactPhone: row.contact_phone,
  contactEmail: row.contact_email,
  createdAt: row.created_at,
});

export async function findOrganisation(db: Queryable, id: string): Promise<OrganisationRecord | undefined> {
  const rows = await db.query<OrganisationRow & Record<string, unknown>>(
    `${SELECT_ORGANISATION} WHERE id = $1`,
    [id],
  );
  return rows[0] && toOrganisation(rows[0]);
}

/** Several organisations in one statement, by id. */
export async function findOrganisations(
  db: Queryable,
  ids: readonly string[],
): Promise<Map<string, OrganisationRecord>> {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return new Map();
  const rows = await db.query<OrganisationRow & Record<string, unknown>>(
    `${SELECT_ORGANISATION} WHERE id = ANY($1::uuid[])`,
    [wanted],
  );
  return new Map(rows.map((row) => [row.id, toOrganisation(row)]));
}

export async function creditCodeTaken(db: Queryable, creditCode: string): Promise<boolean> {
  return (await db.query('SELECT 1 FROM organisations WHERE credit_code = $1', [creditCode])).length > 0;
}

export type NewOrganisation = Omit<OrganisationRecord, 'id' | 'createdAt'>;

export async function insertOrganisation(tx: Queryable, organisation: NewOrganisation): Promise<string> {
  const rows = await tx.query<{ id: string }>(
    `INSERT INTO organisations (credit_code, name, kind, address, town_id, department_id, legal_representative,
       industry, registration_date, contact_name, contact_phone, contact_email)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id::text AS id`,
    [
      organisation.creditCode,
      organisation.name,
      organisation.kind,
      organisation.address,
      organisation.townId,
      organisation.departmentId,
      organisation.legalRepresentative,
      organisation.industry,
      organisation.registrationDate,
      organisation.contactName,
      organisation.contactPhone,
      organisation.contactEmail,
    ],
  );
  return rows[0]!.id;
}

/**
 * The platform's own records the eligibility engine reads (Art. 9(5), Art. 20): those of the
 * programme the organisation applies to — a fraud finding bars it from that award, a title is
 * that award's (decision 0008).
 */
export async function findEligibilityRecords(db: Queryable, organisationId: string, programmeId: string) {
  const records = await findEligibilityRecordsOf(db, [{ organisationId, programmeId }]);
  return records.get(eligibilityKey(programmeId, organisationId))!;
}

export type EligibilityRecords = {
  fraudFindings: { foundOn: string }[];
  titles: { cycleYear: number; validUntil: string; revokedOn: string | null }[];
};

export const eligibilityKey = (programmeId: string, organisationId: string) =>
  `${programmeId} ${organisationId}`;

/** The eligibility records of several organisations, each in its programme, in two statements. */
export async function findEligibilityRecordsOf(
  db: Queryable,
  wanted: readonly { organisationId: string; programmeId: string }[],
): Promise<Map<string, EligibilityRecords>> {
  const byKey = new Map<string, EligibilityRecords>(
    wanted.map((w) => [eligibilityKey(w.programmeId, w.organisationId), { fraudFindings: [], titles: [] }]),
  );
  if (wanted.length === 0) return byKey;
  // Each pair once, so that a join row is one record.
  const pairs = [...byKey.keys()].map((key) => key.split(' ') as [string, string]);
  const programmeIds = pairs.map(([programmeId]) => programmeId);
  const organisationIds = pairs.map(([, organisationId]) => organisationId);
  const fraud = await db.query<{ programme_id: string; organisation_id: string; found_on: string }>(
    `SELECT f.programme_id, f.organisation_id::text AS organisation_id, to_char(f.found_on, 'YYYY-MM-DD') AS found_on
     FROM fraud_findings f JOIN unnest($1::uuid[], $2::text[]) AS w(organisation_id, programme_id)
       ON w.organisation_id = f.organisation_id AND w.programme_id = f.programme_id`,
    [organisationIds, programmeIds],
  );
  const titles = await db.query<{
    programme_id: string;
    organisation_id: string;
    cycle_year: number;
    valid_until: string;
    revoked_on: string | null;
  }>(
    `SELECT t.programme_id, t.organisation_id::text AS organisation_id, t.cycle_year,
       to_char(t.valid_until, 'YYYY-MM-DD') AS valid_until, to_char(t.revoked_on, 'YYYY-MM-DD') AS revoked_on
     FROM award_titles t JOIN unnest($1::uuid[], $2::text[]) AS w(organisation_id, programme_id)
       ON w.organisation_id = t.organisation_id AND w.programme_id = t.programme_id`,
    [organisationIds, programmeIds],
  );
  for (const f of fraud) {
    byKey.get(eligibilityKey(f.programme_id, f.organisation_id))?.fraudFindings.push({ foundOn: f.found_on });
  }
  for (const t of titles) {
    byKey
      .get(eligibilityKey(t.programme_id, t.organisation_id))
      ?.titles.push({ cycleYear: t.cycle_year, validUntil: t.valid_until, revokedOn: t.revoked_on });
  }
  return byKey;
}
