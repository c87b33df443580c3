import { appendAudit } from '../../audit/audit-repository.js';
import type { RequestContext } from '../../accounts/request-context.js';
import { auditContextOf } from '../../accounts/request-context.js';
import { AppError } from '../../platform/errors/app-error.js';
import { decideConflict as writeDecision, findConflict } from '../conflicts-repository.js';
import { programmeOfRecord } from '../../programmes/record-programmes-repository.js';

/**
 * The Office confirms or dismisses a suggested conflict, always with a reason. Only a suggested
 * one: a conflict already decided (by a second staff member a moment earlier, or in a stale tab)
 * is a conflict (409), never silently re-decided.
 */
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
  if (conflict.status !== 'suggested') throw new AppError('record/conflict');
  const programmeId = await programmeOfRecord(context.db, 'conflict', id);
  await context.db.transaction(async (tx) => {
    // Compare-and-set from 'suggested': of two decisions at once, one moves it.
    const moved = await writeDecision(
      tx,
      id,
      'suggested',
      input.status,
      input.reason,
      context.actor!.id,
      context.clock(),
    );
    if (!moved) throw new AppError('record/conflict');
    await appendAudit(tx, auditContextOf(context, programmeId), {
      action: `conflict.${input.status}`,
      recordType: 'conflict',
      recordId: id,
      before: { status: 'suggested' },
      after: { status: input.status, reason: input.reason },
    });
  });
}
