import type { WorkflowActor } from '../../cycles/core/cycle-stages.js';
import type { Workflow } from '../../audit/transition.js';
import { guardTransition, writeTransition } from '../../audit/transition.js';
import type { RequestContext } from '../../accounts/request-context.js';
import { auditContextOf } from '../../accounts/request-context.js';
import { rolesIn } from '../../accounts/core/actor.js';
import type { Transaction } from '../../platform/db/database.js';
import { writeStatus } from '../applications-repository.js';
import type { ApplicationContext, ApplicationStatus, OfficeDecision } from '../core/application-status.js';
import { canTransitionApplication } from '../core/application-status.js';
import type { LoadedApplication } from '../application-facts.js';
import { workflowContext } from '../application-facts.js';

export interface MoveOptions {
  /** The platform moves it (both endorsements in), rather than the person's roles. */
  asSystem?: boolean;
  decision?: OfficeDecision;
  changes?: Parameters<typeof writeStatus>[4];
  /** Audit detail beyond the status change. */
  detail?: Record<string, unknown>;
}

/** The application's workflow for `transition()`: its transitions table in the core, its status column. */
export const APPLICATION_WORKFLOW: Workflow<ApplicationStatus, ApplicationContext, WorkflowActor> = {
  recordType: 'application',
  statusField: 'status',
  refusedCode: 'application/transition-refused',
  check: (facts, to, actors, now) => canTransitionApplication(facts, to, actors, now),
};

/** Checks the guard of a status change and refuses with its reason and clause. */
export function assertCanMove(
  context: RequestContext,
  loaded: LoadedApplication,
  to: ApplicationStatus,
  options: MoveOptions = {},
): void {
  const actors: WorkflowActor[] = options.asSystem
    ? ['system']
    : rolesIn(context.actor, loaded.application.programmeId);
  guardTransition(APPLICATION_WORKFLOW, {
    facts: { ...workflowContext(loaded), ...(options.decision ? { decision: options.decision } : {}) },
    to,
    actors,
    now: context.clock(),
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
  await writeTransition(tx, auditContextOf(context, application.programmeId), APPLICATION_WORKFLOW, {
    recordId: application.id,
    from: application.status,
    to,
    write: (t) => writeStatus(t, application.id, application.status, to, options.changes),
    ...(options.detail ? { detail: options.detail } : {}),
  });
}
