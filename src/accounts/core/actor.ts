import type { Role, RoleAssignment } from './roles.js';

/** The signed-in person a request acts for; the pure core decides from this alone. */
export interface Actor {
  id: string;
  username: string;
  displayName: string;
  roles: RoleAssignment[];
  /** The organisation an applicant account acts for. */
  organisationId: string | null;
}

export function hasRole(actor: Actor | null, role: Role): boolean {
  return actor?.roles.some((r) => r.role === role) ?? false;
}

/** The roles the actor holds in the programme: those held in it and those held installation-wide. */
export function rolesIn(actor: Actor | null, programmeId: string): Role[] {
  return (actor?.roles ?? [])
    .filter((r) => r.programmeId == null || r.programmeId === programmeId)
    .map((r) => r.role);
}
