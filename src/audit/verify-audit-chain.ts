import type { Queryable } from '../platform/db/database.js';
import type { ChainVerdict } from './core/audit-chain.js';
import { GENESIS_HASH, verifyChain } from './core/audit-chain.js';
import { headChecker, type HeadBreach, type PublishedHead } from './core/published-heads.js';
import { listHeads } from './audit-heads-repository.js';
import { readAuditBatch } from './audit-repository.js';

const BATCH = 5000;

export interface AuditVerification {
  ok: boolean;
  /** Entries verified before the first problem (all of them when intact). */
  checked: number;
  /** The first entry whose content or link does not match. */
  firstBroken?: (ChainVerdict & { ok: false })['firstBroken'];
  /** The newest entry and its hash (when the chain is intact). */
  head?: { id: number; hash: string };
  /**
   * The published heads compared: the chain must pass through each at its position. A breach
   * names the head that shows entries were deleted from the end, or rewritten and rehashed.
   */
  publishedHeads: { given: number; checked: number; breach?: HeadBreach };
}

/**
 * Recomputes the whole chain from the database, a batch at a time so memory stays flat, and
 * checks it passes through the published heads: those given (a file, another server's copy) or,
 * by default, those in the `audit_heads` table.
 */
export async function verifyAuditChain(
  db: Queryable,
  options: { heads?: readonly PublishedHead[] } = {},
): Promise<AuditVerification> {
  const heads = options.heads ?? (await listHeads(db));
  const checker = headChecker(heads);
  const published = (breach?: HeadBreach | null) => ({
    given: heads.length,
    checked: checker.checked,
    ...(breach ? { breach } : {}),
  });
  let state = { prevHash: GENESIS_HASH, checked: 0 };
  let afterId = 0;
  for (;;) {
    const batch = await readAuditBatch(db, afterId, BATCH);
    if (batch.length === 0) {
      const breach = checker.end(state.checked);
      if (breach) return { ok: false, checked: state.checked, publishedHeads: published(breach) };
      return {
        ok: true,
        checked: state.checked,
        ...(afterId > 0 ? { head: { id: afterId, hash: state.prevHash } } : {}),
        publishedHeads: published(),
      };
    }
    const verdict = verifyChain(batch, state);
    if (!verdict.ok) {
      return {
        ok: false,
        checked: verdict.checked,
        firstBroken: verdict.firstBroken,
        publishedHeads: published(),
      };
    }
    // Only entries that verified are compared with the heads.
    for (const [i, entry] of batch.entries()) {
      const breach = checker.see(entry, state.checked + i + 1);
      if (breach) return { ok: false, checked: state.checked + i, publishedHeads: published(breach) };
    }
    state = { prevHash: verdict.lastHash, checked: verdict.checked };
    afterId = batch[batch.length - 1]!.id;
  }
}
