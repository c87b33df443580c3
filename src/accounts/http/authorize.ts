import type { FastifyRequest } from 'fastify';
import '../../platform/http/request-context.js';
import { AppError } from '../../platform/errors/app-error.js';
import type { Actor } from '../core/actor.js';
import type { Action } from '../core/permissions.js';
import { can, scopeOf } from '../core/permissions.js';
import type { ProgrammeOwnedRecord } from '../../programmes/record-programmes-repository.js';
import { programmeOfRecord } from '../../programmes/record-programmes-repository.js';
import { ROLE_NAMES } from '../core/roles.js';
import type { RequestContext } from '../request-context.js';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    /** SHA-256 of the session cookie's token, when the request carries a live session. */
    sessionTokenHash: string | null;
    sessionCsrfToken: string | null;
    /** The request carried a session cookie that is no longer valid. */
    sessionExpired: boolean;
    /** The signed-in account must change its password before anything else (password-change-gate.ts). */
    passwordChangeRequired: boolean;
  }
}

export function contextOf(request: FastifyRequest): RequestContext {
  return {
    ...request.server.services,
    actor: request.actor,
    clientIp: request.ip ?? null,
    userAgent: request.headers['user-agent']?.slice(0, 500) ?? null,
  };
}

/**
 * The one gate every route passes: yes, or an error saying why not. With `conceal`, a refusal
 * answers "not found", for records the caller may not even know exist (Art. 25).
 */
export function authorize(
  request: FastifyRequest,
  action: Action,
  options: { conceal?: boolean } = {},
): RequestContext {
  const decision = can(request.actor, action);
  if (!decision.ok) {
    if (decision.reason === 'not-signed-in') {
      throw new AppError(request.sessionExpired ? 'auth/session-expired' : 'auth/required');
    }
    if (options.conceal || decision.reason === 'other-programme') throw new AppError('record/not-found');
    const names = decision.roles.map((role) => ROLE_NAMES[role]);
    throw new AppError('permission/denied', {
      params: { roles: { zh: names.map((n) => n.zh).join('、'), en: names.map((n) => n.en).join(', ') } },
    });
  }
  return contextOf(request);
}

/** For routes that need a signed-in person, typed so the use case sees a non-null actor. */
export function requireActor(request: FastifyRequest): RequestContext & { actor: Actor } {
  const context = authorize(request, 'self.manage');
  return context as RequestContext & { actor: Actor };
}

/**
 * The record's own programme decides (decision 0008): a role held only in other programmes
 * answers "not found", exactly as for a record that does not exist, so an office worker of one
 * district learns nothing of another's. Call once the record's programme is read.
 */
export function requireInProgramme(actor: Actor | null, action: Action, programmeId: string): void {
  if (!can(actor, action, programmeId).ok) throw new AppError('record/not-found');
}

/**
 * Resolves the record's programme and lets the caller act on it there, else "not found" — the
 * same answer as for an id that does not exist. Routes call it right after `authorize`.
 */
export async function requireRecordInProgramme(
  context: RequestContext,
  action: Action,
  kind: ProgrammeOwnedRecord,
  id: string,
): Promise<string> {
  const programmeId = await programmeOfRecord(context.db, kind, id);
  if (programmeId === undefined) throw new AppError('record/not-found');
  requireInProgramme(context.actor, action, programmeId);
  return programmeId;
}

/**
 * The programme a new record is made in: the caller's only programme for the action. Someone
 * acting in several (or installation-wide) must say which, until the workspace lets them choose.
 */
export function actingProgramme(actor: Actor | null, action: Action): string {
  const scope = scopeOf(actor, action);
  if (!scope.all && scope.programmeIds.length === 1) return scope.programmeIds[0]!;
  throw new AppError('programme/required');
}
