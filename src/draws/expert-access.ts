import type { Actor } from '../accounts/core/actor.js';
import { hasRole } from '../accounts/core/actor.js';
import type { ApplicationScope } from '../applications/core/application-access.js';
import { canViewApplication } from '../applications/core/application-access.js';
import { logAccess } from '../audit/access-log-repository.js';
import type { RequestContext } from '../accounts/request-context.js';
import type { Queryable } from '../platform/db/database.js';
import { AppError } from '../platform/errors/app-error.js';
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

/**
 * The one gate for reading an application's material — the application itself and each of its
 * files: the people `canViewApplication` names, or an expert granted by `expertAccessTo`. An
 * expert's every read is written to the access log (Art. 25), naming what was read. Answers
 * which of the two the caller is.
 */
export async function requireApplicationReader(
  context: RequestContext & { actor: Actor },
  application: ApplicationScope & { id: string },
  record: { type: 'application' | 'file'; id: string },
): Promise<'party' | 'expert'> {
  if (canViewApplication(context.actor, application)) return 'party';
  const access = await expertAccessTo(context.db, context.actor, application.id);
  if (access === 'undertaking-required') {
    throw new AppError('expert/undertaking-required', { clause: { zh: '第二十五条', en: 'Art. 25' } });
  }
  if (access !== 'granted') throw new AppError('record/not-found');
  await logAccess(context.db, {
    userId: context.actor.id,
    username: context.actor.username,
    event: 'read',
    recordType: record.type,
    recordId: record.id,
    clientIp: context.clientIp,
    userAgent: context.userAgent,
  });
  return 'expert';
}
