import type { SessionPolicy } from '../../platform/config/config.js';

/** A session lives while it is used within the idle timeout and has not outlived its maximum. */
export function isSessionAlive(
  session: { lastSeenAt: Date; expiresAt: Date },
  now: Date,
  policy: Pick<SessionPolicy, 'idleTimeoutMinutes'>,
): boolean {
  const idleLimit = session.lastSeenAt.getTime() + policy.idleTimeoutMinutes * 60_000;
  return now.getTime() < idleLimit && now < session.expiresAt;
}
