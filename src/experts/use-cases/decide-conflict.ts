import { appendAudit } from '../../audit/audit-repository.js';
import type { RequestContext } from '../../accounts/request-context.js';
import { auditContextOf } from '../../accounts/request-context.js';
import { AppError } from '../../platform/errors/app-error.js';
import { decideConflict as writeDecision, findConflict } from '../conflicts-repository.js';

/** The Office confirms or dismisses a suggested conflict, always with a reason. */
export async function decideConflict(
  context: RequestContext,
  id: string,
  input: { status: 'confirmed' | 'dismissed'; reason: string },
): Promise<void> {
  const conflict = await findConflict(context.db, id);
  if (!conflict) throw new AppError('record/not-found');
  if (!input.reason.trim()) {
    throw new AppError('conflict/invalid', {
      params: { reason: { zh: '须说明理由', en: 'a reason is required' } },
    });
  }
  await context.db.transaction(async (tx) => {
    const moved = await writeDecision(
      tx,
      id,
      conflict.status,
      input.status,
      input.reason,
      context.actor!.id,
      context.clock(),
    );
    if (!moved) throw new AppError('record/conflict');
    await appendAudit(tx, auditContextOf(context), {
      action: `conflict.${input.status}`,
      recordType: 'conflict',
      recordId: id,
      before: { status: conflict.status },
      after: { status: input.status, reason: input.reason },
    });
  });
}
