import { PERMISSIONS, type Action } from '../../../src/accounts/core/permissions.js';
import {
  EITHER_SCOPE_ROLES,
  INSTALLATION_ROLES,
  ROLES,
  type Role,
} from '../../../src/accounts/core/roles.js';

/** Every role of the award, in the order the process meets them (the server's own list). */
export const ROLE_KEYS = ROLES;
export type RoleKey = Role;

/** Roles held across the installation (no programme), and those held either way (the auditor). */
export { EITHER_SCOPE_ROLES, INSTALLATION_ROLES };

/** Roles an administrator may grant; applicants register themselves. */
export const ASSIGNABLE_ROLES: readonly RoleKey[] = ROLE_KEYS.filter((role) => role !== 'applicant');

/** The server action each staff page needs; the session lists the actions the person may take. */
export const PAGE_ACTIONS = {
  accounts: 'account.manage',
  roleGrants: 'role-grant.confirm',
  orgReset: 'organisation.reset-password',
  reference: 'reference.manage',
  audit: 'audit.read',
  accessLog: 'access-log.read',
  experts: 'expert.manage',
  conflicts: 'expert.manage',
  panels: 'expert.manage',
  invitations: 'expert.self',
  rulesVersions: 'rules.read',
  cycles: 'cycle.read',
  applications: 'application.check',
  endorsements: 'application.endorse',
  application: 'application.apply',
} as const satisfies Record<string, Action>;

export type StaffPage = keyof typeof PAGE_ACTIONS;

interface Person {
  roles: readonly string[];
  abilities?: readonly string[];
}

/** Whether the server would let this person use the page (it checks again on every request). */
export function mayOpen(person: Person | undefined, page: StaffPage): boolean {
  if (!person) return false;
  const action = PAGE_ACTIONS[page];
  if (person.abilities) return person.abilities.includes(action);
  const rule: string | readonly string[] = PERMISSIONS[action];
  return typeof rule !== 'string' && rule.some((role) => person.roles.includes(role));
}

/** The roles that may use a page, for the "not allowed" message. */
export function rolesFor(page: StaffPage): readonly RoleKey[] {
  const rule: string | readonly RoleKey[] = PERMISSIONS[PAGE_ACTIONS[page]];
  return typeof rule === 'string' ? [] : rule;
}

export function isRoleKey(value: string): value is RoleKey {
  return (ROLE_KEYS as readonly string[]).includes(value);
}
