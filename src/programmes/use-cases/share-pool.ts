import type { RequestContext } from '../../accounts/request-context.js';
import { auditContextOf } from '../../accounts/request-context.js';
import { appendAudit } from '../../audit/audit-repository.js';
import { AppError } from '../../platform/errors/app-error.js';
import { deletePoolShare, insertPoolShare } from '../pool-shares-repository.js';
import { findProgramme } from '../programmes-repository.js';

/**
 * The Office of a programme shares its expert pool with another programme (a city's pool with
 * its districts), which may then draw from it; or ends the share. Availability, conflicts and
 * conduct stay the expert's, wherever they serve.
 */
export async function setPoolShare(
  context: RequestContext,
  poolProgrammeId: string,
  programmeId: string,
  shared: boolean,
): Promise<void> {
  if (!(await findProgramme(context.db, programmeId))) throw new AppError('record/not-found');
  if (programmeId === poolProgrammeId) {
    throw new AppError('programme/invalid', {
      params: {
        reason: { zh: '奖项不能与自身共享专家库', en: 'a programme does not share its pool with itself' },
      },
    });
  }
  const changed = await context.db.transaction(async (tx) => {
    const done = shared
      ? await insertPoolShare(tx, poolProgrammeId, programmeId, context.actor?.id ?? null)
      : await deletePoolShare(tx, poolProgrammeId, programmeId);
    if (!done) return false;
    await appendAudit(tx, auditContextOf(context, poolProgrammeId), {
      action: shared ? 'pool.shared' : 'pool.unshared',
      recordType: 'pool-share',
      recordId: `${poolProgrammeId}>${programmeId}`,
      after: { poolProgrammeId, programmeId },
    });
    return true;
  });
  if (!changed) throw new AppError(shared ? 'pool-share/exists' : 'record/not-found');
}
