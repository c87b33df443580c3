/**
 * A panel's seats as they stand: the drawn outcome, then the appended events in order — an
 * expert confirms or declines, and a declined seat is filled from the reserves in their drawn
 * order. Records are never changed; the current panel is derived (store facts, derive states).
 */
export interface DrawOutcome {
  leader: string;
  members: string[];
  reserves: string[];
}

export type SeatEvent =
  | { kind: 'confirmed'; expert: string }
  | { kind: 'declined'; expert: string; reason: string }
  | { kind: 'replaced'; expert: string; replacement: string; reason: string };

export type SeatStatus = 'invited' | 'confirmed' | 'declined';

export interface Seat {
  role: 'leader' | 'member';
  expert: string;
  status: SeatStatus;
  /** Who held the seat before, for the record. */
  previous: string[];
}

export interface PanelState {
  seats: Seat[];
  /** Reserves not yet called, in drawn order. */
  remainingReserves: string[];
}

export function panelState(outcome: DrawOutcome, events: readonly SeatEvent[]): PanelState {
  const seats: Seat[] = [
    { role: 'leader', expert: outcome.leader, status: 'invited', previous: [] },
    ...outcome.members.map((expert): Seat => ({ role: 'member', expert, status: 'invited', previous: [] })),
  ];
  const called = new Set<string>();
  for (const event of events) {
    const seat = seats.find((s) => s.expert === event.expert);
    if (!seat) continue;
    if (event.kind === 'confirmed') seat.status = 'confirmed';
    if (event.kind === 'declined') seat.status = 'declined';
    if (event.kind === 'replaced') {
      seat.previous.push(seat.expert);
      seat.expert = event.replacement;
      seat.status = 'invited';
      called.add(event.replacement);
    }
  }
  return { seats, remainingReserves: outcome.reserves.filter((r) => !called.has(r)) };
}

/**
 * The reserve who fills a declined seat: the first remaining reserve in drawn order. A declined
 * leader's seat needs a reserve qualified to lead; `canLead` says who is.
 */
export function nextReserve(
  state: PanelState,
  seat: Pick<Seat, 'role'>,
  canLead: (expert: string) => boolean,
): string | undefined {
  return state.remainingReserves.find((r) => seat.role === 'member' || canLead(r));
}
