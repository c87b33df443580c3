import { describe, expect, it, vi } from 'vitest';
import type { SignInPolicy } from '../../platform/config/config.js';
import type { AccountSignInState, SignInOutcome } from './sign-in-policy.js';
import { decideSignIn } from './sign-in-policy.js';

const policy: SignInPolicy = { maxFailedAttempts: 5, lockoutMinutes: 15 };
const MINUTE = 60_000;
const T0 = new Date('2025-03-01T08:00:00.000Z');

function at(msAfterT0: number): Date {
  return new Date(T0.getTime() + msAfterT0);
}

function fresh(overrides: Partial<AccountSignInState> = {}): AccountSignInState {
  return { status: 'active', failedSignIns: 0, lockedUntil: null, ...overrides };
}

/** A password check that records how often it was consulted. */
function password(matches: boolean) {
  return vi.fn(() => matches);
}

/** What the repository stores after an outcome (countSignInFailure / recordSignInSuccess). */
function applyOutcome(state: AccountSignInState, outcome: SignInOutcome): AccountSignInState {
  if (outcome.kind === 'rejected') {
    return { ...state, failedSignIns: outcome.failedSignIns, lockedUntil: outcome.lockedUntil };
  }
  if (outcome.kind === 'accepted') return { ...state, failedSignIns: 0, lockedUntil: null };
  return state;
}

