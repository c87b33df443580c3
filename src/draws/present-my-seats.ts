import type { Queryable } from '../platform/db/database.js';
import type { PageWindow } from '../platform/db/paged-query.js';
import { panelState } from './core/panel-seats.js';
import { findCommitments, findPanels, listSeatingCommitmentsPage } from './panels-repository.js';
import { loadDrawFacts } from './present-draw.js';

/**
 * A page of the panels an expert was drawn onto, with the seat's role and status, the cycle's
 * undertaking and, once the seat is confirmed and the undertaking accepted, the applications —
 * nine statements whatever the number of panels.
 */
export async function presentSeatsOf(
  db: Queryable,
  expert: { id: string; code: string },
  page: PageWindow,
  undertakingVersion: string,
  filter: { awaiting?: boolean | undefined } = {},
) {
  const { commitmentIds, total } = await listSeatingCommitmentsPage(db, expert, page, filter);
  const commitments = await findCommitments(db, commitmentIds);
  const panels = await findPanels(
    db,
    commitments.map((c) => c.panelId),
  );
  const { draws } = await loadDrawFacts(db, commitments);
  const cycleIds = [...new Set(panels.map((p) => p.cycleId))];
  const years = await db.query<{ id: string; year: number }>(
    'SELECT id::text AS id, year FROM cycles WHERE id = ANY($1::uuid[])',
    [cycleIds],
  );
  const undertakings = await db.query<{ cycle_id: string; accepted_at: Date }>(
    'SELECT cycle_id::text AS cycle_id, accepted_at FROM undertakings WHERE expert_id = $1 AND cycle_id = ANY($2::uuid[])',
    [expert.id, cycleIds],
  );
  const items = commitmentIds.flatMap((commitmentId) => {
    const draw = draws.find((d) => d.commitment.id === commitmentId);
    const panel = panels.find((p) => p.id === draw?.commitment.panelId);
    if (!draw?.result || !panel) return [];
    const seat = panelState(draw.result.outcome, draw.events).seats.find((s) => s.expert === expert.code);
    if (!seat) return [];
    const acceptedAt = undertakings.find((u) => u.cycle_id === panel.cycleId)?.accepted_at;
    return [
      {
        commitmentId,
        panel: {
          id: panel.id,
          name: panel.name,
          industries: panel.industries,
          size: panel.size,
          cycleId: panel.cycleId,
          cycleYear: years.find((y) => y.id === panel.cycleId)?.year,
        },
        role: seat.role,
        status: seat.status,
        applications: seat.status === 'confirmed' && acceptedAt ? panel.applicationIds : [],
        undertakingAcceptedAt: acceptedAt?.toISOString() ?? null,
        undertakingVersion,
      },
    ];
  });
  return { items, total };
}
