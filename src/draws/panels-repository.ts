import type { Queryable } from '../platform/db/database.js';
import { pagedQuery, type PageWindow } from '../platform/db/paged-query.js';

export interface PanelRecord {
  id: string;
  cycleId: string;
  name: string;
  industries: string[];
  size: number;
  reserves: number;
  applicationIds: string[];
  createdAt: Date;
}

const SELECT_PANEL = `SELECT p.id::text AS id, p.cycle_id::text AS cycle_id, p.name, p.industries, p.size, p.reserves, p.created_at,
  coalesce((SELECT array_agg(pa.application_id::text ORDER BY pa.application_id) FROM panel_applications pa
    WHERE pa.panel_id = p.id), '{}') AS application_ids
  FROM panels p`;

interface PanelRow {
  id: string;
  cycle_id: string;
  name: string;
  industries: string[];
  size: number;
  reserves: number;
  created_at: Date;
  application_ids: string[];
}

const toPanel = (r: PanelRow): PanelRecord => ({
  id: r.id,
  cycleId: r.cycle_id,
  name: r.name,
  industries: r.industries,
  size: r.size,
  reserves: r.reserves,
  applicationIds: r.application_ids,
  createdAt: r.created_at,
});

export async function findPanel(db: Queryable, id: string): Promise<PanelRecord | undefined> {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) return undefined;
  const rows = await db.query<PanelRow & Record<string, unknown>>(`${SELECT_PANEL} WHERE p.id = $1`, [id]);
  return rows[0] && toPanel(rows[0]);
}

/**
 * One page of a cycle's panels, oldest first, and how many it has; `drawn` keeps those whose
 * latest draw has (true) or has not yet (false) its result — a panel's state, decided in SQL.
 */
export async function listPanelsPage(
  db: Queryable,
  cycleId: string,
  page: PageWindow,
  filter: { drawn?: boolean | undefined } = {},
): Promise<{ panels: PanelRecord[]; total: number }> {
  const { rows, total } = await pagedQuery<PanelRow & Record<string, unknown>>(
    db,
    `${SELECT_PANEL} WHERE p.cycle_id = $1
       AND ($2::boolean IS NULL OR $2 = EXISTS (
         SELECT 1 FROM draw_commitments c JOIN draw_results r ON r.commitment_id = c.id
          WHERE c.panel_id = p.id
            AND c.sequence = (SELECT max(l.sequence) FROM draw_commitments l WHERE l.panel_id = p.id)))`,
    [cycleId, filter.drawn ?? null],
    'created_at, id',
    page,
  );
  return { panels: rows.map(toPanel), total };
}

/** The panels with these ids, in no particular order. */
export async function findPanels(db: Queryable, ids: readonly string[]): Promise<PanelRecord[]> {
  const rows = await db.query<PanelRow & Record<string, unknown>>(
    `${SELECT_PANEL} WHERE p.id = ANY($1::uuid[])`,
    [ids],
  );
  return rows.map(toPanel);
}

export async function insertPanel(
  tx: Queryable,
  panel: Omit<PanelRecord, 'id' | 'createdAt'>,
  createdBy: string,
): Promise<string> {
  const rows = await tx.query<{ id: string }>(
    `INSERT INTO panels (cycle_id, name, industries, size, reserves, created_by) VALUES ($1, $2, $3, $4, $5, $6)
     RETURNING id::text AS id`,
    [panel.cycleId, panel.name, panel.industries, panel.size, panel.reserves, createdBy],
  );
  const id = rows[0]!.id;
  for (const applicationId of panel.applicationIds) {
    await tx.query('INSERT INTO panel_applications (panel_id, application_id) VALUES ($1, $2)', [
      id,
      applicationId,
    ]);
  }
  return id;
}

export interface CommitmentRecord {
  id: string;
  panelId: string;
  sequence: number;
  poolDocument: unknown;
  poolHash: string;
  commitment: string;
  secret: string;
  size: number;
  reserves: number;
  reason: string;
  frozenAt: Date;
}

export interface ResultRecord {
  commitmentId: string;
  publicValue: string;
  supervisorName: string;
  seed: string;
  outcome: { leader: string; members: string[]; reserves: string[] };
  drawnAt: Date;
}

