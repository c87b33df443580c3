import { appendAudit } from '../../audit/audit-repository.js';
import type { RequestContext } from '../../accounts/request-context.js';
import { auditContextOf } from '../../accounts/request-context.js';
import { AppError } from '../../platform/errors/app-error.js';
import { isUniqueViolation } from '../../platform/db/database.js';
import { findFramework } from '../../programmes/catalogue.js';
import { findRulesVersion } from '../../programmes/rules-versions-repository.js';
import { requireInProgramme } from '../../accounts/http/authorize.js';
import type { CycleDraft, CycleRecord } from '../cycles-repository.js';
import { cycleExists, findCycle, insertCycle } from '../cycles-repository.js';
import { checkCycleDates } from '../check-cycle-dates.js';

/** The Office creates the year's cycle from a programme version and a framework version. */
export async function createCycle(context: RequestContext, draft: CycleDraft): Promise<CycleRecord> {
  // A cycle runs on an approved rules version; a draft governs nothing (approved versions never change).
  const rules = await findRulesVersion(context.db, draft.rulesVersionId);
  // The version's programme is the cycle's: the Office of another programme learns nothing of it.
  if (rules) requireInProgramme(context.actor, 'cycle.manage', rules.family);
  if (!rules || rules.status !== 'approved') {
    throw new AppError('rules/not-approved', { params: { id: draft.rulesVersionId } });
  }
  const programmeId = rules.family;
  if (!findFramework(draft.frameworkId)) {
    throw new AppError('cycle/invalid', {
      params: { reason: { zh: '未知的评分框架版本', en: 'unknown framework version' } },
    });
  }
  checkCycleDates(draft);
  if (await cycleExists(context.db, programmeId, draft.year)) {
    throw new AppError('cycle/exists', { params: { year: draft.year } });
  }
  const id = await context.db
    .transaction(async (tx) => {
      const newId = await insertCycle(tx, programmeId, draft, context.actor!.id);
      await appendAudit(tx, auditContextOf(context, programmeId), {
        action: 'cycle.created',
        recordType: 'cycle',
        recordId: newId,
        after: draft,
      });
      return newId;
    })
    .catch((error: unknown) => {
      if (isUniqueViolation(error)) throw new AppError('cycle/exists', { params: { year: draft.year } });
      throw error;
    });
  return (await findCycle(context.db, id))!;
}
