import { appendAudit } from '../../audit/audit-repository.js';
import { formatShanghaiDateTime } from '../../platform/kernel/time.js';
import type { RequestContext } from '../../accounts/request-context.js';
import { auditContextOf } from '../../accounts/request-context.js';
import { AppError } from '../../platform/errors/app-error.js';
import { writeExtension } from '../applications-repository.js';
import { APPLICATION_STATUS_NAMES } from '../core/application-status.js';
import type { LoadedApplication } from '../application-facts.js';

/** The Office extends the deadline for one applicant, with a written reason (Art. 14). */
export async function extendDeadline(
  context: RequestContext,
  loaded: LoadedApplication,
  input: { deadline: Date; reason: string },
): Promise<void> {
  const { application, cycle } = loaded;
  if (!['draft', 'awaiting_endorsement', 'endorsed'].includes(application.status)) {
    throw new AppError('application/not-editable', {
      params: { status: APPLICATION_STATUS_NAMES[application.status] },
    });
  }
  if (!input.reason.trim()) {
    throw new AppError('application/reason-required', {
      params: { what: { zh: '延期', en: 'An extension' } },
    });
  }
  if (input.deadline <= cycle.applicationDeadline || input.deadline <= context.clock()) {
    throw new AppError('cycle/invalid', {
      params: {
        reason: {
          zh: `延长后的期限须晚于原截止时间（${formatShanghaiDateTime(cycle.applicationDeadline)}）和现在`,
          en: `the extended deadline must fall after the cycle's (${formatShanghaiDateTime(cycle.applicationDeadline)}) and after now`,
        },
      },
    });
  }
  await context.db.transaction(async (tx) => {
    await writeExtension(tx, application.id, input.deadline, input.reason);
    await appendAudit(tx, auditContextOf(context, loaded.application.programmeId), {
      action: 'application.deadline-extended',
      recordType: 'application',
      recordId: application.id,
      before: { extendedDeadline: application.extendedDeadline, reason: application.extensionReason },
      after: { extendedDeadline: input.deadline, reason: input.reason },
    });
  });
}