const SELECT_COMMITMENT = `SELECT id::text AS id, panel_id::text AS panel_id, sequence, pool_document, pool_hash,
  commitment, secret, size, reserves, reason, frozen_at FROM draw_commitments`;

interface CommitmentRow {
  id: string;
  panel_id: string;
  sequence: number;
  pool_document: unknown;
  pool_hash: string;
  commitment: string;
  secret: string;
  size: number;
  reserves: number;
  reason: string;
  frozen_at: Date;
}

const toCommitment = (r: CommitmentRow): CommitmentRecord => ({
  id: r.id,
  panelId: r.panel_id,
  sequence: r.sequence,
  poolDocument: r.pool_document,
  poolHash: r.pool_hash,
  commitment: r.commitment,
  secret: r.secret,
  size: r.size,
  reserves: r.reserves,
  reason: r.reason,
  frozenAt: r.frozen_at,
});

export async function listCommitments(db: Queryable, panelId: string): Promise<CommitmentRecord[]> {
  return listCommitmentsOf(db, [panelId]);
}

/** The commitments of these panels, by panel and then in sequence. */
export async function listCommitmentsOf(
  db: Queryable,
  panelIds: readonly string[],
): Promise<CommitmentRecord[]> {
  const rows = await db.query<CommitmentRow & Record<string, unknown>>(
    `${SELECT_COMMITMENT} WHERE panel_id = ANY($1::uuid[]) ORDER BY panel_id, sequence`,
    [panelIds],
  );
  return rows.map(toCommitment);
}

export async function findCommitment(db: Queryable, id: string): Promise<CommitmentRecord | undefined> {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) return undefined;
  const rows = await db.query<CommitmentRow & Record<string, unknown>>(`${SELECT_COMMITMENT} WHERE id = $1`, [
    id,
  ]);
  return rows[0] && toCommitment(rows[0]);
}

/** The commitments with these ids, in no particular order. */
export async function findCommitments(db: Queryable, ids: readonly string[]): Promise<CommitmentRecord[]> {
  const rows = await db.query<CommitmentRow & Record<string, unknown>>(
    `${SELECT_COMMITMENT} WHERE id = ANY($1::uuid[])`,
    [ids],
  );
  return rows.map(toCommitment);
}

/**
 * One page of the latest, drawn commitments that seat this expert (leader, member or replacement,
 * and not replaced since), newest first, and how many there are. `awaiting` keeps the seats that
 * wait on the expert: not yet answered, or confirmed before the cycle's undertaking is accepted.
 */
export async function listSeatingCommitmentsPage(
  db: Queryable,
  expert: { id: string; code: string },
  page: PageWindow,
  filter: { awaiting?: boolean | undefined } = {},
): Promise<{ commitmentIds: string[]; total: number }> {
  const { rows, total } = await pagedQuery<{ id: string }>(
    db,
    `SELECT c.id::text AS id, c.frozen_at FROM draw_commitments c JOIN draw_results r ON r.commitment_id = c.id
     WHERE c.sequence = (SELECT max(l.sequence) FROM draw_commitments l WHERE l.panel_id = c.panel_id)
       AND (r.outcome->>'leader' = $1 OR (r.outcome->'members') ? $1
         OR EXISTS (SELECT 1 FROM panel_events e WHERE e.commitment_id = c.id AND e.replacement_expert_id = $2))
       AND NOT EXISTS (SELECT 1 FROM panel_events e
         WHERE e.commitment_id = c.id AND e.kind = 'replaced' AND e.expert_id = $2)
       AND ($3::boolean IS NULL OR $3 = (
         NOT EXISTS (SELECT 1 FROM panel_events e
           WHERE e.commitment_id = c.id AND e.kind = 'declined' AND e.expert_id = $2)
         AND NOT (
           EXISTS (SELECT 1 FROM panel_events e
             WHERE e.commitment_id = c.id AND e.kind = 'confirmed' AND e.expert_id = $2)
           AND EXISTS (SELECT 1 FROM undertakings u JOIN panels p ON p.cycle_id = u.cycle_id
             WHERE p.id = c.panel_id AND u.expert_id = $2))))`,
    [expert.code, expert.id, filter.awaiting ?? null],
    'frozen_at DESC, id',
    page,
  );
  return { commitmentIds: rows.map((r) => r.id), total };
}

