import type { Queryable } from '../platform/db/database.js';
import type { ChainVerdict } from './core/audit-chain.js';
import { GENESIS_HASH, verifyChain } from './core/audit-chain.js';
import { readAuditBatch } from './audit-repository.js';

const BATCH = 5000;

/** Recomputes the whole chain from the database, a batch at a time so memory stays flat. */
export async function verifyAuditChain(db: Queryable): Promise<ChainVerdict> {
  let state = { prevHash: GENESIS_HASH, checked: 0 };
  let afterId = 0;
  for (;;) {
    const batch = await readAuditBatch(db, afterId, BATCH);
    if (batch.length === 0) return { ok: true, checked: state.checked };
    const verdict = verifyChain(batch, state);
    if (!verdict.ok) return { ok: false, checked: verdict.checked, firstBroken: verdict.firstBroken };
    state = { prevHash: verdict.lastHash, checked: verdict.checked };
    afterId = batch[batch.length - 1]!.id;
  }
}
