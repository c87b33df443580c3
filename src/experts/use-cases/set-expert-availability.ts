import type { RequestContext } from '../../accounts/request-context.js';
import { auditContextOf } from '../../accounts/request-context.js';
import { appendAudit } from '../../audit/audit-repository.js';
import { AppError } from '../../platform/errors/app-error.js';
import { findCycle } from '../../cycles/cycles-repository.js';
import { findExpert, setAvailability } from '../experts-repository.js';

/** Records whether an expert is available for a cycle, with a note, and audits it. */
export async function setExpertAvailability(
  context: RequestContext,
  expertId: string,
  cycleId: string,
  availability: { available: boolean; note: string },
): Promise<void> {
  if (!(await findExpert(context.db, expertId))) throw new AppError('record/not-found');
  // An unknown cycle is "not found", not a foreign-key failure (500).
  const cycle = await findCycle(context.db, cycleId);
  if (!cycle) throw new AppError('record/not-found');
  await context.db.transaction(async (tx) => {
    await setAvailability(tx, expertId, cycleId, availability.available, availability.note);
    await appendAudit(tx, auditContextOf(context, cycle.programmeId), {
      action: 'expert.availability-set',
      recordType: 'expert',
      recordId: expertId,
      after: { cycleId, ...availability },
    });
  });
}
