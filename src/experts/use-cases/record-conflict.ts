import { appendAudit } from '../../audit/audit-repository.js';
import type { RequestContext } from '../../accounts/request-context.js';
import { auditContextOf } from '../../accounts/request-context.js';
import { AppError } from '../../platform/errors/app-error.js';
import type { ConflictKind } from '../core/conflicts.js';
import type { ConflictSource } from '../conflicts-repository.js';
import { insertConflict } from '../conflicts-repository.js';
import { programmeOfRecord } from '../../programmes/record-programmes-repository.js';

export interface ConflictInput {
  expertId: string;
  organisationId: string;
  kind: ConflictKind;
  evidence: string;
  since?: string | null | undefined;
}

/**
 * Records a conflict of interest (回避). The Office's records and an expert's own declaration
 * take effect at once; an applicant's declaration is a request the Office confirms or dismisses,
 * so an applicant cannot strike experts it merely dislikes.
 */
export async function recordConflict(
  context: RequestContext,
  source: ConflictSource,
  input: ConflictInput,
): Promise<string> {
  if (!input.evidence.trim()) {
    throw new AppError('conflict/invalid', {
      params: { reason: { zh: '须说明理由', en: 'a reason is required' } },
    });
  }
  const status = source === 'applicant' ? 'suggested' : 'confirmed';
  const now = context.clock();
  const programmeId = await programmeOfRecord(context.db, 'expert', input.expertId);
  return context.db.transaction(async (tx) => {
    const known = await tx.query('SELECT 1 FROM experts e, organisations o WHERE e.id = $1 AND o.id = $2', [
      input.expertId,
      input.organisationId,
    ]);
    if (known.length === 0) throw new AppError('record/not-found');
    const id = await insertConflict(tx, {
      ...input,
      since: input.since ?? null,
      source,
      status,
      createdBy: context.actor?.id ?? null,
      ...(status === 'confirmed' ? { decidedBy: context.actor?.id ?? null, decidedAt: now } : {}),
    });
    if (!id) {
      throw new AppError('conflict/invalid', {
        params: { reason: { zh: '该回避记录已存在', en: 'this conflict is already recorded' } },
      });
    }
    await appendAudit(tx, auditContextOf(context, programmeId), {
      action: 'conflict.recorded',
      recordType: 'conflict',
      recordId: id,
      after: { ...input, source, status },
    });
    return id;
  });
}
