import { listApplicantNames } from '../applications/applications-repository.js';
import { findCycleYears } from '../cycles/cycles-repository.js';
import { findExpertNames } from '../experts/experts-repository.js';
import type { Static } from 'typebox';
import type { Queryable } from '../platform/db/database.js';
import type { PublicDrawSchema } from './draw-schemas.js';
import { POOL_FORMAT_V2 } from './core/pool-v2.js';
import type { SeatEvent } from './core/panel-seats.js';
import { panelState } from './core/panel-seats.js';
import type { CommitmentRecord, PanelRecord, ResultRecord } from './panels-repository.js';
import { findExclusions, listCommitmentsOf, listPanelEventsOf, listResultsOf } from './panels-repository.js';
import { eventExpertIds, outcomeCodes, seatEventsOf } from './seat-state.js';

/** Every expert code a pool names: v1's two lists, or v2's eligible list and kept exclusions. */
function poolCodesOf(document: unknown, exclusions: unknown): string[] {
  const d = document as { format?: string; eligible?: unknown[]; excluded?: unknown };
  const entries = (list: unknown): string[] =>
    Array.isArray(list)
      ? list.map((e) => (typeof e === 'string' ? e : (e as { expertId: string }).expertId))
      : [];
  if (d.format === POOL_FORMAT_V2) {
    return [...entries(d.eligible), ...entries((exclusions as { excluded?: unknown } | undefined)?.excluded)];
  }
  return [...entries(d.eligible), ...entries(d.excluded)];
}

/** A commitment with its result, if drawn, and its seat events in expert codes. */
export interface DrawFacts {
  commitment: CommitmentRecord;
  result: ResultRecord | undefined;
  events: SeatEvent[];
}

interface ExpertName {
  name: string;
  employer: string;
  canLead: boolean;
}

/**
 * The results and seat events of these commitments, and the names of the experts they name (and
 * of every expert in the pools of `poolsNamed`, their kept exclusions included), in three
 * statements whatever their number (four with `poolsNamed`).
 */
export async function loadDrawFacts(
  db: Queryable,
  commitments: readonly CommitmentRecord[],
  poolsNamed: readonly CommitmentRecord[] = [],
): Promise<{ draws: DrawFacts[]; experts: Map<string, ExpertName>; kept: Map<string, unknown> }> {
  const ids = commitments.map((c) => c.id);
  const results = await listResultsOf(db, ids);
  const stored = await listPanelEventsOf(db, ids);
  const kept =
    poolsNamed.length > 0
      ? await findExclusions(
          db,
          poolsNamed.map((c) => c.id),
        )
      : new Map();
  const poolCodes = poolsNamed.flatMap((c) => poolCodesOf(c.poolDocument, kept.get(c.id)));
  const rows = await findExpertNames(
    db,
    [...results.flatMap((r) => outcomeCodes(r.outcome)), ...poolCodes],
    eventExpertIds(stored),
  );
  const codes = new Map(rows.map((r) => [r.id, r.code]));
  const resultOf = new Map(results.map((r) => [r.commitmentId, r]));
  return {
    draws: commitments.map((commitment) => ({
      commitment,
      result: resultOf.get(commitment.id),
      events: seatEventsOf(
        stored.filter((e) => e.commitmentId === commitment.id),
        codes,
      ),
    })),
    experts: new Map(rows.map((r) => [r.code, { name: r.name, employer: r.employer, canLead: r.can_lead }])),
    kept,
  };
}

/**
 * What anyone may see of a draw: the published inputs, and once drawn, the revealed secret, the
 * supervisor's value, the seed, the outcome and what happened to the seats since. Experts appear
 * by pool code only.
 */
