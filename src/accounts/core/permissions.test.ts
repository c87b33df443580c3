import { describe, expect, it } from 'vitest';
import type { Actor } from './actor.js';
import type { Action, Decision } from './permissions.js';
import { abilities, can, PERMISSIONS } from './permissions.js';
import type { Role, RoleAssignment } from './roles.js';
import { ROLES } from './roles.js';

/**
 * The access rules as the requirements state them, written out independently of PERMISSIONS so
 * that a change to the table (or to `can`) has to be made here as well.
 */
const SPEC: Record<Action, 'anyone' | 'signed-in' | readonly Role[]> = {
  'public.read': 'anyone',
  'self.manage': 'signed-in',
  'account.manage': ['system_admin'],
  'reference.manage': ['system_admin'],
  'audit.read': ['auditor'],
  'access-log.read': ['auditor'],
  'cycle.manage': ['office_staff'],
  'cycle.approve-criteria': ['committee_chair'],
  'cycle.read': ['office_staff', 'committee_chair', 'committee_member'],
  'application.apply': ['applicant'],
  'application.endorse': ['locality_endorser', 'department_endorser'],
  'application.check': ['office_staff'],
  'expert.manage': ['office_staff'],
  'expert.self': ['expert'],
};

const ACTIONS = Object.keys(SPEC) as Action[];

function actorWith(...roles: (Role | RoleAssignment)[]): Actor {
  return {
    id: '00000000-0000-0000-0000-000000000001',
    username: 'someone',
    displayName: 'Someone',
    roles: roles.map((r) => (typeof r === 'string' ? { role: r } : r)),
    organisationId: null,
  };
}

function expectedDecision(roles: readonly Role[] | null, action: Action): Decision {
  const rule = SPEC[action];
  if (rule === 'anyone') return { ok: true };
  if (roles === null) return { ok: false, reason: 'not-signed-in' };
  if (rule === 'signed-in') return { ok: true };
  return rule.some((r) => roles.includes(r))
    ? { ok: true }
    : { ok: false, reason: 'role-required', roles: rule };
}

describe('PERMISSIONS', () => {
  it('names exactly the actions this test specifies', () => {
    expect(Object.keys(PERMISSIONS).sort()).toEqual([...ACTIONS].sort());
  });

  it('only names roles that exist', () => {
    for (const rule of Object.values(PERMISSIONS)) {
      if (typeof rule === 'string') continue;
      expect(rule.length).toBeGreaterThan(0);
      for (const role of rule) expect(ROLES).toContain(role);
    }
  });
});

