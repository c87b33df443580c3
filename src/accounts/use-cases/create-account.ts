import { appendAudit } from '../../audit/audit-repository.js';
import type { RequestContext } from '../request-context.js';
import { auditContextOf } from '../request-context.js';
import { AppError } from '../../platform/errors/app-error.js';
import { hashPassword } from '../../platform/security/password-hashing.js';
import type { AccountRecord } from '../accounts-repository.js';
import { findAccountById, insertAccount, usernameExists } from '../accounts-repository.js';
import { checkPassword, describePasswordProblem } from '../core/password-policy.js';
import { checkRoleAssignments } from '../core/role-assignments.js';
import type { RoleAssignment } from '../core/roles.js';
import { passwordPolicyError } from '../password-policy-error.js';

export interface CreateAccountInput {
  username: string;
  displayName: string;
  email?: string | undefined;
  phone?: string | undefined;
  roles: RoleAssignment[];
  /** The initial password, which the person must change at first sign-in. */
  password: string;
}

/** An administrator creates a staff, expert, committee, endorser, approver or auditor account. */
export async function createAccount(
  context: RequestContext,
  input: CreateAccountInput,
): Promise<AccountRecord> {
  if (input.roles.some((r) => r.role === 'applicant')) throw new AppError('account/role-not-assignable');
  const roleProblems = checkRoleAssignments(input.roles);
  if (roleProblems.length > 0) {
    throw new AppError('account/role-scope', {
      params: {
        summary: {
          zh: roleProblems.map((p) => p.zh).join('；'),
          en: roleProblems.map((p) => p.en).join('; '),
        },
      },
      details: roleProblems.map((message) => ({ path: 'roles', message })),
    });
  }
  const passwordProblems = checkPassword(
    input.password,
    { username: input.username },
    context.config.password,
  );
  if (passwordProblems.length > 0)
    throw passwordPolicyError(passwordProblems.map(describePasswordProblem), 'password');
  if (await usernameExists(context.db, input.username)) {
    throw new AppError('account/username-taken', { params: { username: input.username } });
  }
  const passwordHash = await hashPassword(input.password);
  const id = await context.db.transaction(async (tx) => {
    const newId = await insertAccount(tx, {
      username: input.username,
      displayName: input.displayName,
      email: input.email ?? null,
      phone: input.phone ?? null,
      passwordHash,
      mustChangePassword: true,
      roles: input.roles,
    });
    const created = await findAccountById(tx, newId);
    await appendAudit(tx, auditContextOf(context), {
      action: 'account.created',
      recordType: 'account',
      recordId: newId,
      after: created && { ...created, failedSignIns: undefined, lockedUntil: undefined },
    });
    return newId;
  });
  return (await findAccountById(context.db, id))!;
}
