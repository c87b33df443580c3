import type { RoleKey, StaffPage } from '../../session/roles.js';

export interface RoleGuide {
  /** The article that founds the role, linked on the rules page. */
  article: number;
  /** Pages that exist now for this role. */
  pages: StaffPage[];
}

/** What each role does in the award (RULES.md) — texts live in the i18n files under roleGuide.<role>. */
export const ROLE_GUIDE: Record<RoleKey, RoleGuide> = {
  applicant: { article: 14, pages: [] },
  locality_endorser: { article: 14, pages: [] },
  department_endorser: { article: 14, pages: [] },
  office_staff: { article: 6, pages: [] },
  expert: { article: 7, pages: [] },
  committee_member: { article: 5, pages: [] },
  committee_chair: { article: 5, pages: [] },
  government_approver: { article: 16, pages: [] },
  auditor: { article: 3, pages: ['audit', 'accessLog'] },
  system_admin: { article: 3, pages: ['accounts', 'reference'] },
};

export const PAGE_PATHS: Record<StaffPage, string> = {
  accounts: '/app/admin/accounts',
  reference: '/app/admin/reference',
  audit: '/app/audit',
  accessLog: '/app/access-log',
};
