import { appendAudit } from '../../audit/audit-repository.js';
import { logAccess } from '../../audit/access-log-repository.js';
import type { RequestContext } from '../request-context.js';
import { deleteSession } from '../sessions-repository.js';

export async function signOut(context: RequestContext, sessionTokenHash: string): Promise<void> {
  const actor = context.actor;
  await context.db.transaction(async (tx) => {
    await deleteSession(tx, sessionTokenHash);
    if (!actor) return;
    await appendAudit(
      tx,
      { actorId: actor.id, clientIp: context.clientIp },
      {
        action: 'account.signed-out',
        recordType: 'account',
        recordId: actor.id,
      },
    );
    await logAccess(tx, {
      userId: actor.id,
      username: actor.username,
      event: 'sign-out',
      clientIp: context.clientIp,
      userAgent: context.userAgent,
    });
  });
}
