import type { Database, Transaction } from '../platform/db/database.js';
import type { ErrorCode } from '../platform/errors/error-catalogue.js';
import { AppError } from '../platform/errors/app-error.js';
import type { GuardResult } from '../platform/kernel/refusal.js';
import { articleLabel } from '../programmes/catalogue.js';
import type { AuditContext } from './audit-repository.js';
import { appendAudit } from './audit-repository.js';

/**
 * An entity with a workflow, as the one `transition()` sees it: how to ask its transitions table
 * (the pure guard of its core), what a refusal is called, and how its status is recorded.
 */
export interface Workflow<S extends string, F, A extends string> {
  /** The audit's record type and action prefix: `cycle` → `cycle.published`. */
  recordType: string;
  /** The status column as the audit entry names it: `stage`, `status`. */
  statusField: string;
  /** The error a refused guard becomes; it carries the guard's reason and clause. */
  refusedCode: ErrorCode;
  /** The core's guard over the transitions table: may these actors move it to `to` now? */
  check: (facts: F, to: S, actors: readonly A[], now: Date) => GuardResult;
}

/** One status change: from the status it was read in, to the next, with the facts the guard reads. */
export interface Move<S extends string, F, A extends string> {
  recordId: string;
  from: S;
  to: S;
  facts: F;
  actors: readonly A[];
  now: Date;
  /** The compare-and-set write (`UPDATE … WHERE id = $1 AND status = $from`): false when no row changed. */
  write: (tx: Transaction) => Promise<boolean>;
  /** What the audit entry records beyond the new status. */
  detail?: Record<string, unknown>;
}

/** The guard: returns when the move is allowed, else throws the workflow's refusal with its reason and clause. */
export function guardTransition<S extends string, F, A extends string>(
  workflow: Workflow<S, F, A>,
  move: Pick<Move<S, F, A>, 'facts' | 'to' | 'actors' | 'now'>,
): void {
  const verdict = workflow.check(move.facts, move.to, move.actors, move.now);
  if (verdict.ok) return;
  throw new AppError(workflow.refusedCode, {
    params: { reason: verdict.reason },
    ...(verdict.clause ? { clause: articleLabel(verdict.clause) } : {}),
  });
}

/**
 * Compare-and-set and audit, inside the caller's transaction: zero rows changed means someone
 * else moved it first (`record/conflict`), never a silent overwrite.
 */
export async function writeTransition<S extends string, F, A extends string>(
  tx: Transaction,
  audit: AuditContext,
  workflow: Workflow<S, F, A>,
  move: Pick<Move<S, F, A>, 'recordId' | 'from' | 'to' | 'write' | 'detail'>,
): Promise<void> {
  if (!(await move.write(tx))) throw new AppError('record/conflict');
  await appendAudit(tx, audit, {
    action: `${workflow.recordType}.${move.to}`,
    recordType: workflow.recordType,
    recordId: move.recordId,
    before: { [workflow.statusField]: move.from },
    after: { [workflow.statusField]: move.to, ...move.detail },
  });
}

/** Every status change of an entity with a workflow: guard → one transaction with compare-and-set and audit. */
export async function transition<S extends string, F, A extends string>(
  db: Database,
  audit: AuditContext,
  workflow: Workflow<S, F, A>,
  move: Move<S, F, A>,
): Promise<void> {
  guardTransition(workflow, move);
  await db.transaction((tx) => writeTransition(tx, audit, workflow, move));
}
