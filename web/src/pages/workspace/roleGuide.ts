import type { RoleKey, StaffPage } from '../../session/roles.js';

export interface RoleGuide {
  /** The article that founds the role, linked on the rules page. */
  article: number;
  /** Pages that exist now for this role. */
  pages: StaffPage[];
}

/** What each role does in the award (RULES.md) — texts live in the i18n files under roleGuide.<role>. */
export const ROLE_GUIDE: Record<RoleKey, RoleGuide> = {
  applicant: { article: 14, pages: ['application'] },
  locality_endorser: { article: 14, pages: ['endorsements'] },
  department_endorser: { article: 14, pages: ['endorsements'] },
  office_staff: { article: 6, pages: ['cycles', 'applications', 'experts', 'conflicts', 'panels'] },
  expert: { article: 7, pages: ['invitations'] },
  committee_member: { article: 5, pages: ['cycles'] },
  committee_chair: { article: 5, pages: ['cycles'] },
  government_approver: { article: 16, pages: [] },
  auditor: { article: 3, pages: ['audit', 'accessLog', 'roleGrants'] },
  system_admin: { article: 3, pages: ['accounts', 'reference'] },
};

export const PAGE_PATHS: Record<StaffPage, string> = {
  accounts: '/app/admin/accounts',
  reference: '/app/admin/reference',
  audit: '/app/audit',
  accessLog: '/app/access-log',
  roleGrants: '/app/role-grants',
  orgReset: '/app/organisation-reset',
  experts: '/app/experts',
  conflicts: '/app/conflicts',
  panels: '/app/panels',
  invitations: '/app/invitations',
  cycles: '/app/cycles',
  applications: '/app/applications',
  endorsements: '/app/endorsements',
  application: '/app/application',
  rulesVersions: '/app/rules-versions',
};
