import { describe, expect, it } from 'vitest';
import { isSessionAlive } from './session-policy.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const T0 = new Date('2025-03-01T08:00:00.000Z');
const policy = { idleTimeoutMinutes: 30 };

function at(ms: number): Date {
  return new Date(T0.getTime() + ms);
}

/** A session last used at T0 that may live at most 12 hours from T0. */
const session = { lastSeenAt: T0, expiresAt: at(12 * HOUR) };

describe('isSessionAlive', () => {
  describe('idle timeout', () => {
    it('is alive right after use', () => {
      expect(isSessionAlive(session, T0, policy)).toBe(true);
    });

    it('is alive one millisecond before the idle timeout', () => {
      expect(isSessionAlive(session, at(30 * MINUTE - 1), policy)).toBe(true);
    });

    it('is dead exactly at the idle timeout', () => {
      expect(isSessionAlive(session, at(30 * MINUTE), policy)).toBe(false);
    });

    it('is dead after the idle timeout', () => {
      expect(isSessionAlive(session, at(2 * HOUR), policy)).toBe(false);
    });

    it('measures idleness from the last use, not from the start', () => {
      const used = { lastSeenAt: at(3 * HOUR), expiresAt: session.expiresAt };
      expect(isSessionAlive(used, at(3 * HOUR + 30 * MINUTE - 1), policy)).toBe(true);
      expect(isSessionAlive(used, at(3 * HOUR + 30 * MINUTE), policy)).toBe(false);
    });

    it('follows the configured idle timeout', () => {
      const short = { idleTimeoutMinutes: 5 };
      expect(isSessionAlive(session, at(5 * MINUTE - 1), short)).toBe(true);
      expect(isSessionAlive(session, at(5 * MINUTE), short)).toBe(false);
      const long = { idleTimeoutMinutes: 120 };
      expect(isSessionAlive(session, at(119 * MINUTE), long)).toBe(true);
      expect(isSessionAlive(session, at(120 * MINUTE), long)).toBe(false);
    });
  });

  describe('absolute expiry', () => {
    const activeUntilEnd = (now: Date) => ({
      lastSeenAt: new Date(now.getTime() - MINUTE),
      expiresAt: at(12 * HOUR),
    });

    it('is alive one millisecond before expiresAt, however recently used', () => {
      const now = at(12 * HOUR - 1);
      expect(isSessionAlive(activeUntilEnd(now), now, policy)).toBe(true);
    });

    it('is dead exactly at expiresAt, however recently used', () => {
      const now = at(12 * HOUR);
      expect(isSessionAlive(activeUntilEnd(now), now, policy)).toBe(false);
    });

    it('is dead after expiresAt even if used a moment ago', () => {
      const now = at(13 * HOUR);
      expect(isSessionAlive({ lastSeenAt: now, expiresAt: at(12 * HOUR) }, now, policy)).toBe(false);
    });

    it('is dead when the maximum lifetime ends before the idle timeout would', () => {
      const nearlyOver = { lastSeenAt: T0, expiresAt: at(10 * MINUTE) };
      expect(isSessionAlive(nearlyOver, at(10 * MINUTE - 1), policy)).toBe(true);
      expect(isSessionAlive(nearlyOver, at(10 * MINUTE), policy)).toBe(false);
    });
  });
});
