import { describe, expect, it } from 'vitest';
import { checkRoleAssignments } from './role-assignments.js';
import type { Role, RoleAssignment } from './roles.js';
import { INSTALLATION_ROLES, ROLE_NAMES, ROLES } from './roles.js';

/** The rules below are about scope within one programme: each role held where it must be. */
const check = (roles: RoleAssignment[]) =>
  checkRoleAssignments(
    roles.map((r) => (INSTALLATION_ROLES.includes(r.role) ? r : { programmeId: 'jinshui', ...r })),
  );

const UNSCOPED_ROLES = ROLES.filter((r) => r !== 'locality_endorser' && r !== 'department_endorser');

const needsTown = (role: Role) => ({
  zh: `“${ROLE_NAMES[role].zh}”须选择所属镇（街道）`,
  en: `"${ROLE_NAMES[role].en}" needs a town / sub-district`,
});
const takesNoTown = (role: Role) => ({
  zh: `“${ROLE_NAMES[role].zh}”不应指定镇（街道）`,
  en: `"${ROLE_NAMES[role].en}" takes no town / sub-district`,
});
const needsDepartment = (role: Role) => ({
  zh: `“${ROLE_NAMES[role].zh}”须选择主管部门`,
  en: `"${ROLE_NAMES[role].en}" needs a competent department`,
});
const takesNoDepartment = (role: Role) => ({
  zh: `“${ROLE_NAMES[role].zh}”不应指定主管部门`,
  en: `"${ROLE_NAMES[role].en}" takes no department`,
});
const repeated = (role: Role) => ({
  zh: `角色“${ROLE_NAMES[role].zh}”重复`,
  en: `role "${ROLE_NAMES[role].en}" is repeated`,
});

describe('checkRoleAssignments', () => {
  it('requires at least one role', () => {
    expect(check([])).toEqual([{ zh: '至少需要一个角色', en: 'at least one role is needed' }]);
  });

  it('has exactly two scoped roles, the endorsers', () => {
    expect(UNSCOPED_ROLES).toHaveLength(ROLES.length - 2);
  });

  describe('locality_endorser (one town / sub-district)', () => {
    it('is valid with a town', () => {
      expect(check([{ role: 'locality_endorser', townId: 7 }])).toEqual([]);
    });

    it('accepts town id 0 as a chosen town', () => {
      expect(check([{ role: 'locality_endorser', townId: 0 }])).toEqual([]);
    });

    it.each([
      ['missing', {}],
      ['null', { townId: null }],
    ])('needs a town when townId is %s', (_label, scope) => {
      expect(check([{ role: 'locality_endorser', ...scope }])).toEqual([needsTown('locality_endorser')]);
    });

    it('takes no department', () => {
      expect(check([{ role: 'locality_endorser', townId: 7, departmentId: 2 }])).toEqual([
        takesNoDepartment('locality_endorser'),
      ]);
    });

    it('reports both problems when given a department instead of a town', () => {
      expect(check([{ role: 'locality_endorser', departmentId: 2 }])).toEqual([
        needsTown('locality_endorser'),
        takesNoDepartment('locality_endorser'),
      ]);
    });
  });

  describe('department_endorser (one competent department)', () => {
    it('is valid with a department', () => {
      expect(check([{ role: 'department_endorser', departmentId: 4 }])).toEqual([]);
    });

    it('accepts department id 0 as a chosen department', () => {
      expect(check([{ role: 'department_endorser', departmentId: 0 }])).toEqual([]);
    });

    it.each([
      ['missing', {}],
      ['null', { departmentId: null }],
    ])('needs a department when departmentId is %s', (_label, scope) => {
      expect(check([{ role: 'department_endorser', ...scope }])).toEqual([
        needsDepartment('department_endorser'),
      ]);
    });

    it('takes no town', () => {
      expect(check([{ role: 'department_endorser', departmentId: 4, townId: 1 }])).toEqual([
        takesNoTown('department_endorser'),
      ]);
    });

    it('reports both problems when given a town instead of a department', () => {
      expect(check([{ role: 'department_endorser', townId: 1 }])).toEqual([
        takesNoTown('department_endorser'),
        needsDepartment('department_endorser'),
      ]);
    });
  });

  describe.each(UNSCOPED_ROLES.map((r) => [r]))('%s (no scope)', (role) => {
    it('is valid without scope, or with explicit nulls', () => {
      expect(check([{ role }])).toEqual([]);
      expect(check([{ role, townId: null, departmentId: null }])).toEqual([]);
    });

    it('takes no town', () => {
      expect(check([{ role, townId: 1 }])).toEqual([takesNoTown(role)]);
    });

    it('takes no department', () => {
      expect(check([{ role, departmentId: 1 }])).toEqual([takesNoDepartment(role)]);
    });

    it('reports both when given both', () => {
      expect(check([{ role, townId: 0, departmentId: 0 }])).toEqual([
        takesNoTown(role),
        takesNoDepartment(role),
      ]);
    });
  });

  describe('duplicates', () => {
    it.each(ROLES.map((r) => [r]))('reports %s given twice, once', (role) => {
      const assignment: RoleAssignment =
        role === 'locality_endorser'
          ? { role, townId: 1 }
          : role === 'department_endorser'
            ? { role, departmentId: 1 }
            : { role };
      expect(check([assignment, assignment])).toEqual([repeated(role)]);
    });

    it('reports a role given three times at each repetition', () => {
      expect(check([{ role: 'expert' }, { role: 'expert' }, { role: 'expert' }])).toEqual([
        repeated('expert'),
        repeated('expert'),
      ]);
    });

    it('refuses an endorser for two towns (one town each)', () => {
      expect(
        check([
          { role: 'locality_endorser', townId: 1 },
          { role: 'locality_endorser', townId: 2 },
        ]),
      ).toEqual([repeated('locality_endorser')]);
    });

    it('reports a repeated role alongside its scope problems', () => {
      expect(check([{ role: 'expert' }, { role: 'expert', townId: 3 }])).toEqual([
        repeated('expert'),
        takesNoTown('expert'),
      ]);
    });

    it('does not count different roles as duplicates', () => {
      expect(check([{ role: 'expert' }, { role: 'committee_member' }])).toEqual([]);
    });
  });

  it('accepts a person holding several valid roles, including both endorser kinds', () => {
    expect(
      check([
        { role: 'office_staff' },
        { role: 'expert' },
        { role: 'locality_endorser', townId: 2 },
        { role: 'department_endorser', departmentId: 5 },
      ]),
    ).toEqual([]);
  });

  it('reports the problems of every assignment, in order', () => {
    expect(
      check([
        { role: 'locality_endorser' },
        { role: 'auditor', departmentId: 1 },
        { role: 'department_endorser' },
      ]),
    ).toEqual([
      needsTown('locality_endorser'),
      takesNoDepartment('auditor'),
      needsDepartment('department_endorser'),
    ]);
  });

  it('names the role in each language, never the internal role key', () => {
    const [problem] = check([{ role: 'committee_chair', townId: 1 }]);
    expect(problem?.zh).toContain('评委会主任');
    expect(problem?.en).toContain('Committee chair');
    expect(problem?.zh).not.toContain('committee_chair');
    expect(problem?.en).not.toContain('committee_chair');
  });
});

