import type { Actor } from './actor.js';
import { hasRole } from './actor.js';
import type { Role, RoleAssignment } from './roles.js';

/**
 * Roles that read application material (Art. 25) or the trail, which the administrator may ask
 * for but not grant alone (MLPS 2.0 三员分立): a second person holding one of the listed roles
 * confirms. The Office vouches for its colleagues, endorsers and experts; the auditor for the
 * first Office staff and for auditors (the first auditor is created at installation,
 * `npm run admin:init`). Committee and approver roles read no application material yet; they join
 * this table when the review steps give them some.
 */
export const GRANT_CONFIRMERS: Partial<Record<Role, readonly Role[]>> = {
  office_staff: ['office_staff', 'auditor'],
  auditor: ['auditor'],
  locality_endorser: ['office_staff'],
  department_endorser: ['office_staff'],
  expert: ['office_staff'],
};

export function needsSecondPerson(role: Role): boolean {
  return GRANT_CONFIRMERS[role] !== undefined;
}

/** The roles an administrator's request grants at once, and those that wait for confirmation. */
export function splitGrants(roles: readonly RoleAssignment[]): {
  immediate: RoleAssignment[];
  pending: RoleAssignment[];
} {
  return {
    immediate: roles.filter((r) => !needsSecondPerson(r.role)),
    pending: roles.filter((r) => needsSecondPerson(r.role)),
  };
}

export interface PendingGrant {
  role: Role;
  userId: string;
  requestedBy: string | null;
}

export type GrantDecision =
  | { ok: true }
  | { ok: false; reason: 'role-required'; roles: readonly Role[] }
  | { ok: false; reason: 'same-person' };

/** Whether this person may confirm this grant: a confirming role, and neither asker nor grantee. */
export function canConfirmGrant(confirmer: Actor, grant: PendingGrant): GrantDecision {
  const confirmers = GRANT_CONFIRMERS[grant.role] ?? [];
  if (!confirmers.some((role) => hasRole(confirmer, role)))
    return { ok: false, reason: 'role-required', roles: confirmers };
  if (confirmer.id === grant.requestedBy || confirmer.id === grant.userId)
    return { ok: false, reason: 'same-person' };
  return { ok: true };
}
