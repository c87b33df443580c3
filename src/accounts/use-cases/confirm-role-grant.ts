import { appendAudit } from '../../audit/audit-repository.js';
import type { RequestContext } from '../request-context.js';
import { auditContextOf } from '../request-context.js';
import { AppError } from '../../platform/errors/app-error.js';
import type { Actor } from '../core/actor.js';
import { canConfirmGrant } from '../core/role-grants.js';
import { ROLE_NAMES } from '../core/roles.js';
import type { PendingGrantRecord } from '../role-grants-repository.js';
import { findPendingGrant, insertRole, takePendingGrant } from '../role-grants-repository.js';

/**
 * The second person confirms a role the administrator asked for; the account holds it from now.
 * Of two confirmations at once, one grants and the other is told it is already done.
 */
export async function confirmRoleGrant(
  context: RequestContext & { actor: Actor },
  grantId: string,
): Promise<PendingGrantRecord> {
  const grant = await findPendingGrant(context.db, grantId);
  if (!grant) throw new AppError('record/not-found');
  const decision = canConfirmGrant(context.actor, grant);
  if (!decision.ok) {
    if (decision.reason === 'same-person') throw new AppError('account/grant-same-person');
    if (decision.reason === 'other-programme') throw new AppError('record/not-found');
    const names = decision.roles.map((role) => ROLE_NAMES[role]);
    throw new AppError('permission/denied', {
      params: { roles: { zh: names.map((n) => n.zh).join('、'), en: names.map((n) => n.en).join(', ') } },
    });
  }
  await context.db.transaction(async (tx) => {
    if (!(await takePendingGrant(tx, grant.id))) throw new AppError('account/grant-already-decided');
    await insertRole(tx, grant.userId, grant);
    await appendAudit(tx, auditContextOf(context, grant.programmeId), {
      action: 'account.role-granted',
      recordType: 'account',
      recordId: grant.userId,
      after: {
        role: grant.role,
        programmeId: grant.programmeId,
        townId: grant.townId,
        departmentId: grant.departmentId,
        requestedBy: grant.requestedBy,
        requestedAt: grant.requestedAt,
        confirmedBy: context.actor.id,
      },
    });
  });
  return grant;
}
