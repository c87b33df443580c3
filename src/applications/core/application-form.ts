import { DECLARED_RULE_KINDS } from '../../programmes/core/rule-kinds.js';

/**
 * The application as the applicant fills it in, stored as one JSON document per draft and frozen
 * as a version on submission. Every part may be incomplete while drafting; the checklist and the
 * eligibility engine say what is missing.
 */

/** Honours of Art. 8(5) that let an applicant be recommended first (a priority flag, not a condition). */
export const PRIORITY_HONOURS = [
  'china_top_brand',
  'china_well_known_trademark',
  'high_tech_or_famous_service_brand',
  'henan_famous_product',
  'henan_famous_trademark',
] as const;
export type PriorityHonour = (typeof PRIORITY_HONOURS)[number];

/**
 * One declaration per condition and exclusion, keyed by rule kind (`programmes/core/rule-kinds.ts`);
 * the article each comes from is the programme's data (Jinshui 2011: Art. 8 and Art. 9).
 */
export const DECLARATION_CLAUSES = DECLARED_RULE_KINDS;
export type DeclarationClause = (typeof DECLARED_RULE_KINDS)[number];

export interface Declaration {
  /**
   * The applicant's word on the clause: for an Art. 8 condition, true = "we meet it"; for an
   * Art. 9 exclusion, true = "it does not apply to us". null = not answered yet.
   */
  compliant: boolean | null;
  note: string;
  /** Evidence files (ids of uploaded files of this application). */
  fileIds: string[];
}

export interface FinancialYear {
  year: number;
  /** 营业收入, 10,000 yuan. */
  revenue: number | null;
  /** 利税总额, 10,000 yuan. */
  profitAndTax: number | null;
  /** 总资产, 10,000 yuan. */
  totalAssets: number | null;
  /** 净利润 (negative = loss), 10,000 yuan. */
  netProfit: number | null;
}

export interface QualityManagementSystem {
  certified: boolean | null;
  /** e.g. 'GB/T 19001-2016 / ISO 9001:2015'. */
  standard: string;
  certificateNumber: string;
  certificationBody: string;
  /** ISO date the QMS has been effective since. */
  effectiveSince: string | null;
}

export interface ApplicationForm {
  /** Art. 2 / 8(1): registered in the programme's jurisdiction, with legal-person status. */
  registeredInJurisdiction: boolean | null;
  legalPerson: boolean | null;
  employees: number | null;
  mainProducts: string;
  /** The three most recent complete financial years, most recent first. */
  financials: FinancialYear[];
  qms: QualityManagementSystem;
  honours: PriorityHonour[];
  declarations: Partial<Record<DeclarationClause, Declaration>>;
  /** 概述: at most the programme's overviewMaxChars characters (counted as characters, not bytes). */
  overview: string;
  /** Self-assessment text per GB/T 19580 item code ('4.1.2' …). */
  selfAssessment: Record<string, string>;
  /** The full self-assessment report as a PDF (file id). */
  selfAssessmentReportFileId: string | null;
}

export function emptyApplicationForm(): ApplicationForm {
  return {
    registeredInJurisdiction: null,
    legalPerson: null,
    employees: null,
    mainProducts: '',
    financials: [],
    qms: {
      certified: null,
      standard: '',
      certificateNumber: '',
      certificationBody: '',
      effectiveSince: null,
    },
    honours: [],
    declarations: {},
    overview: '',
    selfAssessment: {},
    selfAssessmentReportFileId: null,
  };
}
