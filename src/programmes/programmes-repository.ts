import type { Queryable } from '../platform/db/database.js';
import type { LocalizedText } from '../platform/i18n/localized.js';
import type { JurisdictionLevel as ProgrammeLevel } from './core/jurisdiction.js';

/** An award run on the installation: the tenant of decision 0008, distinct from its rules versions. */
export interface ProgrammeRecord {
  id: string;
  name: LocalizedText;
  issuer: LocalizedText;
  /** GB/T 2260 code of the jurisdiction that runs the award. */
  jurisdictionCode: string;
  level: ProgrammeLevel;
  /** The approved rules version a new cycle starts from (null until one is approved). */
  rulesVersionId: string | null;
  receiptPrefix: string;
  createdAt: Date;
}

interface Row extends Record<string, unknown> {
  id: string;
  name_zh: string;
  name_en: string;
  issuer_zh: string;
  issuer_en: string;
  jurisdiction_code: string;
  level: ProgrammeLevel;
  rules_version_id: string | null;
  receipt_prefix: string;
  created_at: Date;
}

const SELECT = `SELECT id, name_zh, name_en, issuer_zh, issuer_en, jurisdiction_code, level, rules_version_id,
  receipt_prefix, created_at FROM programmes`;

const toRecord = (row: Row): ProgrammeRecord => ({
  id: row.id,
  name: { zh: row.name_zh, en: row.name_en },
  issuer: { zh: row.issuer_zh, en: row.issuer_en },
  jurisdictionCode: row.jurisdiction_code,
  level: row.level,
  rulesVersionId: row.rules_version_id,
  receiptPrefix: row.receipt_prefix,
  createdAt: row.created_at,
});

/** Every programme, the installation's first (its default) first: the installation home lists them. */
export async function listProgrammes(db: Queryable): Promise<ProgrammeRecord[]> {
  return (await db.query<Row>(`${SELECT} ORDER BY created_at, id`)).map(toRecord);
}

export async function findProgramme(db: Queryable, id: string): Promise<ProgrammeRecord | undefined> {
  const [row] = await db.query<Row>(`${SELECT} WHERE id = $1`, [id]);
  return row && toRecord(row);
}

/**
 * The programme a public address names by slug, or without one the installation's first (its
 * default), so links printed before programmes existed keep their meaning; undefined if unknown.
 */
export async function resolveProgrammeId(
  db: Queryable,
  slug: string | undefined,
): Promise<string | undefined> {
  const [row] = await db.query<{ id: string }>(
    `SELECT id FROM programmes WHERE ($1::text IS NULL OR id = $1) ORDER BY created_at, id LIMIT 1`,
    [slug ?? null],
  );
  return row?.id;
}

export interface NewProgramme {
  id: string;
  name: LocalizedText;
  issuer: LocalizedText;
  jurisdictionCode: string;
  level: ProgrammeLevel;
  receiptPrefix: string;
}

/** Inserts the programme; false when its id or receipt prefix is taken (one statement, no race). */
export async function insertProgramme(
  tx: Queryable,
  programme: NewProgramme,
  createdBy: string | null,
): Promise<boolean> {
  const rows = await tx.query(
    `INSERT INTO programmes (id, name_zh, name_en, issuer_zh, issuer_en, jurisdiction_code, level, receipt_prefix,
       created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT DO NOTHING RETURNING id`,
    [
      programme.id,
      programme.name.zh,
      programme.name.en,
      programme.issuer.zh,
      programme.issuer.en,
      programme.jurisdictionCode,
      programme.level,
      programme.receiptPrefix,
      createdBy,
    ],
  );
  return rows.length === 1;
}

/** Points the programme at a newly approved rules version of its own (the one new cycles start from). */
export async function setRulesInForce(
  tx: Queryable,
  programmeId: string,
  rulesVersionId: string,
): Promise<void> {
  await tx.query(
    `UPDATE programmes SET rules_version_id = $2
     WHERE id = $1 AND EXISTS (SELECT 1 FROM rules_versions r WHERE r.id = $2 AND r.family = $1 AND r.status = 'approved')`,
    [programmeId, rulesVersionId],
  );
}
