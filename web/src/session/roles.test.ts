import { describe, expect, it } from 'vitest';
import { ASSIGNABLE_ROLES, mayOpen, rolesFor } from './roles.js';

describe('staff pages', () => {
  it('follow the abilities the server sends with the session', () => {
    const admin = { roles: ['system_admin'], abilities: ['account.manage', 'reference.manage'] };
    expect(mayOpen(admin, 'accounts')).toBe(true);
    expect(mayOpen(admin, 'reference')).toBe(true);
    expect(mayOpen(admin, 'audit')).toBe(false);
    expect(mayOpen({ roles: ['auditor'], abilities: ['audit.read', 'access-log.read'] }, 'accessLog')).toBe(
      true,
    );
  });

  it("fall back to the server's permission table when a session carries no abilities", () => {
    expect(mayOpen({ roles: ['auditor'] }, 'audit')).toBe(true);
    expect(mayOpen({ roles: ['office_staff'] }, 'audit')).toBe(false);
    expect(mayOpen({ roles: ['office_staff', 'system_admin'] }, 'accounts')).toBe(true);
    expect(mayOpen(undefined, 'accounts')).toBe(false);
  });

  it('name the roles a refused page needs, and never offer the applicant role to administrators', () => {
    expect(rolesFor('audit')).toEqual(['auditor']);
    expect(ASSIGNABLE_ROLES).not.toContain('applicant');
    expect(ASSIGNABLE_ROLES).toContain('expert');
  });
});
