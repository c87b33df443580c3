import type { LocalizedText } from '../../platform/i18n/localized.js';

/** Everyone who takes part in the award. One person may hold several roles. */
export const ROLES = [
  'applicant',
  'locality_endorser',
  'department_endorser',
  'office_staff',
  'expert',
  'committee_member',
  'committee_chair',
  'government_approver',
  'auditor',
  'system_admin',
] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_NAMES: Record<Role, LocalizedText> = {
  applicant: { zh: '申报单位', en: 'Applicant organisation' },
  locality_endorser: { zh: '镇（街道）推荐人', en: 'Town / sub-district endorser' },
  department_endorser: { zh: '主管部门推荐人', en: 'Competent department endorser' },
  office_staff: { zh: '评委会办公室工作人员', en: 'Committee Office staff' },
  expert: { zh: '评审专家', en: 'Expert evaluator' },
  committee_member: { zh: '评委会委员', en: 'Committee member' },
  committee_chair: { zh: '评委会主任', en: 'Committee chair' },
  government_approver: { zh: '区政府审批人', en: 'Government approver' },
  auditor: { zh: '审计员', en: 'Auditor' },
  system_admin: { zh: '系统管理员', en: 'System administrator' },
};

/**
 * A role as held by one person, within one programme (decision 0008); endorsers act for one
 * town or one department of it. `programmeId` null: held installation-wide (INSTALLATION_ROLES,
 * and an auditor of the whole installation).
 */
export interface RoleAssignment {
  role: Role;
  programmeId?: string | null;
  townId?: number | null;
  departmentId?: number | null;
}

/**
 * Roles held across the installation, never within one programme: the administrator keeps the
 * installation; an applicant organisation's account applies to every programme whose
 * jurisdiction contains it; an expert is a person who serves wherever their pool is shared.
 */
export const INSTALLATION_ROLES: readonly Role[] = ['system_admin', 'applicant', 'expert'];

/** Roles that may be held either way: the auditor of one programme, or of the installation. */
export const EITHER_SCOPE_ROLES: readonly Role[] = ['auditor'];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
