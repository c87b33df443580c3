import { appendAudit } from '../../audit/audit-repository.js';
import type { RequestContext } from '../request-context.js';
import { auditContextOf } from '../request-context.js';
import { AppError } from '../../platform/errors/app-error.js';
import type { AccountRecord } from '../accounts-repository.js';
import { findAccountById, updateStatus } from '../accounts-repository.js';
import { deleteSessionsOf } from '../sessions-repository.js';

/** Disables or re-enables an account with a reason; disabling ends its sessions at once. */
export async function setAccountStatus(
  context: RequestContext,
  input: { accountId: string; status: 'active' | 'disabled'; reason: string },
): Promise<AccountRecord> {
  const account = await findAccountById(context.db, input.accountId);
  if (!account) throw new AppError('record/not-found');
  if (input.status === 'disabled' && account.id === context.actor?.id) {
    throw new AppError('account/cannot-disable-self');
  }
  if (account.status === input.status) return account;
  await context.db.transaction(async (tx) => {
    if (!(await updateStatus(tx, account.id, account.status, input.status)))
      throw new AppError('record/conflict');
    if (input.status === 'disabled') await deleteSessionsOf(tx, account.id);
    await appendAudit(tx, auditContextOf(context), {
      action: input.status === 'disabled' ? 'account.disabled' : 'account.enabled',
      recordType: 'account',
      recordId: account.id,
      before: { status: account.status },
      after: { status: input.status, reason: input.reason },
    });
  });
  return (await findAccountById(context.db, account.id))!;
}
