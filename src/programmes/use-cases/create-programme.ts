import type { RequestContext } from '../../accounts/request-context.js';
import { auditContextOf } from '../../accounts/request-context.js';
import { appendAudit } from '../../audit/audit-repository.js';
import { AppError } from '../../platform/errors/app-error.js';
import { jurisdictionProblem } from '../core/jurisdiction.js';
import type { NewProgramme, ProgrammeRecord } from '../programmes-repository.js';
import { findProgramme, insertProgramme } from '../programmes-repository.js';

/**
 * The administrator adds an award to the installation: its name, issuing body, jurisdiction
 * and receipt prefix. Its first Office account is then created like any account (in the new
 * programme, confirmed by an installation auditor), and its Office drafts its rules from an
 * approved version: a new district's award needs no release.
 */
export async function createProgramme(
  context: RequestContext,
  input: NewProgramme,
): Promise<ProgrammeRecord> {
  const problem = jurisdictionProblem(input.jurisdictionCode, input.level);
  if (problem) throw new AppError('programme/invalid', { params: { reason: problem } });
  const created = await context.db.transaction(async (tx) => {
    if (!(await insertProgramme(tx, input, context.actor?.id ?? null))) return false;
    await appendAudit(tx, auditContextOf(context, input.id), {
      action: 'programme.created',
      recordType: 'programme',
      recordId: input.id,
      after: input,
    });
    return true;
  });
  if (!created)
    throw new AppError('programme/exists', { params: { id: input.id, prefix: input.receiptPrefix } });
  return (await findProgramme(context.db, input.id))!;
}
