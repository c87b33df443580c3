import type { Queryable } from '../../platform/db/database.js';
import { shanghaiDate } from '../../platform/kernel/time.js';
import { insertHead, readChainHead, type StoredHead } from '../audit-heads-repository.js';

/**
 * Publishes today's head (Beijing date): the newest entry, its hash and the number of entries.
 * The first run of the day wins; later runs, on this instance or another, return null. An empty
 * chain has no head to publish.
 */
export async function publishAuditHead(db: Queryable, now: Date): Promise<StoredHead | null> {
  const head = await readChainHead(db);
  if (!head) return null;
  return insertHead(db, { day: shanghaiDate(now), ...head }, now);
}
