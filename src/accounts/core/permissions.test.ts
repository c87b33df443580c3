import { describe, expect, it } from 'vitest';
import type { ApplicationScope } from '../../applications/core/application-access.js';
import { canViewApplication, endorsementKindFor } from '../../applications/core/application-access.js';
import type { Actor } from './actor.js';
import type { Action } from './permissions.js';
import { abilities, can, PERMISSIONS, scopeOf, scopeParameter } from './permissions.js';
import { rolesIn } from './actor.js';
import type { Role, RoleAssignment } from './roles.js';
import { ROLES } from './roles.js';

/**
 * The access rules stated as independent facts from the rules (Art. 5, 7, 14, 15, 25, 26) and
 * separation of duties (三员分立), not as a copy of PERMISSIONS: each test would fail if the
 * table granted a wrong role an action.
 */

const ACTIONS = Object.keys(PERMISSIONS) as Action[];

function actorWith(...roles: (Role | RoleAssignment)[]): Actor {
  return {
    id: '00000000-0000-0000-0000-000000000001',
    username: 'someone',
    displayName: 'Someone',
    roles: roles.map((r) => (typeof r === 'string' ? { role: r } : r)),
    organisationId: null,
  };
}

/** The roles that may take an action, found by asking `can` for each role alone. */
function holders(action: Action): Role[] {
  return ROLES.filter((role) => can(actorWith(role), action).ok);
}

/** Actions that change something: everything but reading and one's own account. */
const CHANGES = ACTIONS.filter((a) => !a.endsWith('.read') && a !== 'self.manage');

describe('PERMISSIONS (data quality)', () => {
  it('names only roles that exist, and never an empty list', () => {
    for (const rule of Object.values(PERMISSIONS)) {
      if (typeof rule === 'string') {
        expect(['anyone', 'signed-in']).toContain(rule);
        continue;
      }
      expect(rule.length).toBeGreaterThan(0);
      for (const role of rule) expect(ROLES).toContain(role);
    }
  });

  it('names each role once per action', () => {
    for (const rule of Object.values(PERMISSIONS)) {
      if (typeof rule !== 'string') expect(new Set(rule).size).toBe(rule.length);
    }
  });
});

describe('who may do what', () => {
  it('lets an anonymous visitor read the public pages and nothing else', () => {
    expect(abilities(null)).toEqual(['public.read']);
    expect(can(null, 'cycle.read')).toEqual({ ok: false, reason: 'not-signed-in' });
  });

  it('lets everyone signed in, whatever the role, manage their own account', () => {
    for (const role of ROLES) expect(can(actorWith(role), 'self.manage').ok).toBe(true);
    expect(can(actorWith(), 'self.manage').ok).toBe(true);
  });

  it('gives a signed-in account with no role nothing beyond the public pages and itself', () => {
    expect(abilities(actorWith()).sort()).toEqual(['public.read', 'self.manage']);
  });

  it('lets only the Office keep the pool and draw the panels (Art. 7, 26)', () => {
    expect(holders('expert.manage')).toEqual(['office_staff']);
  });

  it('lets only the Office run the preliminary check (Art. 15)', () => {
    expect(holders('application.check')).toEqual(['office_staff']);
  });

  it('lets only the chair approve the criteria, not the Office that drafted them (Art. 5)', () => {
    expect(holders('cycle.approve-criteria')).toEqual(['committee_chair']);
  });

  it('lets the Office draft programme rules and only the chair approve them, never the same holder', () => {
    expect(holders('rules.draft')).toEqual(['office_staff']);
    expect(holders('rules.approve')).toEqual(['committee_chair']);
    expect(holders('rules.read').sort()).toEqual(['committee_chair', 'office_staff']);
    for (const role of ROLES) {
      const actor = actorWith(role);
      expect(can(actor, 'rules.draft').ok && can(actor, 'rules.approve').ok, role).toBe(false);
    }
    expect(can(actorWith('committee_member'), 'rules.approve')).toEqual({
      ok: false,
      reason: 'role-required',
      roles: ['committee_chair'],
    });
    expect(can(null, 'rules.draft')).toEqual({ ok: false, reason: 'not-signed-in' });
  });

  it('lets only the organisation itself apply (Art. 14)', () => {
    expect(holders('application.apply')).toEqual(['applicant']);
  });

  it('lets only the town and department endorsers endorse (Art. 14)', () => {
    expect(holders('application.endorse').sort()).toEqual(['department_endorser', 'locality_endorser']);
  });

  it('never lets an expert approve, check, endorse, draw or administer: an expert acts only on themselves', () => {
    for (const action of CHANGES.filter((a) => a !== 'expert.self')) {
      expect(can(actorWith('expert'), action).ok, action).toBe(false);
    }
    expect(can(actorWith('expert'), 'expert.self').ok).toBe(true);
  });

  it('lets the auditor read the audit trail and access log, and change nothing but confirm role grants', () => {
    const auditor = actorWith('auditor');
    expect(can(auditor, 'audit.read').ok).toBe(true);
    expect(can(auditor, 'access-log.read').ok).toBe(true);
    expect(CHANGES.filter((action) => can(auditor, action).ok)).toEqual(['role-grant.confirm']);
  });

  it('lets only the auditor read the trail (the administrator’s actions are what it records)', () => {
    expect(holders('audit.read')).toEqual(['auditor']);
    expect(holders('access-log.read')).toEqual(['auditor']);
  });

  it('gives applicants and endorsers no staff powers', () => {
    for (const role of ['applicant', 'locality_endorser', 'department_endorser'] as const) {
      for (const action of ['cycle.read', 'cycle.manage', 'application.check', 'expert.manage'] as const) {
        expect(can(actorWith(role), action).ok, `${role} ${action}`).toBe(false);
      }
    }
  });
});

