import { appendAudit } from '../../audit/audit-repository.js';
import type { RequestContext } from '../request-context.js';
import { auditContextOf } from '../request-context.js';
import { AppError } from '../../platform/errors/app-error.js';
import { NO_PASSWORD } from '../../platform/security/password-hashing.js';
import type { AccountRecord } from '../accounts-repository.js';
import {
  findAccountById,
  insertAccount,
  unknownRoleReferences,
  usernameExists,
} from '../accounts-repository.js';
import type { IssuedActivation } from '../activation-codes.js';
import { issueActivationCode } from '../activation-codes.js';
import { checkRoleAssignments } from '../core/role-assignments.js';
import { splitGrants } from '../core/role-grants.js';
import type { RoleAssignment } from '../core/roles.js';
import { insertPendingGrants } from '../role-grants-repository.js';
import { isUniqueViolation } from '../../platform/db/database.js';

export interface CreateAccountInput {
  username: string;
  displayName: string;
  email?: string | undefined;
  phone?: string | undefined;
  roles: RoleAssignment[];
}

export function roleScopeError(problems: { zh: string; en: string }[]): AppError {
  return new AppError('account/role-scope', {
    params: {
      summary: { zh: problems.map((p) => p.zh).join('；'), en: problems.map((p) => p.en).join('; ') },
    },
    details: problems.map((message) => ({ path: 'roles', message })),
  });
}

/** A role in a programme that does not exist, or for a town / department of another programme. */
export async function refuseUnknownRoleReferences(
  context: RequestContext,
  roles: readonly RoleAssignment[],
): Promise<void> {
  const unknown = await unknownRoleReferences(context.db, roles);
  const problems = [
    ...unknown.programmes.map((id) => ({ zh: `奖项“${id}”不存在`, en: `programme "${id}" does not exist` })),
    ...unknown.towns.map((id) => ({
      zh: `镇（街道）${id} 不属于该角色所在的奖项`,
      en: `town / sub-district ${id} is not one of the role's programme`,
    })),
    ...unknown.departments.map((id) => ({
      zh: `主管部门 ${id} 不属于该角色所在的奖项`,
      en: `department ${id} is not one of the role's programme`,
    })),
  ];
  if (problems.length > 0) throw roleScopeError(problems);
}

/**
 * An administrator creates a staff, expert, committee, endorser, approver or auditor account.
 * Nobody but the person learns its password (三员分立): the account gets no password, only a
 * one-time activation code to hand over, and can do nothing until the person sets their own.
 * Roles that read application material or the trail wait for a second person (role-grants.ts).
 */
export async function createAccount(
  context: RequestContext,
  input: CreateAccountInput,
): Promise<{ account: AccountRecord; activation: IssuedActivation }> {
  if (input.roles.some((r) => r.role === 'applicant')) throw new AppError('account/role-not-assignable');
  const roleProblems = checkRoleAssignments(input.roles);
  if (roleProblems.length > 0) throw roleScopeError(roleProblems);
  await refuseUnknownRoleReferences(context, input.roles);
  if (await usernameExists(context.db, input.username)) {
    throw new AppError('account/username-taken', { params: { username: input.username } });
  }
  const { immediate, pending } = splitGrants(input.roles);
  const now = context.clock();
  const created = await context.db
    .transaction(async (tx) => {
      const newId = await insertAccount(tx, {
        username: input.username,
        displayName: input.displayName,
        email: input.email ?? null,
        phone: input.phone ?? null,
        passwordHash: NO_PASSWORD,
        mustChangePassword: false,
        roles: immediate,
      });
      await insertPendingGrants(tx, newId, pending, context.actor?.id ?? null);
      const account = await findAccountById(tx, newId);
      await appendAudit(tx, auditContextOf(context), {
        action: 'account.created',
        recordType: 'account',
        recordId: newId,
        after: account && {
          ...account,
          failedSignIns: undefined,
          lockedUntil: undefined,
          pendingRoles: pending,
        },
      });
      const activation = await issueActivationCode(tx, {
        userId: newId,
        purpose: 'activation',
        issuedBy: context.actor?.id ?? null,
        now,
        hours: context.config.activationCodeHours,
      });
      // The code is a secret: the entry records that one was issued and until when.
      await appendAudit(tx, auditContextOf(context), {
        action: 'account.activation-issued',
        recordType: 'account',
        recordId: newId,
        after: { expiresAt: activation.expiresAt },
      });
      return { id: newId, activation };
    })
    .catch((error: unknown) => {
      if (isUniqueViolation(error))
        throw new AppError('account/username-taken', { params: { username: input.username } });
      throw error;
    });
  return { account: (await findAccountById(context.db, created.id))!, activation: created.activation };
}
