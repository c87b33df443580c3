import type { Queryable } from '../platform/db/database.js';
import type { ChainVerdict } from './core/audit-chain.js';
import { GENESIS_HASH, verifyChain } from './core/audit-chain.js';
import { readAuditBatch } from './audit-repository.js';

const BATCH = 5000;

export type AuditVerification = ChainVerdict & {
  /**
   * The newest entry and its hash. A chain cannot show that entries were cut from its end: write
   * the head down outside the platform (minutes, a signed report) and compare it next time.
   */
  head?: { id: number; hash: string };
};

/** Recomputes the whole chain from the database, a batch at a time so memory stays flat. */
export async function verifyAuditChain(db: Queryable): Promise<AuditVerification> {
  let state = { prevHash: GENESIS_HASH, checked: 0 };
  let afterId = 0;
  for (;;) {
    const batch = await readAuditBatch(db, afterId, BATCH);
    if (batch.length === 0) {
      return {
        ok: true,
        checked: state.checked,
        ...(afterId > 0 ? { head: { id: afterId, hash: state.prevHash } } : {}),
      };
    }
    const verdict = verifyChain(batch, state);
    if (!verdict.ok) return { ok: false, checked: verdict.checked, firstBroken: verdict.firstBroken };
    state = { prevHash: verdict.lastHash, checked: verdict.checked };
    afterId = batch[batch.length - 1]!.id;
  }
}
