import { appendAudit } from '../../audit/audit-repository.js';
import type { RequestContext } from '../request-context.js';
import { auditContextOf } from '../request-context.js';
import { AppError } from '../../platform/errors/app-error.js';
import { NO_PASSWORD } from '../../platform/security/password-hashing.js';
import type { AccountRecord } from '../accounts-repository.js';
import { clearPassword, findAccountById, removeRole } from '../accounts-repository.js';
import type { IssuedActivation } from '../activation-codes.js';
import { issueActivationCode } from '../activation-codes.js';
import { splitGrants } from '../core/role-grants.js';
import { insertPendingGrants } from '../role-grants-repository.js';
import { deleteSessionsOf } from '../sessions-repository.js';

/**
 * The administrator resets an account for a person who lost their password: the password is
 * void at once, the sessions end, and a new activation code is issued. Whoever holds the code
 * could take the account, so roles that read application material or the trail go back to
 * waiting for a second person: a reset never gives the administrator those roles' reach.
 */
export async function issueAccountActivation(
  context: RequestContext,
  accountId: string,
): Promise<{ account: AccountRecord; activation: IssuedActivation }> {
  const account = await findAccountById(context.db, accountId);
  if (!account) throw new AppError('record/not-found');
  if (account.id === context.actor?.id) throw new AppError('account/cannot-reset-self');
  const activation = await context.db.transaction(async (tx) => {
    await clearPassword(tx, account.id, NO_PASSWORD);
    await deleteSessionsOf(tx, account.id);
    const { pending } = splitGrants(account.roles);
    for (const role of pending) await removeRole(tx, account.id, role.role);
    await insertPendingGrants(tx, account.id, pending, context.actor?.id ?? null);
    const issued = await issueActivationCode(tx, {
      userId: account.id,
      purpose: 'activation',
      issuedBy: context.actor?.id ?? null,
      now: context.clock(),
      hours: context.config.activationCodeHours,
    });
    await appendAudit(tx, auditContextOf(context), {
      action: 'account.activation-issued',
      recordType: 'account',
      recordId: account.id,
      before: { roles: account.roles },
      after: { expiresAt: issued.expiresAt, passwordCleared: true, rolesAwaitingConfirmation: pending },
    });
    return issued;
  });
  return { account: (await findAccountById(context.db, account.id))!, activation };
}
