import type { Actor } from '../accounts/core/actor.js';
import { hasRole } from '../accounts/core/actor.js';
import type { Queryable } from '../platform/db/database.js';
import { findExpertByUser } from '../experts/experts-repository.js';
import { panelState } from './core/panel-seats.js';
import { findResult, listCommitments } from './panels-repository.js';
import { loadSeatState } from './seat-state.js';

/**
 * Need-to-know for experts (Art. 25): an expert may open an application's material only while
 * holding a confirmed seat on the panel that reviews it, and only after accepting the cycle's
 * undertaking. Anyone else is told it does not exist.
 */
export async function expertAccessTo(
  db: Queryable,
  actor: Actor | null,
  applicationId: string,
): Promise<'granted' | 'undertaking-required' | 'none'> {
  if (!actor || !hasRole(actor, 'expert')) return 'none';
  const expert = await findExpertByUser(db, actor.id);
  if (!expert || expert.status !== 'active') return 'none';
  const panels = await db.query<{ panel_id: string; cycle_id: string }>(
    `SELECT p.id::text AS panel_id, p.cycle_id::text AS cycle_id FROM panel_applications pa JOIN panels p ON p.id = pa.panel_id
     WHERE pa.application_id = $1`,
    [applicationId],
  );
  const panel = panels[0];
  if (!panel) return 'none';
  const commitment = (await listCommitments(db, panel.panel_id)).at(-1);
  if (!commitment || !(await findResult(db, commitment.id))) return 'none';
  const { outcome, events } = await loadSeatState(db, commitment);
  const seat = panelState(outcome, events).seats.find((s) => s.expert === expert.code);
  if (seat?.status !== 'confirmed') return 'none';
  const undertaking = await db.query('SELECT 1 FROM undertakings WHERE expert_id = $1 AND cycle_id = $2', [
    expert.id,
    panel.cycle_id,
  ]);
  return undertaking.length > 0 ? 'granted' : 'undertaking-required';
}
