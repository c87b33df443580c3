import type { WorkflowActor } from '../../cycles/core/cycle-stages.js';
import { appendAudit } from '../../audit/audit-repository.js';
import type { RequestContext } from '../../accounts/request-context.js';
import { auditContextOf } from '../../accounts/request-context.js';
import type { Transaction } from '../../platform/db/database.js';
import { AppError } from '../../platform/errors/app-error.js';
import { articleLabel } from '../../programmes/catalogue.js';
import { writeStatus } from '../applications-repository.js';
import type { ApplicationStatus, OfficeDecision } from '../core/application-status.js';
import { canTransitionApplication } from '../core/application-status.js';
import type { LoadedApplication } from './application-facts.js';
import { workflowContext } from './application-facts.js';

export interface MoveOptions {
  /** The platform moves it (both endorsements in), rather than the person's roles. */
  asSystem?: boolean;
  decision?: OfficeDecision;
  changes?: Parameters<typeof writeStatus>[4];
  /** Audit detail beyond the status change. */
  detail?: Record<string, unknown>;
}

/** Checks the guard of a status change and refuses with its reason and clause. */
export function assertCanMove(
  context: RequestContext,
  loaded: LoadedApplication,
  to: ApplicationStatus,
  options: MoveOptions = {},
): void {
  const roles: WorkflowActor[] = options.asSystem
    ? ['system']
    : (context.actor?.roles.map((r) => r.role) ?? []);
  const verdict = canTransitionApplication(
    { ...workflowContext(loaded), ...(options.decision ? { decision: options.decision } : {}) },
    to,
    roles,
    context.clock(),
  );
  if (verdict.ok) return;
  throw new AppError('application/transition-refused', {
    params: { reason: verdict.reason },
    ...(verdict.clause ? { clause: articleLabel(verdict.clause) } : {}),
  });
}

/**
 * Every status write of an application: compare-and-set on the status it was read in, with its
 * audit entry, inside the caller's transaction. Zero rows means someone else moved it first.
 */
export async function writeMove(
  tx: Transaction,
  context: RequestContext,
  loaded: LoadedApplication,
  to: ApplicationStatus,
  options: MoveOptions = {},
): Promise<void> {
  const { application } = loaded;
  if (!(await writeStatus(tx, application.id, application.status, to, options.changes))) {
    throw new AppError('record/conflict');
  }
  await appendAudit(tx, auditContextOf(context), {
    action: `application.${to}`,
    recordType: 'application',
    recordId: application.id,
    before: { status: application.status },
    after: { status: to, ...options.detail },
  });
}
