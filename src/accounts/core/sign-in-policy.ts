import type { SignInPolicy } from '../../platform/config/config.js';

export interface AccountSignInState {
  status: 'active' | 'disabled';
  failedSignIns: number;
  lockedUntil: Date | null;
}

export type SignInOutcome =
  | { kind: 'accepted' }
  | { kind: 'disabled' }
  | { kind: 'locked'; until: Date }
  | { kind: 'rejected'; failedSignIns: number; lockedUntil: Date | null };

/**
 * Decides a sign-in attempt. A locked account is refused without looking at the password, so
 * guessing during the lock-out gains nothing; the failure that reaches the limit starts the lock.
 */
export function decideSignIn(
  state: AccountSignInState,
  passwordMatches: () => boolean,
  now: Date,
  policy: SignInPolicy,
): SignInOutcome {
  if (state.lockedUntil && state.lockedUntil > now) return { kind: 'locked', until: state.lockedUntil };
  // After a lock-out ends the count starts afresh.
  const failedSoFar = state.lockedUntil ? 0 : state.failedSignIns;
  if (!passwordMatches()) {
    const failedSignIns = failedSoFar + 1;
    return { kind: 'rejected', failedSignIns, lockedUntil: lockOutAfter(failedSignIns, now, policy) };
  }
  if (state.status === 'disabled') return { kind: 'disabled' };
  return { kind: 'accepted' };
}

/**
 * Whether a failure brings the count to the limit, and until when the account is then locked. The
 * count is the one the database returned after adding this failure, so that parallel failures
 * are each counted (decideSignIn's own count reads the state from before the password check).
 */
export function lockOutAfter(failedSignIns: number, now: Date, policy: SignInPolicy): Date | null {
  return failedSignIns >= policy.maxFailedAttempts
    ? new Date(now.getTime() + policy.lockoutMinutes * 60_000)
    : null;
}
