import { appendAudit } from '../../audit/audit-repository.js';
import type { RequestContext } from '../request-context.js';
import { auditContextOf } from '../request-context.js';
import { AppError } from '../../platform/errors/app-error.js';
import type { AccountRecord } from '../accounts-repository.js';
import { findAccountById, lockAccountStatus, updateStatus } from '../accounts-repository.js';
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
  await context.db.transaction(async (tx) => {
    // Decided on the status read under the row's lock: of two disables at once, the second finds
    // the account disabled and changes nothing, as it would a minute later (no 409, no 2nd audit).
    const current = await lockAccountStatus(tx, account.id);
    if (!current) throw new AppError('record/not-found');
    if (current === input.status) return;
    if (!(await updateStatus(tx, account.id, current, input.status))) throw new AppError('record/conflict');
    if (input.status === 'disabled') await deleteSessionsOf(tx, account.id);
    await appendAudit(tx, auditContextOf(context), {
      action: input.status === 'disabled' ? 'account.disabled' : 'account.enabled',
      recordType: 'account',
      recordId: account.id,
      before: { status: current },
      after: { status: input.status, reason: input.reason },
    });
  });
  return (await findAccountById(context.db, account.id))!;
}