/**
 * Inserts a commitment with the sequence it was frozen for (its pool document names it; the
 * unique (panel, sequence) key refuses a second one). The documents are inserted as the exact
 * JSON text that was hashed.
 */
export async function insertCommitment(
  tx: Queryable,
  commitment: Omit<CommitmentRecord, 'id' | 'poolDocument'> & {
    poolDocumentJson: string;
    /** v2: the exclusions document kept for the Office and the auditor. */
    exclusionsJson: string | null;
    frozenBy: string;
  },
): Promise<string> {
  const rows = await tx.query<{ id: string }>(
    `INSERT INTO draw_commitments (panel_id, sequence, pool_document, pool_hash, commitment, secret, size, reserves, reason,
       frozen_by, frozen_at, exclusions)
     VALUES ($1, $2, $3::jsonb, $4, $5, $6, $7, $8, $9, $10, $11, $12::jsonb)
     RETURNING id::text AS id`,
    [
      commitment.panelId,
      commitment.sequence,
      commitment.poolDocumentJson,
      commitment.poolHash,
      commitment.commitment,
      commitment.secret,
      commitment.size,
      commitment.reserves,
      commitment.reason,
      commitment.frozenBy,
      commitment.frozenAt,
      commitment.exclusionsJson,
    ],
  );
  return rows[0]!.id;
}

/**
 * The exclusions documents of these commitments (v2; v1 commitments have none), by commitment id:
 * for the Office and the auditor only, never for a public route.
 */
export async function findExclusions(db: Queryable, ids: readonly string[]): Promise<Map<string, unknown>> {
  const rows = await db.query<{ id: string; exclusions: unknown }>(
    `SELECT id::text AS id, exclusions FROM draw_commitments WHERE id = ANY($1::uuid[]) AND exclusions IS NOT NULL`,
    [[...ids]],
  );
  return new Map(rows.map((r) => [r.id, r.exclusions]));
}

export async function findResult(db: Queryable, commitmentId: string): Promise<ResultRecord | undefined> {
  return (await listResultsOf(db, [commitmentId]))[0];
}

/** The results of those of these commitments that were drawn. */
export async function listResultsOf(
  db: Queryable,
  commitmentIds: readonly string[],
): Promise<ResultRecord[]> {
  const rows = await db.query<{
    commitment_id: string;
    public_value: string;
    supervisor_name: string;
    seed: string;
    outcome: ResultRecord['outcome'];
    drawn_at: Date;
  }>(
    `SELECT commitment_id::text AS commitment_id, public_value, supervisor_name, seed, outcome, drawn_at
     FROM draw_results WHERE commitment_id = ANY($1::uuid[])`,
    [commitmentIds],
  );
  return rows.map((r) => ({
    commitmentId: r.commitment_id,
    publicValue: r.public_value,
    supervisorName: r.supervisor_name,
    seed: r.seed,
    outcome: r.outcome,
    drawnAt: r.drawn_at,
  }));
}

export async function insertResult(tx: Queryable, result: ResultRecord & { drawnBy: string }): Promise<void> {
  await tx.query(
    `INSERT INTO draw_results (commitment_id, public_value, supervisor_name, seed, outcome, drawn_by, drawn_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [
      result.commitmentId,
      result.publicValue,
      result.supervisorName,
      result.seed,
      JSON.stringify(result.outcome),
      result.drawnBy,
      result.drawnAt,
    ],
  );
}

export interface PanelEvent {
  kind: 'confirmed' | 'declined' | 'replaced';
  expertId: string;
  replacementExpertId: string | null;
  reason: string;
  at: Date;
}

export async function listPanelEvents(db: Queryable, commitmentId: string): Promise<PanelEvent[]> {
  return listPanelEventsOf(db, [commitmentId]);
}

/** The seat events of these commitments, each in the order it happened. */
export async function listPanelEventsOf(
  db: Queryable,
  commitmentIds: readonly string[],
): Promise<(PanelEvent & { commitmentId: string })[]> {
  const rows = await db.query<{
    commitment_id: string;
    kind: PanelEvent['kind'];
    expert_id: string;
    replacement_expert_id: string | null;
    reason: string;
    at: Date;
  }>(
    `SELECT commitment_id::text AS commitment_id, kind, expert_id::text AS expert_id,
       replacement_expert_id::text AS replacement_expert_id, reason, at
     FROM panel_events WHERE commitment_id = ANY($1::uuid[]) ORDER BY id`,
    [commitmentIds],
  );
  return rows.map((r) => ({
    commitmentId: r.commitment_id,
    kind: r.kind,
    expertId: r.expert_id,
    replacementExpertId: r.replacement_expert_id,
    reason: r.reason,
    at: r.at,
  }));
}

export async function insertPanelEvent(
  tx: Queryable,
  commitmentId: string,
  event: PanelEvent & { actorId: string },
): Promise<void> {
  await tx.query(
    `INSERT INTO panel_events (commitment_id, kind, expert_id, replacement_expert_id, reason, actor_id, at)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [
      commitmentId,
      event.kind,
      event.expertId,
      event.replacementExpertId,
      event.reason,
      event.actorId,
      event.at,
    ],
  );
}

