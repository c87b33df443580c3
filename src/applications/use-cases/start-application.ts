import { appendAudit } from '../../audit/audit-repository.js';
import { applicationWindow } from '../../cycles/core/cycle-stages.js';
import { findCycle } from '../../cycles/cycles-repository.js';
import { cycleFacts } from '../../cycles/use-cases/move-cycle.js';
import type { RequestContext } from '../../accounts/request-context.js';
import { auditContextOf } from '../../accounts/request-context.js';
import { isUniqueViolation } from '../../platform/db/database.js';
import { AppError } from '../../platform/errors/app-error.js';
import type { ApplicationRecord } from '../applications-repository.js';
import { findApplication, findApplicationOf, insertApplication } from '../applications-repository.js';
import { emptyApplicationForm } from '../core/application-form.js';

/** An organisation opens its application in a cycle that accepts applications (Art. 13, 14). */
export async function startApplication(context: RequestContext, cycleId: string): Promise<ApplicationRecord> {
  const organisationId = context.actor?.organisationId;
  if (!organisationId) throw new AppError('record/not-found');
  const cycle = await findCycle(context.db, cycleId);
  if (!cycle || applicationWindow(cycleFacts(cycle), context.clock()) !== 'open')
    throw new AppError('cycle/not-open');
  if (await findApplicationOf(context.db, cycleId, organisationId)) throw new AppError('application/exists');
  const id = await context.db
    .transaction(async (tx) => {
      const newId = await insertApplication(tx, cycleId, organisationId, emptyApplicationForm());
      await appendAudit(tx, auditContextOf(context, cycle.programmeId), {
        action: 'application.started',
        recordType: 'application',
        recordId: newId,
        after: { cycleId, organisationId, status: 'draft' },
      });
      return newId;
    })
    .catch((error: unknown) => {
      if (isUniqueViolation(error)) throw new AppError('application/exists');
      throw error;
    });
  return (await findApplication(context.db, id))!;
}
