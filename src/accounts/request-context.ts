import type { AuditContext } from '../audit/audit-repository.js';
import type { Services } from '../platform/context.js';
import type { Actor } from './core/actor.js';

/** The services, and who is asking from where: what every use case receives. */
export interface RequestContext extends Services {
  actor: Actor | null;
  clientIp: string | null;
  userAgent: string | null;
}

/** Who acts from where, and in which programme when the record's programme is known. */
export function auditContextOf(context: RequestContext, programmeId?: string | null): AuditContext {
  return { actorId: context.actor?.id ?? null, clientIp: context.clientIp, programmeId: programmeId ?? null };
}
