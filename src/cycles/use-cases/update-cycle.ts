import { appendAudit } from '../../audit/audit-repository.js';
import type { RequestContext } from '../../accounts/request-context.js';
import { auditContextOf } from '../../accounts/request-context.js';
import { requireInProgramme } from '../../accounts/http/authorize.js';
import { AppError } from '../../platform/errors/app-error.js';
import { findFramework } from '../../programmes/catalogue.js';
import type { CycleStage } from '../core/cycle-stages.js';
import { CYCLE_STAGE_NAMES } from '../core/cycle-stages.js';
import type { CycleDraft, CycleRecord } from '../cycles-repository.js';
import { findCycle, updateCycleDetails } from '../cycles-repository.js';
import { checkCycleDates } from '../check-cycle-dates.js';

export type CycleChanges = Omit<CycleDraft, 'rulesVersionId' | 'year'>;

/**
 * The Office edits a cycle before it is published. Editing approved criteria sends the cycle back
 * to draft: the chair approves again what will be published (Art. 5).
 */
export async function updateCycle(
  context: RequestContext,
  id: string,
  changes: CycleChanges,
): Promise<CycleRecord> {
  const cycle = await findCycle(context.db, id);
  if (!cycle) throw new AppError('record/not-found');
  requireInProgramme(context.actor, 'cycle.manage', cycle.programmeId);
  const stage = cycle.stage as CycleStage;
  if (stage !== 'draft' && stage !== 'criteria_approved') {
    throw new AppError('cycle/transition-refused', {
      params: {
        reason: {
          zh: `周期已“${CYCLE_STAGE_NAMES[stage].zh}”，不能再修改。`,
          en: `The cycle is "${CYCLE_STAGE_NAMES[stage].en}" and can no longer be changed.`,
        },
      },
      clause: { zh: '第十三条', en: 'Art. 13' },
    });
  }
  if (!findFramework(changes.frameworkId)) {
    throw new AppError('cycle/invalid', {
      params: { reason: { zh: '未知的评分框架版本', en: 'unknown framework version' } },
    });
  }
  checkCycleDates({ ...changes, year: cycle.year });
  await context.db.transaction(async (tx) => {
    if (!(await updateCycleDetails(tx, id, stage, changes, 'draft'))) throw new AppError('record/conflict');
    await appendAudit(tx, auditContextOf(context, cycle.programmeId), {
      action: 'cycle.updated',
      recordType: 'cycle',
      recordId: id,
      before: {
        stage,
        frameworkId: cycle.frameworkId,
        announcementDate: cycle.announcementDate,
        applicationDeadline: cycle.applicationDeadline,
        plan: cycle.plan,
        announcement: cycle.announcement,
      },
      after: { stage: 'draft', ...changes },
    });
  });
  return (await findCycle(context.db, id))!;
}
