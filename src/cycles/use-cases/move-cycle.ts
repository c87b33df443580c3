import { appendAudit } from '../../audit/audit-repository.js';
import type { RequestContext } from '../../accounts/request-context.js';
import { auditContextOf } from '../../accounts/request-context.js';
import { AppError } from '../../platform/errors/app-error.js';
import { articleLabel } from '../../programmes/catalogue.js';
import type { CycleFacts, CycleStage } from '../core/cycle-stages.js';
import { canTransition } from '../core/cycle-stages.js';
import type { CycleRecord } from '../cycles-repository.js';
import { findCycle, writeCycleStage } from '../cycles-repository.js';

export function cycleFacts(cycle: CycleRecord): CycleFacts {
  return {
    stage: cycle.stage as CycleStage,
    programmeId: cycle.programmeId,
    frameworkId: cycle.frameworkId,
    announcementDate: cycle.announcementDate,
    applicationDeadline: cycle.applicationDeadline,
  };
}

/** Every stage change of a cycle goes through here: guard, compare-and-set, audit. */
export async function moveCycle(context: RequestContext, id: string, to: CycleStage): Promise<CycleRecord> {
  const cycle = await findCycle(context.db, id);
  if (!cycle) throw new AppError('record/not-found');
  const now = context.clock();
  const roles = context.actor?.roles.map((r) => r.role) ?? [];
  const verdict = canTransition(cycleFacts(cycle), to, roles, now);
  if (!verdict.ok) {
    throw new AppError('cycle/transition-refused', {
      params: { reason: verdict.reason },
      ...(verdict.clause ? { clause: articleLabel(verdict.clause) } : {}),
    });
  }
  const actorId = context.actor!.id;
  const stamp =
    to === 'criteria_approved'
      ? { criteriaApprovedBy: actorId, criteriaApprovedAt: now }
      : to === 'draft'
        ? { criteriaApprovedBy: null, criteriaApprovedAt: null }
        : to === 'published'
          ? { publishedAt: now }
          : {};
  await context.db.transaction(async (tx) => {
    if (!(await writeCycleStage(tx, id, cycle.stage, to, stamp))) throw new AppError('record/conflict');
    await appendAudit(tx, auditContextOf(context), {
      action: `cycle.${to}`,
      recordType: 'cycle',
      recordId: id,
      before: { stage: cycle.stage },
      after: { stage: to, ...stamp },
    });
  });
  return (await findCycle(context.db, id))!;
}
