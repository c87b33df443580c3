import { appendAudit } from '../../audit/audit-repository.js';
import type { RequestContext } from '../../accounts/request-context.js';
import { auditContextOf } from '../../accounts/request-context.js';
import { requireInProgramme } from '../../accounts/http/authorize.js';
import { setRulesInForce } from '../programmes-repository.js';
import { AppError } from '../../platform/errors/app-error.js';
import { requireValidRules } from '../rules-document-error.js';
import type { RulesVersionRecord } from '../rules-versions-repository.js';
import { findRulesVersion, writeRulesApproval } from '../rules-versions-repository.js';

/**
 * The committee chair approves a draft at the revision they read; from then on cycles may run on
 * it and it never changes. Whoever drafted it may not approve it.
 */
export async function approveRulesVersion(
  context: RequestContext,
  id: string,
  input: { revision: number },
): Promise<RulesVersionRecord> {
  const current = await findRulesVersion(context.db, id);
  if (current) requireInProgramme(context.actor, 'rules.approve', current.family);
  if (!current) throw new AppError('record/not-found');
  if (current.status !== 'draft') throw new AppError('rules/not-editable');
  const actorId = context.actor!.id;
  if (current.createdBy?.id === actorId) throw new AppError('rules/own-draft');
  requireValidRules(current.document);
  const approved = await context.db.transaction(async (tx) => {
    if (!(await writeRulesApproval(tx, id, input.revision, actorId, context.clock()))) return false;
    // The newest approved version is the one the programme's next cycle starts from.
    await setRulesInForce(tx, current.family, id);
    await appendAudit(tx, auditContextOf(context, current.family), {
      action: 'rules-version.approved',
      recordType: 'rules-version',
      recordId: id,
      before: { status: 'draft', revision: input.revision },
      after: { status: 'approved', sha256: current.sha256 },
    });
    return true;
  });
  if (!approved) {
    const now = await findRulesVersion(context.db, id);
    throw new AppError(now?.status === 'approved' ? 'rules/not-editable' : 'rules/revision-conflict');
  }
  return (await findRulesVersion(context.db, id))!;
}
