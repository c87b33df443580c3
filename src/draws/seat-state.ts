import type { Queryable } from '../platform/db/database.js';
import type { DrawOutcome, SeatEvent } from './core/panel-seats.js';
import type { CommitmentRecord, PanelEvent } from './panels-repository.js';
import { findResult, listPanelEvents } from './panels-repository.js';
import { AppError } from '../platform/errors/app-error.js';

/** The drawn outcome and the seat events of a commitment, in expert codes. */
export async function loadSeatState(
  db: Queryable,
  commitment: CommitmentRecord,
): Promise<{ outcome: DrawOutcome; events: SeatEvent[]; codes: Map<string, string> }> {
  const result = await findResult(db, commitment.id);
  if (!result)
    throw new AppError('draw/state', { params: { reason: { zh: '尚未抽取', en: 'not drawn yet' } } });
  const stored = await listPanelEvents(db, commitment.id);
  // Only the experts of this draw: the outcome's codes and those named in its events, not the pool.
  const rows = await db.query<{ id: string; code: string }>(
    'SELECT id::text AS id, code FROM experts WHERE code = ANY($1::text[]) OR id = ANY($2::uuid[])',
    [outcomeCodes(result.outcome), eventExpertIds(stored)],
  );
  const codes = new Map(rows.map((r) => [r.id, r.code]));
  return { outcome: result.outcome, events: seatEventsOf(stored, codes), codes };
}

/** The codes a drawn outcome names: leader, members and reserves. */
export const outcomeCodes = ({ leader, members, reserves }: DrawOutcome): string[] => [
  leader,
  ...members,
  ...reserves,
];

/** The expert ids stored events name (the expert, and the replacement). */
export const eventExpertIds = (stored: readonly PanelEvent[]): string[] =>
  stored.flatMap((e) => [e.expertId, e.replacementExpertId]).filter((id): id is string => id !== null);

/** Stored seat events in expert codes, given the codes of the ids they name. */
export function seatEventsOf(stored: readonly PanelEvent[], codes: ReadonlyMap<string, string>): SeatEvent[] {
  const code = (id: string | null) => (id ? (codes.get(id) ?? id) : '');
  return stored.map((e) =>
    e.kind === 'replaced'
      ? {
          kind: 'replaced',
          expert: code(e.expertId),
          replacement: code(e.replacementExpertId),
          reason: e.reason,
        }
      : e.kind === 'declined'
        ? { kind: 'declined', expert: code(e.expertId), reason: e.reason }
        : { kind: 'confirmed', expert: code(e.expertId) },
  );
}
