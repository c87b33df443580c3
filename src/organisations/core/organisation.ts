/** GB/T 4754-2017 sections (门类), the industry classification applicants choose from. */
export const INDUSTRY_SECTIONS = [
  'A',
  'B',
  'C',
  'D',
  'E',
  'F',
  'G',
  'H',
  'I',
  'J',
  'K',
  'L',
  'M',
  'N',
  'O',
  'P',
  'Q',
  'R',
  'S',
  'T',
] as const;
export type IndustrySection = (typeof INDUSTRY_SECTIONS)[number];

/** For-profit organisations are judged on results; non-profits on social contribution (Art. 8(4)). */
export type OrganisationKind = 'enterprise' | 'non_profit';

/** An applicant organisation as the pure core sees it. */
export interface OrganisationFacts {
  creditCode: string;
  name: string;
  kind: OrganisationKind;
  /** ISO date (YYYY-MM-DD) of registration (成立日期). */
  registrationDate: string;
  industry: IndustrySection;
  townId: number;
  departmentId: number;
}
