import { appendAudit } from '../../audit/audit-repository.js';
import type { RequestContext } from '../../accounts/request-context.js';
import { auditContextOf } from '../../accounts/request-context.js';
import { AppError } from '../../platform/errors/app-error.js';
import { findExpertByUser } from '../../experts/experts-repository.js';
import { panelState } from '../core/panel-seats.js';
import type { CommitmentRecord } from '../panels-repository.js';
import { insertPanelEvent, lockPanelDrawState } from '../panels-repository.js';
import { supersededDraw } from '../draw-refusals.js';
import { loadSeatState } from '../seat-state.js';
import { programmeOfRecord } from '../../programmes/record-programmes-repository.js';

/** A drawn expert confirms their seat, or declines it with a reason (the Office then calls a reserve). */
export async function respondToSeat(
  context: RequestContext,
  commitment: CommitmentRecord,
  input: { response: 'confirmed' | 'declined'; reason: string },
): Promise<void> {
  const expert = context.actor && (await findExpertByUser(context.db, context.actor.id));
  if (!expert) throw new AppError('record/not-found');
  if (input.response === 'declined' && input.reason.trim().length < 2) {
    throw new AppError('application/reason-required', {
      params: { what: { zh: '谢绝邀请', en: 'Declining' } },
    });
  }
  const programmeId = await programmeOfRecord(context.db, 'draw', commitment.id);
  await context.db.transaction(async (tx) => {
    // Compare-and-set on the seat: decided on the seat events read under the panel's lock, for
    // the panel's current draw only: a double click appends one event.
    const locked = await lockPanelDrawState(tx, commitment.panelId);
    if (locked?.latestCommitmentId !== commitment.id) throw supersededDraw();
    const { outcome, events } = await loadSeatState(tx, commitment);
    const seat = panelState(outcome, events).seats.find((s) => s.expert === expert.code);
    if (!seat) throw new AppError('record/not-found');
    if (seat.status !== 'invited') {
      throw new AppError('draw/state', {
        params: { reason: { zh: '已答复过该邀请', en: 'this invitation has already been answered' } },
      });
    }
    await insertPanelEvent(tx, commitment.id, {
      kind: input.response,
      expertId: expert.id,
      replacementExpertId: null,
      reason: input.reason.trim(),
      at: context.clock(),
      actorId: context.actor!.id,
    });
    await appendAudit(tx, auditContextOf(context, programmeId), {
      action: `panel.seat-${input.response}`,
      recordType: 'panel',
      recordId: commitment.panelId,
      after: { expert: expert.code, reason: input.reason.trim() },
    });
  });
}