describe('separation of duties: no single role holds both sides of a pair', () => {
  const pairs: [Action, Action, string][] = [
    ['account.manage', 'audit.read', '三员分立: who administers is not who audits'],
    ['account.manage', 'access-log.read', '三员分立'],
    ['account.manage', 'role-grant.confirm', '三员分立: who asks for a role does not confirm it'],
    ['cycle.manage', 'cycle.approve-criteria', 'Art. 5: who drafts the criteria does not approve them'],
    ['application.apply', 'application.check', 'an applicant does not check its own application'],
    ['application.apply', 'application.endorse', 'an applicant does not endorse itself'],
    ['expert.self', 'expert.manage', 'an expert does not draw or exclude experts'],
    ['expert.self', 'application.check', 'an expert does not run the preliminary check'],
  ];

  it.each(pairs)('%s and %s (%s)', (a, b) => {
    const both = ROLES.filter((role) => can(actorWith(role), a).ok && can(actorWith(role), b).ok);
    expect(both).toEqual([]);
  });
});

describe('can', () => {
  it('tells an anonymous caller to sign in, and a signed-in one which roles would do', () => {
    expect(can(null, 'account.manage')).toEqual({ ok: false, reason: 'not-signed-in' });
    const refused = can(actorWith('expert'), 'cycle.read');
    expect(refused.ok).toBe(false);
    expect(refused).toMatchObject({ reason: 'role-required' });
    for (const role of (refused as { roles: readonly Role[] }).roles) {
      expect(can(actorWith('expert', role), 'cycle.read').ok).toBe(true);
    }
  });

  it('grants an action when any one role allows it, wherever it sits in the list', () => {
    expect(can(actorWith('expert', 'applicant', 'system_admin'), 'account.manage')).toEqual({ ok: true });
    expect(can(actorWith('auditor', 'expert', 'applicant'), 'audit.read')).toEqual({ ok: true });
  });

  it('counts a scoped role assignment as holding the role', () => {
    const actor = actorWith({ role: 'locality_endorser', townId: 3 });
    expect(can(actor, 'application.endorse')).toEqual({ ok: true });
  });
});

describe('abilities', () => {
  it('unites the abilities of several roles', () => {
    for (const a of ROLES) {
      for (const b of ROLES) {
        const union = new Set([...abilities(actorWith(a)), ...abilities(actorWith(b))]);
        expect(new Set(abilities(actorWith(a, b)))).toEqual(union);
      }
    }
  });

  it('agrees with can for every actor', () => {
    for (const actor of [null, actorWith(), ...ROLES.map((r) => actorWith(r))]) {
      expect(abilities(actor)).toEqual(ACTIONS.filter((action) => can(actor, action).ok));
    }
  });
});

