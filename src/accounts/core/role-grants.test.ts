import { describe, expect, it } from 'vitest';
import type { Actor } from './actor.js';
import { can } from './permissions.js';
import { canConfirmGrant, GRANT_CONFIRMERS, needsSecondPerson, splitGrants } from './role-grants.js';
import type { Role } from './roles.js';
import { ROLES } from './roles.js';

function person(id: string, ...roles: Role[]): Actor {
  return { id, username: id, displayName: id, roles: roles.map((role) => ({ role })), organisationId: null };
}

describe('roles a second person confirms', () => {
  it('covers every role that reads application material or the trail', () => {
    // Independent of the table: who reads applications (application-access.ts: the Office,
    // endorsers; experts their panel's) and who reads the trail (audit.read).
    const readers: Role[] = ['office_staff', 'locality_endorser', 'department_endorser', 'expert'];
    const trail = ROLES.filter((role) => can(person('x', role), 'audit.read').ok);
    for (const role of [...readers, ...trail]) expect(needsSecondPerson(role), role).toBe(true);
  });

  it('never lets the administrator confirm, nor name it as a confirmer', () => {
    for (const confirmers of Object.values(GRANT_CONFIRMERS))
      expect(confirmers).not.toContain('system_admin');
    expect(
      canConfirmGrant(person('admin', 'system_admin'), {
        role: 'auditor',
        programmeId: null,
        userId: 'u',
        requestedBy: 'a',
      }),
    ).toMatchObject({ ok: false, reason: 'role-required' });
  });

  it('splits a request into what is granted at once and what waits', () => {
    expect(
      splitGrants([{ role: 'committee_member' }, { role: 'office_staff' }, { role: 'government_approver' }]),
    ).toEqual({
      immediate: [{ role: 'committee_member' }, { role: 'government_approver' }],
      pending: [{ role: 'office_staff' }],
    });
  });

  it('lets an auditor confirm the first Office staff and another auditor', () => {
    const auditor = person('aud', 'auditor');
    expect(
      canConfirmGrant(auditor, {
        role: 'office_staff',
        programmeId: 'jinshui',
        userId: 'new',
        requestedBy: 'adm',
      }),
    ).toEqual({
      ok: true,
    });
    expect(
      canConfirmGrant(auditor, { role: 'auditor', programmeId: null, userId: 'new', requestedBy: 'adm' }),
    ).toEqual({
      ok: true,
    });
  });

  it('lets the Office confirm colleagues, endorsers and experts, but not auditors', () => {
    const office = person('off', 'office_staff');
    for (const role of ['office_staff', 'locality_endorser', 'department_endorser', 'expert'] as const)
      expect(
        canConfirmGrant(office, {
          role,
          programmeId: role === 'expert' ? null : 'jinshui',
          userId: 'new',
          requestedBy: 'adm',
        }).ok,
        role,
      ).toBe(true);
    expect(
      canConfirmGrant(office, { role: 'auditor', programmeId: null, userId: 'new', requestedBy: 'adm' }),
    ).toEqual({
      ok: false,
      reason: 'role-required',
      roles: ['auditor'],
    });
  });

  it('refuses the person who asked and the person who would get the role', () => {
    const auditor = person('aud', 'auditor');
    expect(
      canConfirmGrant(auditor, { role: 'auditor', programmeId: null, userId: 'new', requestedBy: 'aud' }),
    ).toEqual({
      ok: false,
      reason: 'same-person',
    });
    expect(
      canConfirmGrant(auditor, {
        role: 'office_staff',
        programmeId: 'jinshui',
        userId: 'aud',
        requestedBy: 'adm',
      }),
    ).toEqual({
      ok: false,
      reason: 'same-person',
    });
  });
});

describe('confirming within a programme (decision 0008)', () => {
  const officeOf = (programmeId: string): Actor => ({
    ...person(`office-${programmeId}`),
    roles: [{ role: 'office_staff', programmeId }],
  });

  it("lets a programme's Office confirm its own programme's grants, and never another's", () => {
    const grant = {
      role: 'office_staff' as const,
      programmeId: 'jinshui',
      userId: 'new',
      requestedBy: 'adm',
    };
    expect(canConfirmGrant(officeOf('jinshui'), grant)).toEqual({ ok: true });
    expect(canConfirmGrant(officeOf('zhengzhou-demo'), grant)).toEqual({
      ok: false,
      reason: 'other-programme',
    });
  });

  it('keeps an installation auditor grant to installation-wide auditors', () => {
    const grant = { role: 'auditor' as const, programmeId: null, userId: 'new', requestedBy: 'adm' };
    const programmeAuditor: Actor = { ...person('pa'), roles: [{ role: 'auditor', programmeId: 'jinshui' }] };
    expect(canConfirmGrant(programmeAuditor, grant)).toEqual({ ok: false, reason: 'other-programme' });
    expect(canConfirmGrant(person('ia', 'auditor'), grant)).toEqual({ ok: true });
  });

  it("lets any programme's Office vouch for an expert, a person who serves wherever a pool is shared", () => {
    const grant = { role: 'expert' as const, programmeId: null, userId: 'new', requestedBy: 'adm' };
    expect(canConfirmGrant(officeOf('zhengzhou-demo'), grant)).toEqual({ ok: true });
  });
});
