import { appendAudit } from '../../audit/audit-repository.js';
import { logAccess } from '../../audit/access-log-repository.js';
import type { RequestContext } from '../request-context.js';
import { AppError } from '../../platform/errors/app-error.js';
import { hashPassword } from '../../platform/security/password-hashing.js';
import { sameSecret } from '../../platform/security/tokens.js';
import { findAccountById, updatePassword } from '../accounts-repository.js';
import { activationCodeHash } from '../activation-codes.js';
import { consumeActivation, findActivationByUsername } from '../activations-repository.js';
import { isActivationLive } from '../core/activation.js';
import { checkPassword, describePasswordProblem } from '../core/password-policy.js';
import { passwordPolicyError } from '../password-policy-error.js';
import { deleteSessionsOf } from '../sessions-repository.js';

/**
 * The person sets their own first password with the one-time code they were handed. An unknown
 * user name, a wrong code, a used one and an expired one get the same answer.
 */
export async function activateAccount(
  context: RequestContext,
  input: { username: string; code: string; newPassword: string },
): Promise<void> {
  const { db } = context;
  const now = context.clock();
  const invalid = () => new AppError('auth/activation-invalid');
  const activation = await findActivationByUsername(db, input.username.trim());
  const codeHash = activationCodeHash(input.code);
  if (!activation || !sameSecret(codeHash, activation.codeHash) || !isActivationLive(activation, now)) {
    await logAccess(db, {
      userId: activation?.userId ?? null,
      username: input.username.slice(0, 64),
      event: 'activation-failed',
      clientIp: context.clientIp,
      userAgent: context.userAgent,
    });
    throw invalid();
  }
  const account = (await findAccountById(db, activation.userId))!;
  if (account.status !== 'active') throw invalid();
  const problems = checkPassword(
    input.newPassword,
    {
      username: account.username,
      displayName: account.displayName,
      email: account.email,
      demoMode: context.config.demoMode,
    },
    context.config.password,
  );
  if (problems.length > 0) throw passwordPolicyError(problems.map(describePasswordProblem), 'newPassword');
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    // Compare-and-set on the code checked above: a second use, or a re-issue meanwhile, finds nothing.
    if (!(await consumeActivation(tx, account.id, codeHash))) throw invalid();
    await updatePassword(tx, account.id, passwordHash);
    await deleteSessionsOf(tx, account.id);
    await appendAudit(
      tx,
      { actorId: account.id, clientIp: context.clientIp },
      {
        action:
          activation.purpose === 'setup'
            ? 'account.set-up'
            : activation.purpose === 'reset'
              ? 'account.password-reset'
              : 'account.activated',
        recordType: 'account',
        recordId: account.id,
      },
    );
    await logAccess(tx, {
      userId: account.id,
      username: account.username,
      event: 'activated',
      clientIp: context.clientIp,
      userAgent: context.userAgent,
    });
  });
}
