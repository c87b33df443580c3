import { insertAccount, usernameExists } from '../../accounts/accounts-repository.js';
import { appendAudit } from '../../audit/audit-repository.js';
import type { RequestContext } from '../../accounts/request-context.js';
import { auditContextOf } from '../../accounts/request-context.js';
import { randomInt } from 'node:crypto';
import type { Queryable, Transaction } from '../../platform/db/database.js';
import { expertUsername } from '../core/expert-username.js';
import { AppError } from '../../platform/errors/app-error.js';
import { NO_PASSWORD } from '../../platform/security/password-hashing.js';
import type { ExpertProfile } from '../core/expert.js';
import { maskIdentityNumber } from '../core/identity-number.js';
import { identityNumberTaken, insertExpert } from '../experts-repository.js';
import { validateExpertProfile } from '../validate-expert-profile.js';

/** A neutral user name (zj + 8 random digits) nobody holds yet. */
export async function freeExpertUsername(tx: Queryable): Promise<string> {
  for (;;) {
    const candidate = expertUsername(randomInt(100_000_000));
    if (!(await usernameExists(tx, candidate))) return candidate;
  }
}

/**
 * Adds one expert to the pool inside a transaction, with their account (role expert). The
 * account has no password until the expert sets one with the activation code the Office hands them.
 */
export async function insertExpertWithAccount(
  tx: Transaction,
  context: RequestContext,
  profile: ExpertProfile,
  programmeId: string,
): Promise<string> {
  if (await identityNumberTaken(tx, profile.identityNumber)) {
    throw new AppError('expert/identity-taken', {
      params: { masked: maskIdentityNumber(profile.identityNumber) },
    });
  }
  const userId = await insertAccount(tx, {
    username: await freeExpertUsername(tx),
    displayName: profile.name,
    email: profile.email,
    phone: profile.phone,
    passwordHash: NO_PASSWORD,
    mustChangePassword: true,
    roles: [{ role: 'expert' }],
  });
  const expertId = await insertExpert(tx, programmeId, userId, profile);
  await appendAudit(tx, auditContextOf(context, programmeId), {
    action: 'expert.created',
    recordType: 'expert',
    recordId: expertId,
    after: { ...profile, identityNumber: maskIdentityNumber(profile.identityNumber), userId },
  });
  return expertId;
}

/** Adds an expert to the pool of the programme the Office acts in. */
export async function createExpert(
  context: RequestContext,
  input: ExpertProfile,
  programmeId: string,
): Promise<string> {
  const profile = validateExpertProfile(input, context.clock());
  return context.db.transaction((tx) => insertExpertWithAccount(tx, context, profile, programmeId));
}
