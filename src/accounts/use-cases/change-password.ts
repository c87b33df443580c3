import { appendAudit } from '../../audit/audit-repository.js';
import type { RequestContext } from '../request-context.js';
import { AppError } from '../../platform/errors/app-error.js';
import { hashPassword, verifyPassword } from '../../platform/security/password-hashing.js';
import { findPasswordHash, updatePassword } from '../accounts-repository.js';
import type { Actor } from '../core/actor.js';
import { checkPassword, describePasswordProblem } from '../core/password-policy.js';
import { deleteSessionsOf, rotateSessionToken } from '../sessions-repository.js';
import { randomToken, sha256Hex } from '../../platform/security/tokens.js';
import { passwordPolicyError } from '../password-policy-error.js';

/**
 * A user changes their own password; their other sessions end, and this one gets a new token
 * (returned, for the cookie): whoever held the old token holds nothing.
 */
export async function changePassword(
  context: RequestContext & { actor: Actor },
  input: { currentPassword: string; newPassword: string },
  currentSessionHash: string,
): Promise<{ sessionToken: string }> {
  const { actor, db } = context;
  const storedHash = await findPasswordHash(db, actor.id);
  if (!storedHash || !(await verifyPassword(storedHash, input.currentPassword))) {
    throw new AppError('auth/wrong-current-password', {
      details: [{ path: 'currentPassword', message: { zh: '当前密码不正确', en: 'incorrect' } }],
    });
  }
  const problems = checkPassword(
    input.newPassword,
    {
      username: actor.username,
      displayName: actor.displayName,
      currentPassword: input.currentPassword,
      demoMode: context.config.demoMode,
    },
    context.config.password,
  );
  if (problems.length > 0) throw passwordPolicyError(problems.map(describePasswordProblem), 'newPassword');
  const newHash = await hashPassword(input.newPassword);
  const sessionToken = randomToken();
  await db.transaction(async (tx) => {
    await updatePassword(tx, actor.id, newHash);
    await deleteSessionsOf(tx, actor.id, currentSessionHash);
    await rotateSessionToken(tx, currentSessionHash, sha256Hex(sessionToken));
    // The hash is a secret: the entry records that it changed, not what to.
    await appendAudit(
      tx,
      { actorId: actor.id, clientIp: context.clientIp },
      {
        action: 'account.password-changed',
        recordType: 'account',
        recordId: actor.id,
      },
    );
  });
  return { sessionToken };
}
