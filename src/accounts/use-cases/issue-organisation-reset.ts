import { appendAudit } from '../../audit/audit-repository.js';
import type { RequestContext } from '../request-context.js';
import { auditContextOf } from '../request-context.js';
import { AppError } from '../../platform/errors/app-error.js';
import { normaliseCreditCode } from '../../organisations/core/credit-code.js';
import { findAccountOfOrganisation } from '../accounts-repository.js';
import type { IssuedActivation } from '../activation-codes.js';
import { issueActivationCode } from '../activation-codes.js';

/**
 * Without mail, an organisation that lost its password comes to the Office with its business
 * licence; the Office finds its account by the credit code and issues a one-time reset code
 * (shown once), saying how it checked who asked. The person sets their own password with it; the
 * old one works until then. Only an organisation's account (the applicant role alone): staff and
 * experts get a new activation code from whoever opened their account.
 */
export async function issueOrganisationReset(
  context: RequestContext,
  input: { creditCode: string; note: string },
): Promise<{ username: string; organisationName: string; activation: IssuedActivation }> {
  const account = await findAccountOfOrganisation(context.db, normaliseCreditCode(input.creditCode));
  if (!account || account.roles.some((r) => r.role !== 'applicant')) throw new AppError('record/not-found');
  const activation = await context.db.transaction(async (tx) => {
    const issued = await issueActivationCode(tx, {
      userId: account.id,
      purpose: 'reset',
      issuedBy: context.actor?.id ?? null,
      now: context.clock(),
      hours: context.config.activationCodeHours,
    });
    await appendAudit(tx, auditContextOf(context), {
      action: 'account.password-reset-issued',
      recordType: 'account',
      recordId: account.id,
      after: {
        by: 'office',
        organisationId: account.organisationId,
        note: input.note,
        expiresAt: issued.expiresAt,
      },
    });
    return issued;
  });
  return { username: account.username, organisationName: account.organisationName, activation };
}