describe('need to know: applications (Art. 25)', () => {
  const application: ApplicationScope = {
    programmeId: 'jinshui',
    organisationId: 'org-a',
    townId: 1,
    departmentId: 10,
    status: 'awaiting_endorsement',
  };
  const applicantOf = (organisationId: string): Actor => ({
    ...actorWith('applicant'),
    organisationId,
  });

  it('shows an application to its own organisation and never to another one', () => {
    expect(canViewApplication(applicantOf('org-a'), application)).toBe(true);
    expect(canViewApplication(applicantOf('org-b'), application)).toBe(false);
    for (const status of ['draft', 'submitted', 'accepted'] as const) {
      expect(canViewApplication(applicantOf('org-b'), { ...application, status })).toBe(false);
    }
  });

  it('shows it to the endorsers of its town and department, not of another', () => {
    expect(canViewApplication(actorWith({ role: 'locality_endorser', townId: 1 }), application)).toBe(true);
    expect(canViewApplication(actorWith({ role: 'locality_endorser', townId: 2 }), application)).toBe(false);
    expect(
      canViewApplication(actorWith({ role: 'department_endorser', departmentId: 10 }), application),
    ).toBe(true);
    expect(
      canViewApplication(actorWith({ role: 'department_endorser', departmentId: 11 }), application),
    ).toBe(false);
    expect(endorsementKindFor(actorWith({ role: 'locality_endorser', townId: 2 }), application)).toEqual([]);
  });

  it('keeps a draft from the endorsers until endorsement is asked', () => {
    const draft = { ...application, status: 'draft' as const };
    expect(canViewApplication(actorWith({ role: 'locality_endorser', townId: 1 }), draft)).toBe(false);
  });

  it('shows it to nobody else by role alone: not the administrator, auditor, committee or an expert', () => {
    for (const role of [
      'system_admin',
      'auditor',
      'committee_member',
      'committee_chair',
      'expert',
    ] as const) {
      expect(canViewApplication(actorWith(role), application), role).toBe(false);
    }
    expect(canViewApplication(null, application)).toBe(false);
  });
});

describe('roles held within a programme (decision 0008)', () => {
  const officeOf = (programmeId: string) => actorWith({ role: 'office_staff', programmeId });

  it('lets a role act in its own programme and answers another programme as not found', () => {
    expect(can(officeOf('jinshui'), 'cycle.manage', 'jinshui')).toEqual({ ok: true });
    expect(can(officeOf('jinshui'), 'cycle.manage', 'zhengzhou-demo')).toEqual({
      ok: false,
      reason: 'other-programme',
    });
    // The route's gate, before any record is read, needs only the role somewhere.
    expect(can(officeOf('zhengzhou-demo'), 'cycle.manage')).toEqual({ ok: true });
  });

  it('counts a role held installation-wide in every programme', () => {
    const auditor = actorWith({ role: 'auditor', programmeId: null });
    expect(can(auditor, 'audit.read', 'jinshui').ok).toBe(true);
    expect(can(auditor, 'audit.read', 'zhengzhou-demo').ok).toBe(true);
    expect(scopeOf(auditor, 'audit.read')).toEqual({ all: true });
  });

  it('keeps a role of another kind from lending its programme: a chair of A is no Office of A', () => {
    const chair = actorWith({ role: 'committee_chair', programmeId: 'jinshui' });
    expect(can(chair, 'cycle.manage', 'jinshui')).toMatchObject({ ok: false, reason: 'role-required' });
  });

  it('scopes lists to the programmes where the actor holds the action, and to none without it', () => {
    const both = actorWith(
      { role: 'office_staff', programmeId: 'jinshui' },
      { role: 'office_staff', programmeId: 'huiji' },
      { role: 'committee_chair', programmeId: 'zhengzhou-demo' },
    );
    expect(scopeParameter(scopeOf(both, 'cycle.manage'))?.sort()).toEqual(['huiji', 'jinshui']);
    expect(scopeParameter(scopeOf(both, 'rules.approve'))).toEqual(['zhengzhou-demo']);
    expect(scopeParameter(scopeOf(actorWith('expert'), 'cycle.manage'))).toEqual([]);
    expect(scopeParameter(scopeOf(null, 'public.read'))).toBeNull();
  });

  it('names the roles an actor holds in one programme, installation-wide ones included', () => {
    const person = actorWith(
      { role: 'committee_member', programmeId: 'jinshui' },
      { role: 'committee_chair', programmeId: 'zhengzhou-demo' },
      { role: 'expert', programmeId: null },
    );
    expect(rolesIn(person, 'jinshui').sort()).toEqual(['committee_member', 'expert']);
    expect(rolesIn(person, 'zhengzhou-demo').sort()).toEqual(['committee_chair', 'expert']);
  });

  it("shows an application to its own programme's Office only", () => {
    const application: ApplicationScope = {
      programmeId: 'jinshui',
      organisationId: 'org-a',
      townId: 1,
      departmentId: 10,
      status: 'submitted',
    };
    expect(canViewApplication(officeOf('jinshui'), application)).toBe(true);
    expect(canViewApplication(officeOf('zhengzhou-demo'), application)).toBe(false);
  });
});
