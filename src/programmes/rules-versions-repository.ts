import type { Queryable } from '../platform/db/database.js';
import { pagedQuery, type PageWindow } from '../platform/db/paged-query.js';
import type { ProgrammeVersion } from './programme.types.js';

export type RulesStatus = 'draft' | 'approved';

export interface RulesVersionSummary {
  id: string;
  family: string;
  status: RulesStatus;
  title: ProgrammeVersion['title'];
  documentNumber: string;
  sha256: string;
  revision: number;
  basedOn: string | null;
  createdBy: { id: string; name: string } | null;
  createdAt: Date;
  approvedBy: { id: string; name: string } | null;
  approvedAt: Date | null;
}

export interface RulesVersionRecord extends RulesVersionSummary {
  document: ProgrammeVersion;
}

interface Row extends Record<string, unknown> {
  id: string;
  family: string;
  status: RulesStatus;
  document: ProgrammeVersion;
  sha256: string;
  revision: number;
  based_on: string | null;
  created_by: string | null;
  created_by_name: string | null;
  created_at: Date;
  approved_by: string | null;
  approved_by_name: string | null;
  approved_at: Date | null;
}

const SELECT = `SELECT r.id, r.family, r.status, r.document, r.sha256, r.revision, r.based_on,
  r.created_by::text AS created_by, c.display_name AS created_by_name, r.created_at,
  r.approved_by::text AS approved_by, a.display_name AS approved_by_name, r.approved_at
  FROM rules_versions r
  LEFT JOIN users c ON c.id = r.created_by
  LEFT JOIN users a ON a.id = r.approved_by`;

const person = (id: string | null, name: string | null) => (id ? { id, name: name ?? '' } : null);

function toRecord(row: Row): RulesVersionRecord {
  return {
    id: row.id,
    family: row.family,
    status: row.status,
    document: row.document,
    title: row.document.title,
    documentNumber: row.document.documentNumber,
    sha256: row.sha256,
    revision: row.revision,
    basedOn: row.based_on,
    createdBy: person(row.created_by, row.created_by_name),
    createdAt: new Date(row.created_at),
    approvedBy: person(row.approved_by, row.approved_by_name),
    approvedAt: row.approved_at ? new Date(row.approved_at) : null,
  };
}

export async function findRulesVersion(db: Queryable, id: string): Promise<RulesVersionRecord | undefined> {
  const [row] = await db.query<Row>(`${SELECT} WHERE r.id = $1`, [id]);
  return row && toRecord(row);
}

/**
 * The rules a cycle runs under: the approved version's document, in one statement. A draft
 * never governs anything, so it reads as absent.
 */
export async function findApprovedRules(db: Queryable, id: string): Promise<ProgrammeVersion | undefined> {
  const [row] = await db.query<{ document: ProgrammeVersion }>(
    `SELECT document FROM rules_versions WHERE id = $1 AND status = 'approved'`,
    [id],
  );
  return row?.document;
}

/**
 * The rules each of the cycles runs under (the approved document its rules_version_id names), in one
 * statement keyed by cycle, so it can be read beside the cycles themselves.
 */
export async function findRulesOfCycles(
  db: Queryable,
  cycleIds: readonly string[],
): Promise<Map<string, ProgrammeVersion>> {
  if (cycleIds.length === 0) return new Map();
  const rows = await db.query<{ cycle_id: string; document: ProgrammeVersion }>(
    `SELECT c.id::text AS cycle_id, r.document FROM cycles c
     JOIN rules_versions r ON r.id = c.rules_version_id AND r.status = 'approved'
     WHERE c.id = ANY($1::uuid[])`,
    [[...new Set(cycleIds)]],
  );
  return new Map(rows.map((row) => [row.cycle_id, row.document]));
}

/** A page of versions, newest first, with the total (one statement); `status` filters. */
export async function listRulesVersionPage(
  db: Queryable,
  filter: { status?: RulesStatus | undefined; programmeIds: readonly string[] | null },
  page: PageWindow,
): Promise<{ items: RulesVersionSummary[]; total: number }> {
  const { rows, total } = await pagedQuery<Row>(
    db,
    `${SELECT} WHERE ($1::text IS NULL OR r.status = $1) AND ($2::text[] IS NULL OR r.family = ANY($2::text[]))`,
    [filter.status ?? null, filter.programmeIds],
    'created_at DESC, id',
    page,
  );
  return {
    items: rows.map((row) => {
      const { document: _document, ...summary } = toRecord(row);
      return summary;
    }),
    total,
  };
}

/** Every approved version's id and title, for choosing a cycle's rules (few rows: one per version). */
export async function listApprovedRules(
  db: Queryable,
): Promise<{ id: string; family: string; document: ProgrammeVersion; sha256: string }[]> {
  return db.query(
    `SELECT id, family, document, sha256 FROM rules_versions WHERE status = 'approved'
     ORDER BY family, approved_at, id`,
  );
}

export async function insertRulesVersion(
  tx: Queryable,
  row: {
    id: string;
    family: string;
    status: RulesStatus;
    document: ProgrammeVersion;
    sha256: string;
    basedOn: string | null;
    createdBy: string | null;
    approvedAt?: Date;
  },
): Promise<boolean> {
  const inserted = await tx.query(
    `INSERT INTO rules_versions (id, family, status, document, sha256, based_on, created_by, approved_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (id) DO NOTHING RETURNING id`,
    [
      row.id,
      row.family,
      row.status,
      JSON.stringify(row.document),
      row.sha256,
      row.basedOn,
      row.createdBy,
      row.approvedAt ?? null,
    ],
  );
  return inserted.length === 1;
}

/** Compare-and-set on the draft's revision: false when it is no draft or another save came first. */
export async function writeRulesDraft(
  tx: Queryable,
  id: string,
  revision: number,
  document: ProgrammeVersion,
  sha256: string,
): Promise<boolean> {
  const updated = await tx.query(
    `UPDATE rules_versions SET document = $3, sha256 = $4, revision = revision + 1
     WHERE id = $1 AND status = 'draft' AND revision = $2 RETURNING id`,
    [id, revision, JSON.stringify(document), sha256],
  );
  return updated.length === 1;
}

/**
 * Compare-and-set draft → approved at the revision the chair read, never by its drafter (the
 * table's CHECK says the same).
 */
export async function writeRulesApproval(
  tx: Queryable,
  id: string,
  revision: number,
  approvedBy: string,
  at: Date,
): Promise<boolean> {
  const updated = await tx.query(
    `UPDATE rules_versions SET status = 'approved', approved_by = $3, approved_at = $4
     WHERE id = $1 AND status = 'draft' AND revision = $2
       AND (created_by IS NULL OR created_by <> $3) RETURNING id`,
    [id, revision, approvedBy, at],
  );
  return updated.length === 1;
}
