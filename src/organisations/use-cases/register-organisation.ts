import { insertAccount, usernameExists } from '../../accounts/accounts-repository.js';
import { checkPassword, describePasswordProblem } from '../../accounts/core/password-policy.js';
import { passwordPolicyError } from '../../accounts/password-policy-error.js';
import { appendAudit } from '../../audit/audit-repository.js';
import { shanghaiDate } from '../../platform/kernel/time.js';
import type { RequestContext } from '../../accounts/request-context.js';
import { isUniqueViolation } from '../../platform/db/database.js';
import { AppError } from '../../platform/errors/app-error.js';
import { hashPassword } from '../../platform/security/password-hashing.js';
import { findReference } from '../../reference/reference-repository.js';
import { checkCreditCode, normaliseCreditCode } from '../core/credit-code.js';
import type { NewOrganisation, OrganisationRecord } from '../organisations-repository.js';
import { creditCodeTaken, findOrganisation, insertOrganisation } from '../organisations-repository.js';

export interface RegistrationInput {
  organisation: Omit<NewOrganisation, 'creditCode'> & { creditCode: string };
  account: {
    username: string;
    displayName: string;
    password: string;
    email?: string | undefined;
    phone?: string | undefined;
  };
}

/**
 * An organisation registers with its Unified Social Credit Code and gets its one account, held by
 * its contact person. One account per code.
 */
export async function registerOrganisation(
  context: RequestContext,
  input: RegistrationInput,
): Promise<{ organisation: OrganisationRecord; accountId: string }> {
  const { db } = context;
  const creditCode = normaliseCreditCode(input.organisation.creditCode);
  const check = checkCreditCode(creditCode);
  if (!check.ok) {
    throw new AppError('organisation/invalid-credit-code', {
      params: { problem: check.message },
      details: [{ path: 'organisation.creditCode', message: check.message }],
    });
  }
  if (input.organisation.registrationDate > shanghaiDate(context.clock())) {
    throw new AppError('organisation/registration-date-in-future');
  }
  const town = await findReference(db, 'towns', input.organisation.townId);
  if (!town?.active) {
    throw new AppError('organisation/unknown-reference', {
      params: { what: { zh: '镇（街道）', en: 'town / sub-district' } },
    });
  }
  const department = await findReference(db, 'departments', input.organisation.departmentId);
  // The town and the department are one district's (each programme keeps its own lists).
  if (!department?.active || department.programmeId !== town.programmeId) {
    throw new AppError('organisation/unknown-reference', {
      params: { what: { zh: '主管部门', en: 'competent department' } },
    });
  }
  const problems = checkPassword(
    input.account.password,
    {
      username: input.account.username,
      displayName: input.account.displayName,
      email: input.account.email,
      demoMode: context.config.demoMode,
    },
    context.config.password,
  );
  if (problems.length > 0)
    throw passwordPolicyError(problems.map(describePasswordProblem), 'account.password');
  // Hashed before the checks: a conflict costs what a registration costs.
  const passwordHash = await hashPassword(input.account.password);
  // One answer for a taken credit code and a taken user name, naming neither (issue 15.5).
  const conflict = () => new AppError('organisation/registration-conflict');
  if ((await creditCodeTaken(db, creditCode)) || (await usernameExists(db, input.account.username))) {
    throw conflict();
  }

  const ids = await db
    .transaction(async (tx) => {
      const organisationId = await insertOrganisation(tx, { ...input.organisation, creditCode });
      const accountId = await insertAccount(tx, {
        username: input.account.username,
        displayName: input.account.displayName,
        email: input.account.email ?? null,
        phone: input.account.phone ?? null,
        passwordHash,
        mustChangePassword: false,
        roles: [{ role: 'applicant' }],
        organisationId,
      });
      const audit = { actorId: accountId, clientIp: context.clientIp };
      await appendAudit(tx, audit, {
        action: 'organisation.registered',
        recordType: 'organisation',
        recordId: organisationId,
        after: { ...input.organisation, creditCode },
      });
      await appendAudit(tx, audit, {
        action: 'account.created',
        recordType: 'account',
        recordId: accountId,
        after: {
          username: input.account.username,
          displayName: input.account.displayName,
          roles: ['applicant'],
          organisationId,
        },
      });
      return { organisationId, accountId };
    })
    .catch((error: unknown) => {
      // A registration racing this one with the same code or user name got there first.
      if (isUniqueViolation(error)) throw conflict();
      throw error;
    });
  return { organisation: (await findOrganisation(db, ids.organisationId))!, accountId: ids.accountId };
}
