import type { LocalizedText } from '../../platform/i18n/localized.js';
import type { RoleAssignment } from './roles.js';
import { EITHER_SCOPE_ROLES, INSTALLATION_ROLES, ROLE_NAMES } from './roles.js';

/**
 * A role is held within a programme, except the installation-wide roles (the auditor either
 * way); endorsers act for exactly one town or department of it; other roles carry no scope.
 */
export function checkRoleAssignments(roles: readonly RoleAssignment[]): LocalizedText[] {
  const problems: LocalizedText[] = [];
  if (roles.length === 0) problems.push({ zh: '至少需要一个角色', en: 'at least one role is needed' });
  const seen = new Set<string>();
  for (const assignment of roles) {
    const name = ROLE_NAMES[assignment.role];
    const key = `${assignment.role}@${assignment.programmeId ?? ''}`;
    if (seen.has(key)) problems.push({ zh: `角色“${name.zh}”重复`, en: `role "${name.en}" is repeated` });
    seen.add(key);
    const installationWide = INSTALLATION_ROLES.includes(assignment.role);
    const either = EITHER_SCOPE_ROLES.includes(assignment.role);
    if (installationWide && assignment.programmeId != null) {
      problems.push({
        zh: `“${name.zh}”在整个平台范围内担任，不属于某个奖项`,
        en: `"${name.en}" is held across the installation, not within one programme`,
      });
    }
    if (!installationWide && !either && assignment.programmeId == null) {
      problems.push({
        zh: `“${name.zh}”须指定所属奖项`,
        en: `"${name.en}" needs the programme it is held in`,
      });
    }
    const needsTown = assignment.role === 'locality_endorser';
    const needsDepartment = assignment.role === 'department_endorser';
    if (needsTown !== (assignment.townId != null)) {
      problems.push(
        needsTown
          ? { zh: `“${name.zh}”须选择所属镇（街道）`, en: `"${name.en}" needs a town / sub-district` }
          : { zh: `“${name.zh}”不应指定镇（街道）`, en: `"${name.en}" takes no town / sub-district` },
      );
    }
    if (needsDepartment !== (assignment.departmentId != null)) {
      problems.push(
        needsDepartment
          ? { zh: `“${name.zh}”须选择主管部门`, en: `"${name.en}" needs a competent department` }
          : { zh: `“${name.zh}”不应指定主管部门`, en: `"${name.en}" takes no department` },
      );
    }
  }
  // Separation of duties (MLPS 2.0 三员分立): the auditor reads what the administrator does, and
  // the administrator who creates accounts must not also read applications or the trail.
  if (roles.some((r) => r.role === 'system_admin') && new Set(roles.map((r) => r.role)).size > 1) {
    problems.push({
      zh: '系统管理员不能兼任其他角色：管理与被管理的业务须由不同的人承担',
      en: 'the system administrator holds no other role: administering is kept apart from the work it administers',
    });
  }
  return problems;
}