/** Locks the panel row until the transaction ends, so its draw steps take turns. False if unknown. */
export async function lockPanel(tx: Queryable, id: string): Promise<boolean> {
  const rows = await tx.query('SELECT id FROM panels WHERE id = $1 FOR UPDATE', [id]);
  return rows.length === 1;
}

export interface LockedDrawState {
  /** The panel's newest commitment, null before the first freeze. */
  latestCommitmentId: string | null;
  /** Its sequence (1, 2, …), 0 before the first freeze. */
  latestSequence: number;
  /** Whether that commitment has its result. */
  drawn: boolean;
}

/** The panel's newest commitment and whether it was drawn, read without a lock (a fast refusal). */
export async function readPanelDrawState(db: Queryable, id: string): Promise<LockedDrawState> {
  const [latest] = await db.query<{ id: string; sequence: number; drawn: boolean }>(
    `SELECT c.id::text AS id, c.sequence, EXISTS (SELECT 1 FROM draw_results r WHERE r.commitment_id = c.id) AS drawn
     FROM draw_commitments c WHERE c.panel_id = $1 ORDER BY c.sequence DESC LIMIT 1`,
    [id],
  );
  return {
    latestCommitmentId: latest?.id ?? null,
    latestSequence: latest?.sequence ?? 0,
    drawn: latest?.drawn ?? false,
  };
}

/**
 * Locks the panel row, then reads its newest commitment and whether it was drawn — in a second
 * statement, so the read sees what the transaction that held the lock committed (a statement that
 * waited on a row lock keeps its older snapshot for the rest of its rows). Undefined if unknown.
 */
export async function lockPanelDrawState(tx: Queryable, id: string): Promise<LockedDrawState | undefined> {
  if (!(await lockPanel(tx, id))) return undefined;
  return readPanelDrawState(tx, id);
}

export interface PublicDrawSummary {
  id: string;
  panelName: string;
  industries: string[];
  cycleYear: number;
  sequence: number;
  frozenAt: string;
  drawnAt: string | null;
}

/** One page of every frozen pool and draw, newest first, and how many there are. */
/** A page of one programme's frozen pools and draws, newest first. */
export async function listPublicDrawsPage(
  db: Queryable,
  programmeId: string,
  page: PageWindow,
): Promise<{ items: PublicDrawSummary[]; total: number }> {
  const { rows, total } = await pagedQuery<{
    id: string;
    name: string;
    industries: string[];
    year: number;
    sequence: number;
    frozen_at: Date;
    drawn_at: Date | null;
  }>(
    db,
    `SELECT c.id::text AS id, p.name, p.industries, cy.year, c.sequence, c.frozen_at, r.drawn_at
     FROM draw_commitments c JOIN panels p ON p.id = c.panel_id JOIN cycles cy ON cy.id = p.cycle_id
     LEFT JOIN draw_results r ON r.commitment_id = c.id
     WHERE cy.programme_id = $1`,
    [programmeId],
    'frozen_at DESC, id',
    page,
  );
  return {
    items: rows.map((r) => ({
      id: r.id,
      panelName: r.name,
      industries: r.industries,
      cycleYear: r.year,
      sequence: r.sequence,
      frozenAt: r.frozen_at.toISOString(),
      drawnAt: r.drawn_at?.toISOString() ?? null,
    })),
    total,
  };
}
