import type { Queryable } from '../platform/db/database.js';
import type { LocalizedText } from '../platform/i18n/localized.js';

/** The administrator-managed lists endorsements are organised by (Art. 14). */
export const REFERENCE_KINDS = ['towns', 'departments'] as const;
export type ReferenceKind = (typeof REFERENCE_KINDS)[number];

export interface ReferenceItem {
  id: number;
  /** Each district keeps its own towns and departments (decision 0008). */
  programmeId: string;
  code: string;
  name: LocalizedText;
  active: boolean;
}

interface ReferenceRow {
  id: number;
  programme_id: string;
  code: string;
  name_zh: string;
  name_en: string;
  active: boolean;
}

// The table name comes from this closed list, never from input.
const TABLE: Record<ReferenceKind, string> = { towns: 'towns', departments: 'departments' };

const COLUMNS = 'id, programme_id, code, name_zh, name_en, active';

const toItem = (row: ReferenceRow): ReferenceItem => ({
  id: row.id,
  programmeId: row.programme_id,
  code: row.code,
  name: { zh: row.name_zh, en: row.name_en },
  active: row.active,
});

/** A programme's towns or departments, by code. */
export async function listReference(
  db: Queryable,
  kind: ReferenceKind,
  programmeId: string,
): Promise<ReferenceItem[]> {
  const rows = await db.query<ReferenceRow & Record<string, unknown>>(
    `SELECT ${COLUMNS} FROM ${TABLE[kind]} WHERE programme_id = $1 ORDER BY code`,
    [programmeId],
  );
  return rows.map(toItem);
}

export async function findReference(
  db: Queryable,
  kind: ReferenceKind,
  id: number,
): Promise<ReferenceItem | undefined> {
  const rows = await db.query<ReferenceRow & Record<string, unknown>>(
    `SELECT ${COLUMNS} FROM ${TABLE[kind]} WHERE id = $1`,
    [id],
  );
  return rows[0] && toItem(rows[0]);
}

export async function codeExists(
  db: Queryable,
  kind: ReferenceKind,
  programmeId: string,
  code: string,
): Promise<boolean> {
  return (
    (
      await db.query(`SELECT 1 FROM ${TABLE[kind]} WHERE programme_id = $1 AND code = $2`, [
        programmeId,
        code,
      ])
    ).length > 0
  );
}

/** The item locked until the transaction ends, for a read-modify-write that another cannot overtake. */
export async function lockReference(
  tx: Queryable,
  kind: ReferenceKind,
  id: number,
): Promise<ReferenceItem | undefined> {
  const rows = await tx.query<ReferenceRow & Record<string, unknown>>(
    `SELECT ${COLUMNS} FROM ${TABLE[kind]} WHERE id = $1 FOR UPDATE`,
    [id],
  );
  return rows[0] && toItem(rows[0]);
}

export async function insertReference(
  tx: Queryable,
  kind: ReferenceKind,
  item: { programmeId: string; code: string; name: LocalizedText },
): Promise<number> {
  const rows = await tx.query<{ id: number }>(
    `INSERT INTO ${TABLE[kind]} (programme_id, code, name_zh, name_en) VALUES ($1, $2, $3, $4) RETURNING id`,
    [item.programmeId, item.code, item.name.zh, item.name.en],
  );
  return rows[0]!.id;
}

export async function updateReference(
  tx: Queryable,
  kind: ReferenceKind,
  item: ReferenceItem,
): Promise<void> {
  await tx.query(`UPDATE ${TABLE[kind]} SET name_zh = $2, name_en = $3, active = $4 WHERE id = $1`, [
    item.id,
    item.name.zh,
    item.name.en,
    item.active,
  ]);
}
