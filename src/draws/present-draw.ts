import type { Queryable } from '../platform/db/database.js';
import type { CommitmentRecord, PanelRecord } from './panels-repository.js';
import { findResult, listCommitments } from './panels-repository.js';
import { panelState } from './core/panel-seats.js';
import { loadSeatState } from './seat-state.js';

/**
 * What anyone may see of a draw: the published inputs, and once drawn, the revealed secret, the
 * supervisor's value, the seed, the outcome and what happened to the seats since. Experts appear
 * by pool code only.
 */
export async function presentPublicDraw(
  db: Queryable,
  panel: PanelRecord,
  commitment: CommitmentRecord,
  cycleYear: number,
) {
  const result = await findResult(db, commitment.id);
  const seats = result ? await loadSeatState(db, commitment) : null;
  return {
    id: commitment.id,
    panel: { id: panel.id, name: panel.name, industries: panel.industries, cycleYear },
    sequence: commitment.sequence,
    reason: commitment.reason,
    frozenAt: commitment.frozenAt.toISOString(),
    poolDocument: commitment.poolDocument,
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
          events: seats!.events,
          current: panelState(seats!.outcome, seats!.events),
        }
      : null,
  };
}

/** The panel for the Office: the plan, its draws, and who holds each seat now (with names). */
export async function presentPanel(db: Queryable, panel: PanelRecord, cycleYear: number) {
  const commitments = await listCommitments(db, panel.id);
  const draws = await Promise.all(commitments.map((c) => presentPublicDraw(db, panel, c, cycleYear)));
  const latest = draws.at(-1);
  const shown = latest?.drawn
    ? [
        ...new Set([
          ...latest.drawn.current.seats.flatMap((s) => [s.expert, ...s.previous]),
          ...latest.drawn.outcome.reserves,
        ]),
      ]
    : [];
  // Names only for the experts this panel shows, not the whole pool.
  const experts = await db.query<{ code: string; name: string; employer: string; can_lead: boolean }>(
    'SELECT code, name, employer, can_lead FROM experts WHERE code = ANY($1::text[])',
    [shown],
  );
  const byCode = Object.fromEntries(
    experts.map((e) => [e.code, { name: e.name, employer: e.employer, canLead: e.can_lead }]),
  );
  const state: 'planned' | 'frozen' | 'drawn' = !latest ? 'planned' : latest.drawn ? 'drawn' : 'frozen';
  return {
    ...panel,
    createdAt: panel.createdAt.toISOString(),
    draws,
    experts: Object.fromEntries(shown.map((code) => [code, byCode[code] ?? null])),
    state,
  };
}
