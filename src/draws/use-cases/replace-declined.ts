import { appendAudit } from '../../audit/audit-repository.js';
import type { RequestContext } from '../../accounts/request-context.js';
import { auditContextOf } from '../../accounts/request-context.js';
import { AppError } from '../../platform/errors/app-error.js';
import { drawInputsOf } from '../core/draw.js';
import { nextReserve, panelState } from '../core/panel-seats.js';
import type { CommitmentRecord } from '../panels-repository.js';
import { insertPanelEvent, lockPanelDrawState } from '../panels-repository.js';
import { supersededDraw } from '../draw-refusals.js';
import { loadSeatState } from '../seat-state.js';
import { programmeOfRecord } from '../../programmes/record-programmes-repository.js';

/**
 * The Office fills a declined seat with the next reserve in drawn order (a leader's seat with the
 * next reserve qualified to lead). Appended, never rewritten.
 */
export async function replaceDeclined(
  context: RequestContext,
  commitment: CommitmentRecord,
  expertCode: string,
): Promise<string> {
  const programmeId = await programmeOfRecord(context.db, 'draw', commitment.id);
  return context.db.transaction(async (tx) => {
    // Compare-and-set on the seat: decided on the seat events read under the panel's lock, for
    // the panel's current draw only: two replacements at once fill one seat.
    const locked = await lockPanelDrawState(tx, commitment.panelId);
    if (locked?.latestCommitmentId !== commitment.id) throw supersededDraw();
    const { outcome, events, codes } = await loadSeatState(tx, commitment);
    const state = panelState(outcome, events);
    const seat = state.seats.find((s) => s.expert === expertCode);
    if (!seat || seat.status !== 'declined') {
      throw new AppError('draw/state', {
        params: { reason: { zh: '只能替换已谢绝的席位', en: 'only a declined seat can be filled' } },
      });
    }
    const { leaders } = drawInputsOf(commitment.poolDocument);
    const reserve = nextReserve(state, seat, (code) => leaders.has(code));
    if (!reserve) {
      throw new AppError('draw/state', {
        params: {
          reason: {
            zh: '备选专家已用完，请说明理由后重新抽取',
            en: 'the reserves are exhausted; redraw with a reason',
          },
        },
      });
    }
    const idOf = new Map([...codes].map(([id, code]) => [code, id]));
    const declineReason = [...events].reverse().find((e) => e.kind === 'declined' && e.expert === expertCode);
    await insertPanelEvent(tx, commitment.id, {
      kind: 'replaced',
      expertId: idOf.get(expertCode)!,
      replacementExpertId: idOf.get(reserve)!,
      reason: declineReason && 'reason' in declineReason ? declineReason.reason : '',
      at: context.clock(),
      actorId: context.actor!.id,
    });
    await appendAudit(tx, auditContextOf(context, programmeId), {
      action: 'panel.seat-replaced',
      recordType: 'panel',
      recordId: commitment.panelId,
      after: { declined: expertCode, replacement: reserve, role: seat.role },
    });
    return reserve;
  });
}
