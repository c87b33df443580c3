import { describe, expect, it } from 'vitest';
import { checkRoleAssignments } from './role-assignments.js';
import type { Role, RoleAssignment } from './roles.js';
import { ROLE_NAMES, ROLES } from './roles.js';

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
    expect(checkRoleAssignments([])).toEqual([{ zh: '至少需要一个角色', en: 'at least one role is needed' }]);
  });

  it('has exactly two scoped roles, the endorsers', () => {
    expect(UNSCOPED_ROLES).toHaveLength(ROLES.length - 2);
  });

  describe('locality_endorser (one town / sub-district)', () => {
    it('is valid with a town', () => {
      expect(checkRoleAssignments([{ role: 'locality_endorser', townId: 7 }])).toEqual([]);
    });

    it('accepts town id 0 as a chosen town', () => {
      expect(checkRoleAssignments([{ role: 'locality_endorser', townId: 0 }])).toEqual([]);
    });

    it.each([
      ['missing', {}],
      ['null', { townId: null }],
    ])('needs a town when townId is %s', (_label, scope) => {
      expect(checkRoleAssignments([{ role: 'locality_endorser', ...scope }])).toEqual([
        needsTown('locality_endorser'),
      ]);
    });

    it('takes no department', () => {
      expect(checkRoleAssignments([{ role: 'locality_endorser', townId: 7, departmentId: 2 }])).toEqual([
        takesNoDepartment('locality_endorser'),
      ]);
    });

    it('reports both problems when given a department instead of a town', () => {
      expect(checkRoleAssignments([{ role: 'locality_endorser', departmentId: 2 }])).toEqual([
        needsTown('locality_endorser'),
        takesNoDepartment('locality_endorser'),
      ]);
    });
  });

  describe('department_endorser (one competent department)', () => {
    it('is valid with a department', () => {
      expect(checkRoleAssignments([{ role: 'department_endorser', departmentId: 4 }])).toEqual([]);
    });

    it('accepts department id 0 as a chosen department', () => {
      expect(checkRoleAssignments([{ role: 'department_endorser', departmentId: 0 }])).toEqual([]);
    });

    it.each([
      ['missing', {}],
      ['null', { departmentId: null }],
    ])('needs a department when departmentId is %s', (_label, scope) => {
      expect(checkRoleAssignments([{ role: 'department_endorser', ...scope }])).toEqual([
        needsDepartment('department_endorser'),
      ]);
    });

    it('takes no town', () => {
      expect(checkRoleAssignments([{ role: 'department_endorser', departmentId: 4, townId: 1 }])).toEqual([
        takesNoTown('department_endorser'),
      ]);
    });

    it('reports both problems when given a town instead of a department', () => {
      expect(checkRoleAssignments([{ role: 'department_endorser', townId: 1 }])).toEqual([
        takesNoTown('department_endorser'),
        needsDepartment('department_endorser'),
      ]);
    });
  });

  describe.each(UNSCOPED_ROLES.map((r) => [r]))('%s (no scope)', (role) => {
    it('is valid without scope, or with explicit nulls', () => {
      expect(checkRoleAssignments([{ role }])).toEqual([]);
      expect(checkRoleAssignments([{ role, townId: null, departmentId: null }])).toEqual([]);
    });

    it('takes no town', () => {
      expect(checkRoleAssignments([{ role, townId: 1 }])).toEqual([takesNoTown(role)]);
    });

    it('takes no department', () => {
      expect(checkRoleAssignments([{ role, departmentId: 1 }])).toEqual([takesNoDepartment(role)]);
    });

    it('reports both when given both', () => {
      expect(checkRoleAssignments([{ role, townId: 0, departmentId: 0 }])).toEqual([
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
      expect(checkRoleAssignments([assignment, assignment])).toEqual([repeated(role)]);
    });

    it('reports a role given three times at each repetition', () => {
      expect(checkRoleAssignments([{ role: 'expert' }, { role: 'expert' }, { role: 'expert' }])).toEqual([
        repeated('expert'),
        repeated('expert'),
      ]);
    });

    it('refuses an endorser for two towns (one town each)', () => {
      expect(
        checkRoleAssignments([
          { role: 'locality_endorser', townId: 1 },
          { role: 'locality_endorser', townId: 2 },
        ]),
      ).toEqual([repeated('locality_endorser')]);
    });

    it('reports a repeated role alongside its scope problems', () => {
      expect(checkRoleAssignments([{ role: 'expert' }, { role: 'expert', townId: 3 }])).toEqual([
        repeated('expert'),
        takesNoTown('expert'),
      ]);
    });

    it('does not count different roles as duplicates', () => {
      expect(checkRoleAssignments([{ role: 'expert' }, { role: 'committee_member' }])).toEqual([]);
    });
  });

  it('accepts a person holding several valid roles, including both endorser kinds', () => {
    expect(
      checkRoleAssignments([
        { role: 'office_staff' },
        { role: 'expert' },
        { role: 'locality_endorser', townId: 2 },
        { role: 'department_endorser', departmentId: 5 },
      ]),
    ).toEqual([]);
  });

  it('reports the problems of every assignment, in order', () => {
    expect(
      checkRoleAssignments([
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
    const [problem] = checkRoleAssignments([{ role: 'committee_chair', townId: 1 }]);
    expect(problem?.zh).toContain('评委会主任');
    expect(problem?.en).toContain('Committee chair');
    expect(problem?.zh).not.toContain('committee_chair');
    expect(problem?.en).not.toContain('committee_chair');
  });
});

describe('separation of duties (三员分立)', () => {
  it('refuses one account holding both system administrator and auditor', () => {
    const problems = checkRoleAssignments([{ role: 'system_admin' }, { role: 'auditor' }]);
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
      const problems = checkRoleAssignments([{ role: 'system_admin' }, { role, ...scope }]);
      expect(problems).toHaveLength(1);
      expect(problems[0]!.zh).toBe('系统管理员不能兼任其他角色：管理与被管理的业务须由不同的人承担');
    },
  );

  it('accepts the system administrator alone, and office roles without it', () => {
    expect(checkRoleAssignments([{ role: 'system_admin' }])).toEqual([]);
    expect(checkRoleAssignments([{ role: 'office_staff' }, { role: 'committee_member' }])).toEqual([]);
  });
});
