import type { IndustrySection } from '../../organisations/core/organisation.js';

/** An expert's standing in the pool. Disqualified is final (Art. 26): never drawn again. */
export const EXPERT_STATUSES = ['active', 'suspended', 'disqualified'] as const;
export type ExpertStatus = (typeof EXPERT_STATUSES)[number];

export interface ExpertQualification {
  /** e.g. '卓越绩效评价师' / performance-excellence assessor certificate. */
  name: string;
  certificateNumber: string;
  /** ISO date; null = does not expire. */
  expiresOn: string | null;
}

/** What the Office records about an expert (专家库). */
export interface ExpertProfile {
  name: string;
  /** 居民身份证号码 (GB 11643, 18 characters); shown masked in lists. */
  identityNumber: string;
  employer: string;
  /** The employer's Unified Social Credit Code, where known: it finds conflicts automatically. */
  employerCreditCode: string | null;
  title: string;
  qualifications: ExpertQualification[];
  industries: IndustrySection[];
  yearsInQualityWork: number;
  region: string;
  phone: string;
  email: string | null;
  /** Qualified to lead a panel (组长). */
  canLead: boolean;
  /** Former employers with the year they left, for the conflict look-back. */
  formerEmployers: { name: string; creditCode: string | null; leftIn: number }[];
}