describe('decideSignIn', () => {
  describe('accepted', () => {
    it('accepts an active account with the right password, consulting the password once', () => {
      const check = password(true);
      expect(decideSignIn(fresh(), check, T0, policy)).toEqual({ kind: 'accepted' });
      expect(check).toHaveBeenCalledTimes(1);
    });

    it('accepts after earlier failures below the limit', () => {
      expect(decideSignIn(fresh({ failedSignIns: 4 }), password(true), T0, policy)).toEqual({
        kind: 'accepted',
      });
    });
  });

  describe('failed attempts and lock-out', () => {
    it('rejects the first four failures without locking, counting each', () => {
      let state = fresh();
      for (let n = 1; n <= 4; n++) {
        const outcome = decideSignIn(state, password(false), at(n * 1000), policy);
        expect(outcome).toEqual({ kind: 'rejected', failedSignIns: n, lockedUntil: null });
        state = applyOutcome(state, outcome);
      }
      expect(state).toEqual(fresh({ failedSignIns: 4 }));
    });

    it('locks on the fifth failure for lockoutMinutes from that moment', () => {
      const now = at(5000);
      const outcome = decideSignIn(fresh({ failedSignIns: 4 }), password(false), now, policy);
      expect(outcome).toEqual({
        kind: 'rejected',
        failedSignIns: 5,
        lockedUntil: new Date(now.getTime() + 15 * MINUTE),
      });
    });

    it('walks five failures from a clean account into a lock, then refuses the right password', () => {
      let state = fresh();
      for (let n = 1; n <= 5; n++)
        state = applyOutcome(state, decideSignIn(state, password(false), T0, policy));
      expect(state.lockedUntil).toEqual(at(15 * MINUTE));
      expect(decideSignIn(state, password(true), at(MINUTE), policy)).toEqual({
        kind: 'locked',
        until: at(15 * MINUTE),
      });
    });

    it('follows the configured limit and lock-out duration', () => {
      const custom: SignInPolicy = { maxFailedAttempts: 3, lockoutMinutes: 1 };
      expect(decideSignIn(fresh({ failedSignIns: 1 }), password(false), T0, custom)).toEqual({
        kind: 'rejected',
        failedSignIns: 2,
        lockedUntil: null,
      });
      expect(decideSignIn(fresh({ failedSignIns: 2 }), password(false), T0, custom)).toEqual({
        kind: 'rejected',
        failedSignIns: 3,
        lockedUntil: at(MINUTE),
      });
    });

    it('locks when a stored count is already past the limit', () => {
      const outcome = decideSignIn(fresh({ failedSignIns: 9 }), password(false), T0, policy);
      expect(outcome).toEqual({ kind: 'rejected', failedSignIns: 10, lockedUntil: at(15 * MINUTE) });
    });

    it('does not alter the clock it is given', () => {
      const now = at(0);
      decideSignIn(fresh({ failedSignIns: 4 }), password(false), now, policy);
      expect(now).toEqual(T0);
    });
  });

  describe('while locked', () => {
    const until = at(15 * MINUTE);
    const locked = fresh({ failedSignIns: 5, lockedUntil: until });

    it.each([
      ['right', true],
      ['wrong', false],
    ])('refuses the %s password without consulting it', (_label, matches) => {
      const check = password(matches);
      expect(decideSignIn(locked, check, at(MINUTE), policy)).toEqual({ kind: 'locked', until });
      expect(check).not.toHaveBeenCalled();
    });

    it('does not count guesses made during the lock-out', () => {
      const outcome = decideSignIn(locked, password(false), at(MINUTE), policy);
      expect(outcome.kind).toBe('locked');
      expect(applyOutcome(locked, outcome)).toEqual(locked);
    });

    it('is still locked one millisecond before lockedUntil', () => {
      const check = password(true);
      expect(decideSignIn(locked, check, new Date(until.getTime() - 1), policy)).toEqual({
        kind: 'locked',
        until,
      });
      expect(check).not.toHaveBeenCalled();
    });

    it('is no longer locked exactly at lockedUntil', () => {
      const check = password(true);
      expect(decideSignIn(locked, check, new Date(until.getTime()), policy)).toEqual({ kind: 'accepted' });
      expect(check).toHaveBeenCalledTimes(1);
    });

    it('refuses a disabled account that is locked as locked, without consulting the password', () => {
      const check = password(true);
      expect(decideSignIn({ ...locked, status: 'disabled' }, check, at(MINUTE), policy)).toEqual({
        kind: 'locked',
        until,
      });
      expect(check).not.toHaveBeenCalled();
    });
  });

  describe('after the lock-out has expired', () => {
    const expired = fresh({ failedSignIns: 5, lockedUntil: at(15 * MINUTE) });
    const later = at(20 * MINUTE);

    it('accepts the right password', () => {
      expect(decideSignIn(expired, password(true), later, policy)).toEqual({ kind: 'accepted' });
    });

    it('starts the count afresh: the next failure is the first, and does not re-lock', () => {
      expect(decideSignIn(expired, password(false), later, policy)).toEqual({
        kind: 'rejected',
        failedSignIns: 1,
        lockedUntil: null,
      });
    });

    it('needs a full five new failures to lock again', () => {
      let state = expired;
      for (let n = 1; n <= 4; n++) {
        const outcome = decideSignIn(state, password(false), later, policy);
        expect(outcome).toEqual({ kind: 'rejected', failedSignIns: n, lockedUntil: null });
        state = applyOutcome(state, outcome);
      }
      expect(decideSignIn(state, password(false), later, policy)).toEqual({
        kind: 'rejected',
        failedSignIns: 5,
        lockedUntil: new Date(later.getTime() + 15 * MINUTE),
      });
    });

    it('restarts the count when the failure happens exactly at lockedUntil', () => {
      expect(decideSignIn(expired, password(false), at(15 * MINUTE), policy)).toEqual({
        kind: 'rejected',
        failedSignIns: 1,
        lockedUntil: null,
      });
    });
  });

  describe('disabled accounts', () => {
    it('tells a disabled account with the right password that it is disabled', () => {
      expect(decideSignIn(fresh({ status: 'disabled' }), password(true), T0, policy)).toEqual({
        kind: 'disabled',
      });
    });

    it('answers a wrong password on a disabled account as an ordinary rejection (no disclosure)', () => {
      expect(decideSignIn(fresh({ status: 'disabled' }), password(false), T0, policy)).toEqual({
        kind: 'rejected',
        failedSignIns: 1,
        lockedUntil: null,
      });
    });

    it('locks a disabled account after repeated wrong passwords, like any other', () => {
      expect(
        decideSignIn(fresh({ status: 'disabled', failedSignIns: 4 }), password(false), T0, policy),
      ).toEqual({
        kind: 'rejected',
        failedSignIns: 5,
        lockedUntil: at(15 * MINUTE),
      });
    });
  });
});