describe('can', () => {
  describe('anonymous (no actor)', () => {
    it('may read public pages', () => {
      expect(can(null, 'public.read')).toEqual({ ok: true });
    });

    it.each(ACTIONS.filter((a) => SPEC[a] !== 'anyone'))('is told to sign in for %s', (action) => {
      expect(can(null, action)).toEqual({ ok: false, reason: 'not-signed-in' });
    });
  });

  describe.each(ROLES.map((role) => [role]))('an actor holding only %s', (role) => {
    it.each(ACTIONS)('%s', (action) => {
      expect(can(actorWith(role), action)).toEqual(expectedDecision([role], action));
    });
  });

  describe('a signed-in actor with no roles', () => {
    it('may read public pages and manage themselves', () => {
      expect(can(actorWith(), 'public.read')).toEqual({ ok: true });
      expect(can(actorWith(), 'self.manage')).toEqual({ ok: true });
    });

    it('is refused role-restricted actions with role-required, not not-signed-in', () => {
      expect(can(actorWith(), 'account.manage')).toEqual({
        ok: false,
        reason: 'role-required',
        roles: ['system_admin'],
      });
      expect(can(actorWith(), 'audit.read')).toEqual({
        ok: false,
        reason: 'role-required',
        roles: ['auditor'],
      });
    });
  });

  describe('multi-role actors', () => {
    const combinations: Role[][] = [
      ['expert', 'committee_member'],
      ['office_staff', 'system_admin'],
      ['auditor', 'expert'],
      ['system_admin', 'auditor'],
      ['applicant', 'locality_endorser', 'government_approver'],
      [...ROLES],
    ];

    describe.each(combinations.map((roles) => [roles.join('+'), roles] as const))('%s', (_name, roles) => {
      it.each(ACTIONS)('%s', (action) => {
        expect(can(actorWith(...roles), action)).toEqual(expectedDecision(roles, action));
      });
    });

    it('grants an action when any one of the roles allows it, wherever it sits in the list', () => {
      expect(can(actorWith('expert', 'applicant', 'system_admin'), 'account.manage')).toEqual({ ok: true });
      expect(can(actorWith('auditor', 'expert', 'applicant'), 'audit.read')).toEqual({ ok: true });
    });

    it('names every role that would do when an action allows several', () => {
      const anyOf = SPEC['cycle.read'];
      expect(Array.isArray(anyOf) && anyOf.length).toBeGreaterThan(1);
      expect(can(actorWith('expert'), 'cycle.read')).toEqual({
        ok: false,
        reason: 'role-required',
        roles: anyOf,
      });
      for (const role of anyOf as readonly Role[]) {
        expect(can(actorWith('expert', role), 'cycle.read')).toEqual({ ok: true });
      }
    });

    it('counts a scoped role assignment as holding the role', () => {
      const actor = actorWith({ role: 'locality_endorser', townId: 3 }, { role: 'auditor' });
      expect(can(actor, 'access-log.read')).toEqual({ ok: true });
    });
  });

  describe('separation of duties (三员分立)', () => {
    it.each(['audit.read', 'access-log.read'] as const)(
      'refuses %s to the system administrator, naming the auditor role',
      (action) => {
        expect(can(actorWith('system_admin'), action)).toEqual({
          ok: false,
          reason: 'role-required',
          roles: ['auditor'],
        });
      },
    );

    it.each(['account.manage', 'reference.manage'] as const)('refuses %s to the auditor', (action) => {
      expect(can(actorWith('auditor'), action)).toEqual({
        ok: false,
        reason: 'role-required',
        roles: ['system_admin'],
      });
    });

    it('lets the auditor read the trail and the system administrator manage accounts', () => {
      expect(can(actorWith('auditor'), 'audit.read')).toEqual({ ok: true });
      expect(can(actorWith('system_admin'), 'account.manage')).toEqual({ ok: true });
    });
  });
});

describe('abilities', () => {
  it('gives an anonymous visitor only the public pages', () => {
    expect(abilities(null)).toEqual(['public.read']);
  });

  it('gives a signed-in actor with no roles public reading and self-management only', () => {
    expect(abilities(actorWith())).toEqual(['public.read', 'self.manage']);
  });

  it('gives the system administrator account and reference management but not the audit trail', () => {
    const granted = abilities(actorWith('system_admin'));
    expect(granted).toEqual(['public.read', 'self.manage', 'account.manage', 'reference.manage']);
    expect(granted).not.toContain('audit.read');
    expect(granted).not.toContain('access-log.read');
  });

  it('gives the auditor the audit trail and access log but no administration', () => {
    expect(abilities(actorWith('auditor'))).toEqual([
      'public.read',
      'self.manage',
      'audit.read',
      'access-log.read',
    ]);
  });

  it('unites the abilities of several roles', () => {
    for (const a of ROLES) {
      for (const b of ROLES) {
        const union = new Set([...abilities(actorWith(a)), ...abilities(actorWith(b))]);
        expect(new Set(abilities(actorWith(a, b)))).toEqual(union);
      }
    }
  });

  it('gives someone holding every role every action', () => {
    expect([...abilities(actorWith(...ROLES))].sort()).toEqual([...ACTIONS].sort());
  });

  it('lists the actions in the order of the permission table', () => {
    const all = abilities(actorWith(...ROLES));
    expect(all).toEqual(Object.keys(PERMISSIONS));
  });

  const cases: { name: string; roles: Role[] | null }[] = [
    { name: 'anonymous', roles: null },
    { name: 'no roles', roles: [] },
    ...ROLES.map((role) => ({ name: role, roles: [role] })),
    { name: 'expert+auditor', roles: ['expert', 'auditor'] },
  ];

  it.each(cases)('agrees with the rules for $name', ({ roles }) => {
    const actor = roles === null ? null : actorWith(...roles);
    const expected = ACTIONS.filter((action) => expectedDecision(roles, action).ok);
    expect([...abilities(actor)].sort()).toEqual(expected.sort());
  });
});
