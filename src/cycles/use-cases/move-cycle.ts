import type { Workflow } from '../../audit/transition.js';
import { transition } from '../../audit/transition.js';
import type { RequestContext } from '../../accounts/request-context.js';
import { auditContextOf } from '../../accounts/request-context.js';
import { AppError } from '../../platform/errors/app-error.js';
import { rolesIn } from '../../accounts/core/actor.js';
import { requireInProgramme } from '../../accounts/http/authorize.js';
import type { CycleFacts, CycleStage, WorkflowActor } from '../core/cycle-stages.js';
import { canTransition } from '../core/cycle-stages.js';
import type { CycleRecord } from '../cycles-repository.js';
import { findCycle, writeCycleStage } from '../cycles-repository.js';

export function cycleFacts(cycle: CycleRecord): CycleFacts {
  return {
    stage: cycle.stage as CycleStage,
    rulesVersionId: cycle.rulesVersionId,
    frameworkId: cycle.frameworkId,
    announcementDate: cycle.announcementDate,
    applicationDeadline: cycle.applicationDeadline,
  };
}

/** The cycle's workflow for `transition()`: its transitions table in the core, its stage column. */
export const CYCLE_WORKFLOW: Workflow<CycleStage, CycleFacts, WorkflowActor> = {
  recordType: 'cycle',
  statusField: 'stage',
  refusedCode: 'cycle/transition-refused',
  check: (facts, to, actors, now) => canTransition(facts, to, actors, now),
};

/** Every stage change of a cycle goes through here: guard, compare-and-set, audit. */
export async function moveCycle(context: RequestContext, id: string, to: CycleStage): Promise<CycleRecord> {
  const cycle = await findCycle(context.db, id);
  if (!cycle) throw new AppError('record/not-found');
  requireInProgramme(context.actor, 'cycle.read', cycle.programmeId);
  const now = context.clock();
  const actors = rolesIn(context.actor, cycle.programmeId);
  const from = cycle.stage as CycleStage;
  // The guard in `transition()` refuses anyone without a role of the edge, so an approval always has its approver.
  const actorId = context.actor?.id ?? null;
  const stamp =
    to === 'criteria_approved'
      ? { criteriaApprovedBy: actorId, criteriaApprovedAt: now }
      : to === 'draft'
        ? { criteriaApprovedBy: null, criteriaApprovedAt: null }
        : to === 'published'
          ? { publishedAt: now }
          : {};
  await transition(context.db, auditContextOf(context, cycle.programmeId), CYCLE_WORKFLOW, {
    recordId: id,
    from,
    to,
    facts: cycleFacts(cycle),
    actors,
    now,
    write: (tx) => writeCycleStage(tx, id, cycle.stage, to, stamp),
    detail: stamp,
  });
  return (await findCycle(context.db, id))!;
}
