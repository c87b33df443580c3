import { appendAudit } from '../../audit/audit-repository.js';
import { logAccess } from '../../audit/access-log-repository.js';
import type { RequestContext } from '../request-context.js';
import { AppError } from '../../platform/errors/app-error.js';
import { formatShanghaiMinute } from '../../platform/kernel/time.js';
import { NO_PASSWORD, verifyPassword } from '../../platform/security/password-hashing.js';
import { randomToken, sha256Hex } from '../../platform/security/tokens.js';
import type { AccountRecord } from '../accounts-repository.js';
import {
  countSignInFailure,
  findAccountForSignIn,
  lockAccount,
  recordSignInSuccess,
  requirePasswordChange,
} from '../accounts-repository.js';
import { checkPassword, PUBLISHED_PASSWORDS } from '../core/password-policy.js';
import { lockOutAfter } from '../core/sign-in-policy.js';
import { insertSession } from '../sessions-repository.js';
import {
  clearKeyFailures,
  countKeyFailure,
  findSignInLock,
  lockKey,
} from '../sign-in-failures-repository.js';

export interface SignInResult {
  account: AccountRecord;
  /** The secret for the cookie; only its hash is stored. */
  sessionToken: string;
  csrfToken: string;
}

// Verified when the user is unknown or has no password yet, so every answer costs one argon2
// verification: without it an expert not yet activated answered in 66 ms and a stranger in 1.7 s.
const DUMMY_HASH =
  '$argon2id$v=19$m=65536,p=4,t=3$lbPpGXT42ojOblTbQ4GX8A$cDRmdRVMjcen++GAI9OP//SmJpDz9ISr+9VYeI7oqao';

const locked = (until: Date) =>
  new AppError('auth/locked', { params: { until: formatShanghaiMinute(until) } });

/**
 * Failures are counted per client address and user name, whether the name exists or not: five
 * wrong guesses from one address lock that address out of that name, answered alike for real
 * and unknown names, while the person signs in from anywhere else. The account's own count
 * (users.failed_sign_ins) is kept for the administrator and the trail, not enforced.
 */
export async function signIn(
  context: RequestContext,
  credentials: { username: string; password: string },
): Promise<SignInResult> {
  const { db, config } = context;
  const now = context.clock();
  const username = credentials.username.trim();
  const key = sha256Hex(`${context.clientIp ?? ''}\n${username.toLowerCase()}`);
  const access = { clientIp: context.clientIp, userAgent: context.userAgent };
  const account = await findAccountForSignIn(db, username);
  const who = { userId: account?.id ?? null, username: account?.username ?? username.slice(0, 64) };

  const lockedUntil = await findSignInLock(db, key, now);
  if (lockedUntil) {
    // Refused without looking at the password: guessing during the lock-out gains nothing.
    await logAccess(db, { ...access, ...who, event: 'sign-in-locked' });
    throw locked(lockedUntil);
  }
  const hasPassword = account !== undefined && account.passwordHash !== NO_PASSWORD;
  const verified = await verifyPassword(
    hasPassword ? account.passwordHash : DUMMY_HASH,
    credentials.password,
  );
  const passwordMatches = hasPassword && verified;

  if (!passwordMatches) {
    const lockStarted = await db.transaction(async (tx) => {
      const counted = await countKeyFailure(tx, key, now);
      if (counted.failed === null) {
        // Another attempt locked this address out of this name while the password was checked.
        await logAccess(tx, { ...access, ...who, event: 'sign-in-locked' });
        return counted.lockedUntil;
      }
      await logAccess(tx, { ...access, ...who, event: 'sign-in-failed' });
      const until = lockOutAfter(counted.failed, now, config.signIn);
      if (until) await lockKey(tx, key, until);
      if (account) {
        const total = await countSignInFailure(tx, account.id, now);
        if (until) await lockAccount(tx, account.id, until);
        await appendAudit(
          tx,
          { actorId: account.id, clientIp: context.clientIp },
          {
            action: until ? 'account.locked' : 'account.sign-in-failed',
            recordType: 'account',
            recordId: account.id,
            before: { failedSignIns: counted.failed - 1 },
            after: {
              failedSignIns: counted.failed,
              lockedUntil: until,
              accountFailedSignIns: total.failedSignIns,
            },
          },
        );
      }
      return until;
    });
    if (lockStarted) throw locked(lockStarted);
    throw new AppError('auth/invalid-credentials');
  }
  // From here the caller knows the password: the answers may say more.
  if (account.status === 'disabled') {
    await logAccess(db, { ...access, ...who, event: 'sign-in-failed' });
    throw new AppError('auth/account-disabled');
  }
  if (!config.demoMode && PUBLISHED_PASSWORDS.includes(credentials.password)) {
    await logAccess(db, { ...access, ...who, event: 'sign-in-failed' });
    throw new AppError('auth/published-password');
  }
  // A password set under an older, weaker policy works once more, to change it (API-enforced).
  const weak =
    !account.mustChangePassword &&
    checkPassword(
      credentials.password,
      {
        username: account.username,
        displayName: account.displayName,
        email: account.email,
        demoMode: config.demoMode,
      },
      config.password,
    ).some((p) => p.rule !== 'too-long');

  const sessionToken = randomToken();
  const csrfToken = randomToken();
  const audit = { actorId: account.id, clientIp: context.clientIp };
  await db.transaction(async (tx) => {
    // Decided in SQL: a lock-out started by a parallel guess still refuses the right password.
    const lockedMeanwhile = await clearKeyFailures(tx, key, now);
    if (lockedMeanwhile) throw locked(lockedMeanwhile);
    await recordSignInSuccess(tx, account.id, now);
    if (weak) {
      await requirePasswordChange(tx, account.id);
      await appendAudit(tx, audit, {
        action: 'account.password-change-required',
        recordType: 'account',
        recordId: account.id,
        after: { reason: 'password-policy' },
      });
    }
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
  return {
    account: { ...publicAccount, mustChangePassword: account.mustChangePassword || weak },
    sessionToken,
    csrfToken,
  };
}