describe('separation of duties (三员分立)', () => {
  it('refuses one account holding both system administrator and auditor', () => {
    const problems = check([{ role: 'system_admin' }, { role: 'auditor' }]);
    expect(problems.map((p) => p.en)).toEqual([
      'the system administrator holds no other role: administering is kept apart from the work it administers',
    ]);
  });

  it.each(ROLES.filter((r) => r !== 'system_admin'))(
    'refuses the system administrator together with %s (issue 15.1: admin + office read every application)',
    (role) => {
      const scope =
        role === 'locality_endorser'
          ? { townId: 1 }
          : role === 'department_endorser'
            ? { departmentId: 1 }
            : {};
      const problems = check([{ role: 'system_admin' }, { role, ...scope }]);
      expect(problems).toHaveLength(1);
      expect(problems[0]!.zh).toBe('系统管理员不能兼任其他角色：管理与被管理的业务须由不同的人承担');
    },
  );

  it('accepts the system administrator alone, and office roles without it', () => {
    expect(check([{ role: 'system_admin' }])).toEqual([]);
    expect(check([{ role: 'office_staff' }, { role: 'committee_member' }])).toEqual([]);
  });
});

describe('the programme a role is held in (decision 0008)', () => {
  it('needs a programme for every role of the award, and names the role', () => {
    expect(checkRoleAssignments([{ role: 'office_staff' }])).toEqual([
      {
        zh: '“评委会办公室工作人员”须指定所属奖项',
        en: '"Committee Office staff" needs the programme it is held in',
      },
    ]);
    expect(checkRoleAssignments([{ role: 'locality_endorser', townId: 1, programmeId: 'jinshui' }])).toEqual(
      [],
    );
  });

  it('refuses a programme on an installation-wide role', () => {
    for (const role of INSTALLATION_ROLES) {
      expect(checkRoleAssignments([{ role, programmeId: 'jinshui' }]), role).toHaveLength(1);
    }
  });

  it('lets the auditor be of one programme or of the installation', () => {
    expect(checkRoleAssignments([{ role: 'auditor' }])).toEqual([]);
    expect(checkRoleAssignments([{ role: 'auditor', programmeId: 'jinshui' }])).toEqual([]);
  });

  it('lets one person hold a role in two programmes, but not twice in one', () => {
    expect(
      checkRoleAssignments([
        { role: 'office_staff', programmeId: 'jinshui' },
        { role: 'office_staff', programmeId: 'zhengzhou-demo' },
      ]),
    ).toEqual([]);
    expect(
      checkRoleAssignments([
        { role: 'office_staff', programmeId: 'jinshui' },
        { role: 'office_staff', programmeId: 'jinshui' },
      ]),
    ).toEqual([repeated('office_staff')]);
  });
});
