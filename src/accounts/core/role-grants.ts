import type { Actor } from './actor.js';
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
  /** The programme the role is asked for in; null for an installation-wide role. */
  programmeId: string | null;
  userId: string;
  requestedBy: string | null;
}

export type GrantDecision =
  | { ok: true }
  | { ok: false; reason: 'role-required'; roles: readonly Role[] }
  | { ok: false; reason: 'same-person' }
  /** A confirming role held in other programmes only: the grant is not the confirmer's to see. */
  | { ok: false; reason: 'other-programme' };

/**
 * Roles held across the installation for a person, not a post (an expert serves wherever a pool
 * is shared): a confirmer of any programme vouches for them. Every other installation-wide grant
 * (an installation auditor) needs a confirmer who holds the role installation-wide.
 */
const PERSONAL_ROLES: readonly Role[] = ['expert'];

/**
 * Whether this person may confirm this grant: a confirming role held where the grant is (its
 * programme, or installation-wide), and neither asker nor grantee.
 */
export function canConfirmGrant(confirmer: Actor, grant: PendingGrant): GrantDecision {
  const confirmers = GRANT_CONFIRMERS[grant.role] ?? [];
  const held = confirmer.roles.filter((r) => confirmers.includes(r.role));
  if (held.length === 0) return { ok: false, reason: 'role-required', roles: confirmers };
  const inScope = held.some((r) =>
    grant.programmeId === null
      ? r.programmeId == null || PERSONAL_ROLES.includes(grant.role)
      : r.programmeId == null || r.programmeId === grant.programmeId,
  );
  if (!inScope) return { ok: false, reason: 'other-programme' };
  if (confirmer.id === grant.requestedBy || confirmer.id === grant.userId)
    return { ok: false, reason: 'same-person' };
  return { ok: true };
}