export function presentPublicDraw(
  panel: PanelRecord,
  facts: DrawFacts,
  cycleYear: number,
  { withReasons = false }: { withReasons?: boolean } = {},
) {
  const { commitment, result } = facts;
  // Why someone declined stays with the Office (issue 9): the public sees that a seat changed.
  const events = withReasons
    ? facts.events
    : facts.events.map((e) =>
        e.kind === 'declined'
          ? { kind: e.kind, expert: e.expert }
          : e.kind === 'replaced'
            ? { kind: e.kind, expert: e.expert, replacement: e.replacement }
            : e,
      );
  return {
    id: commitment.id,
    panel: { id: panel.id, name: panel.name, industries: panel.industries, cycleYear },
    sequence: commitment.sequence,
    reason: commitment.reason,
    frozenAt: commitment.frozenAt.toISOString(),
    // Stored as frozen (v1 or v2) and served through the schema of its format.
    poolDocument: commitment.poolDocument as Static<typeof PublicDrawSchema>['poolDocument'],
    poolHash: commitment.poolHash,
    commitment: commitment.commitment,
    size: commitment.size,
    reserves: commitment.reserves,
    drawn: result
      ? {
          publicValue: result.publicValue,
          supervisorName: result.supervisorName,
          secret: commitment.secret,
          seed: result.seed,
          outcome: result.outcome,
          drawnAt: result.drawnAt.toISOString(),
          events,
          current: panelState(result.outcome, facts.events),
        }
      : null,
  };
}

/**
 * Panels for the Office: the plan with its applicants' names, its draws, and who holds each seat
 * now (with names) — six statements whatever the number of panels, draws and seats. With
 * `namePools`, the names of every expert in the latest pool of each panel too (the panel page).
 */
export async function presentPanels(
  db: Queryable,
  panels: readonly PanelRecord[],
  { namePools = false } = {},
) {
  const commitments = await listCommitmentsOf(
    db,
    panels.map((p) => p.id),
  );
  const latest = panels.flatMap((p) => commitments.filter((c) => c.panelId === p.id).slice(-1));
  const { draws, experts, kept: keptOf } = await loadDrawFacts(db, commitments, namePools ? latest : []);
  const yearOf = await findCycleYears(
    db,
    panels.map((p) => p.cycleId),
  );
  const applicants = await listApplicantNames(
    db,
    panels.flatMap((p) => p.applicationIds),
  );
  const applicantOf = new Map(applicants.map((a) => [a.id, a]));
  return panels.map((panel) => {
    const cycleYear = yearOf.get(panel.cycleId) ?? 0;
    const shownDraws = draws
      .filter((d) => d.commitment.panelId === panel.id)
      .map((d) => presentPublicDraw(panel, d, cycleYear, { withReasons: true }));
    const last = shownDraws.at(-1);
    const shown = last?.drawn
      ? [
          ...new Set([
            ...last.drawn.current.seats.flatMap((s) => [s.expert, ...s.previous]),
            ...last.drawn.outcome.reserves,
          ]),
        ]
      : [];
    const latestCommitment = latest.find((c) => c.panelId === panel.id);
    const pool =
      namePools && latestCommitment
        ? poolCodesOf(latestCommitment.poolDocument, keptOf.get(latestCommitment.id))
        : [];
    const named = [...new Set([...shown, ...pool])];
    const applications = panel.applicationIds.map((id) => ({
      id,
      organisationId: applicantOf.get(id)?.organisation_id ?? null,
      organisationName: applicantOf.get(id)?.name ?? null,
    }));
    return {
      ...panel,
      createdAt: panel.createdAt.toISOString(),
      applications,
      organisations: Object.fromEntries(
        applications.flatMap((a) => (a.organisationId ? [[a.organisationId, a.organisationName]] : [])),
      ) as Record<string, string>,
      draws: shownDraws,
      experts: Object.fromEntries(named.map((code) => [code, experts.get(code) ?? null])),
      state: (!last ? 'planned' : last.drawn ? 'drawn' : 'frozen') as 'planned' | 'frozen' | 'drawn',
    };
  });
}

/** One panel for the Office, its pool named (the panel page). */
export async function presentPanel(db: Queryable, panel: PanelRecord) {
  return (await presentPanels(db, [panel], { namePools: true }))[0]!;
}
