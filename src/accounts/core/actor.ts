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
