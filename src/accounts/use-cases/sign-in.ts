import { appendAudit } from '../../audit/audit-repository.js';
import { logAccess } from '../../audit/access-log-repository.js';
import type { RequestContext } from '../request-context.js';
import { AppError } from '../../platform/errors/app-error.js';
import { formatShanghaiMinute } from '../../platform/kernel/time.js';
import { verifyPassword } from '../../platform/security/password-hashing.js';
import { randomToken, sha256Hex } from '../../platform/security/tokens.js';
import type { AccountRecord } from '../accounts-repository.js';
import {
  countSignInFailure,
  findAccountForSignIn,
  lockAccount,
  recordSignInSuccess,
} from '../accounts-repository.js';
import { decideSignIn, lockOutAfter } from '../core/sign-in-policy.js';
import { insertSession } from '../sessions-repository.js';

export interface SignInResult {
  account: AccountRecord;
  /** The secret for the cookie; only its hash is stored. */
  sessionToken: string;
  csrfToken: string;
}

// Verifying against a real hash when the user is unknown keeps the answer time the same.
const DUMMY_HASH =
  '$argon2id$v=19$m=65536,p=4,t=3$lbPpGXT42ojOblTbQ4GX8A$cDRmdRVMjcen++GAI9OP//SmJpDz9ISr+9VYeI7oqao';

export async function signIn(
  context: RequestContext,
  credentials: { username: string; password: string },
): Promise<SignInResult> {
  const { db, config } = context;
  const now = context.clock();
  const account = await findAccountForSignIn(db, credentials.username.trim());
  const access = { clientIp: context.clientIp, userAgent: context.userAgent };
  if (!account) {
    await verifyPassword(DUMMY_HASH, credentials.password);
    await logAccess(db, { ...access, userId: null, username: credentials.username, event: 'sign-in-failed' });
    throw new AppError('auth/invalid-credentials');
  }
  // The hash is checked before deciding (decideSignIn is synchronous and pure).
  const passwordMatches = await verifyPassword(account.passwordHash, credentials.password);
  const outcome = decideSignIn(account, () => passwordMatches, now, config.signIn);
  const who = { userId: account.id, username: account.username };
  const audit = { actorId: account.id, clientIp: context.clientIp };

  switch (outcome.kind) {
    case 'locked':
      await logAccess(db, { ...access, ...who, event: 'sign-in-locked' });
      throw new AppError('auth/locked', { params: { until: formatShanghaiMinute(outcome.until) } });
    case 'rejected': {
      // Counted in SQL and locked from the returned count: parallel guesses all count.
      const lockedUntil = await db.transaction(async (tx) => {
        const counted = await countSignInFailure(tx, account.id, now);
        if (counted.failedSignIns === null) {
          // Another attempt locked the account while this password was being checked.
          await logAccess(tx, { ...access, ...who, event: 'sign-in-locked' });
          return counted.lockedUntil;
        }
        await logAccess(tx, { ...access, ...who, event: 'sign-in-failed' });
        const lockedUntil = lockOutAfter(counted.failedSignIns, now, config.signIn);
        if (lockedUntil) await lockAccount(tx, account.id, lockedUntil);
        await appendAudit(tx, audit, {
          action: lockedUntil ? 'account.locked' : 'account.sign-in-failed',
          recordType: 'account',
          recordId: account.id,
          before: { failedSignIns: counted.failedSignIns - 1 },
          after: { failedSignIns: counted.failedSignIns, lockedUntil },
        });
        return lockedUntil;
      });
      if (lockedUntil)
        throw new AppError('auth/locked', { params: { until: formatShanghaiMinute(lockedUntil) } });
      throw new AppError('auth/invalid-credentials');
    }
    case 'disabled':
      await logAccess(db, { ...access, ...who, event: 'sign-in-failed' });
      throw new AppError('auth/account-disabled');
    case 'accepted':
      break;
  }

  const sessionToken = randomToken();
  const csrfToken = randomToken();
  await db.transaction(async (tx) => {
    // Decided in SQL: a lock-out started by a parallel guess still refuses the right password.
    const lockedUntil = await recordSignInSuccess(tx, account.id, now);
    if (lockedUntil)
      throw new AppError('auth/locked', { params: { until: formatShanghaiMinute(lockedUntil) } });
    await insertSession(tx, {
      tokenHash: sha256Hex(sessionToken),
      userId: account.id,
      csrfToken,
      now,
      expiresAt: new Date(now.getTime() + config.session.maxLifetimeHours * 3_600_000),
      ...access,
    });
    await appendAudit(tx, audit, {
      action: 'account.signed-in',
      recordType: 'account',
      recordId: account.id,
    });
    await logAccess(tx, { ...access, ...who, event: 'sign-in' });
  });
  const { passwordHash: _omit, ...publicAccount } = account;
  return { account: publicAccount, sessionToken, csrfToken };
}
