import type { Queryable } from '../platform/db/database.js';
import type { StoredHead } from './audit-heads-repository.js';
import { publishAuditHead } from './use-cases/publish-audit-head.js';

export interface AuditHeadSchedule {
  /** One check now: publishes today's head unless the day has one. */
  tick(): Promise<StoredHead | null>;
  /** Stops checking and waits for a check in progress. */
  stop(): Promise<void>;
}

/**
 * Each instance checks every `everyMs` (and once at start) that today's head is published. Any
 * number of instances may run it: the Beijing day is the table's key, so the first check of the
 * day writes the head and the others find the day taken.
 */
export function scheduleAuditHeads(
  db: Queryable,
  clock: () => Date,
  everyMs: number,
  onError: (error: unknown) => void,
): AuditHeadSchedule {
  let running: Promise<StoredHead | null> = Promise.resolve(null);
  let stopped = false;
  const tick = () => {
    running = running.catch(() => null).then(() => (stopped ? null : publishAuditHead(db, clock())));
    return running;
  };
  const check = () => void tick().catch(onError);
  const timer = setInterval(check, everyMs);
  timer.unref();
  check();
  return {
    tick,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running.catch(() => undefined);
    },
  };
}
