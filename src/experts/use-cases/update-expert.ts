import { appendAudit } from '../../audit/audit-repository.js';
import { clearPassword } from '../../accounts/accounts-repository.js';
import { issueActivationCode } from '../../accounts/activation-codes.js';
import { deleteSessionsOf } from '../../accounts/sessions-repository.js';
import type { RequestContext } from '../../accounts/request-context.js';
import { auditContextOf } from '../../accounts/request-context.js';
import { AppError } from '../../platform/errors/app-error.js';
import { NO_PASSWORD } from '../../platform/security/password-hashing.js';
import type { ExpertProfile, ExpertStatus } from '../core/expert.js';
import { maskIdentityNumber } from '../core/identity-number.js';
import {
  findExpert,
  identityNumberTaken,
  updateExpertProfile,
  updateExpertStatus,
} from '../experts-repository.js';
import { validateExpertProfile } from '../validate-expert-profile.js';

const masked = (p: ExpertProfile) => ({ ...p, identityNumber: maskIdentityNumber(p.identityNumber) });

/**
 * Updates the profile as of the revision the Office last read: an update from a stale tab, or the
 * second of two at once, is a conflict (409), never a silent overwrite.
 */
export async function updateExpert(
  context: RequestContext,
  id: string,
  revision: number,
  input: ExpertProfile,
): Promise<void> {
  const expert = await findExpert(context.db, id);
  if (!expert) throw new AppError('record/not-found');
  if (expert.revision !== revision) throw new AppError('record/conflict');
  const profile = validateExpertProfile(input, context.clock());
  if (await identityNumberTaken(context.db, profile.identityNumber, id)) {
    throw new AppError('expert/identity-taken', {
      params: { masked: maskIdentityNumber(profile.identityNumber) },
    });
  }
  await context.db.transaction(async (tx) => {
    // The row still at `revision` is the one read above, so `before` is what this update replaced.
    if (!(await updateExpertProfile(tx, id, revision, profile))) throw new AppError('record/conflict');
    await appendAudit(tx, auditContextOf(context, expert.programmeId), {
      action: 'expert.updated',
      recordType: 'expert',
      recordId: id,
      before: { ...masked(expert), revision },
      after: { ...masked(profile), revision: revision + 1 },
    });
  });
}

/**
 * Suspends, reinstates or disqualifies an expert with a reason. Disqualification (Art. 26) is
 * final: the expert leaves the pool, is never drawn again, and cannot sign in.
 */
export async function setExpertStatus(
  context: RequestContext,
  id: string,
  input: { status: ExpertStatus; reason: string },
): Promise<void> {
  const expert = await findExpert(context.db, id);
  if (!expert) throw new AppError('record/not-found');
  if (expert.status === 'disqualified')
    throw new AppError('expert/disqualified', { clause: { zh: '第二十六条', en: 'Art. 26' } });
  if (expert.status === input.status) return;
  await context.db.transaction(async (tx) => {
    if (!(await updateExpertStatus(tx, id, expert.status, input.status, input.reason)))
      throw new AppError('record/conflict');
    if (input.status === 'disqualified') {
      await tx.query("UPDATE users SET status = 'disabled', updated_at = now() WHERE id = $1", [
        expert.userId,
      ]);
      await deleteSessionsOf(tx, expert.userId);
    }
    await appendAudit(tx, auditContextOf(context, expert.programmeId), {
      action: `expert.${input.status}`,
      recordType: 'expert',
      recordId: id,
      before: { status: expert.status },
      after: { status: input.status, reason: input.reason },
    });
  });
}

/**
 * Issues a one-time activation code for the expert's account, shown once to the Office, which
 * hands it to the expert; the expert sets their own password with it. Any earlier password and
 * code are void at once and the expert's sessions end.
 */
export async function issueExpertActivation(
  context: RequestContext,
  id: string,
): Promise<{ username: string; code: string; expiresAt: Date }> {
  const expert = await findExpert(context.db, id);
  if (!expert) throw new AppError('record/not-found');
  if (expert.status === 'disqualified') throw new AppError('expert/disqualified');
  const issued = await context.db.transaction(async (tx) => {
    await clearPassword(tx, expert.userId, NO_PASSWORD);
    await deleteSessionsOf(tx, expert.userId);
    const activation = await issueActivationCode(tx, {
      userId: expert.userId,
      purpose: 'activation',
      issuedBy: context.actor?.id ?? null,
      now: context.clock(),
      hours: context.config.activationCodeHours,
    });
    await appendAudit(tx, auditContextOf(context, expert.programmeId), {
      action: 'expert.activation-issued',
      recordType: 'expert',
      recordId: id,
      after: { expiresAt: activation.expiresAt },
    });
    return activation;
  });
  return { username: expert.username, ...issued };
}
