import { identityCheckCharacter } from '../../../src/experts/core/identity-number.js';
import type { ExpertProfile } from '../../../src/experts/core/expert.js';

/** A valid identity number, numbered n (born 1970-01-01 in Zhengzhou). */
export function identityNumber(n: number): string {
  const first17 = `41010519700101${String(n).padStart(3, '0')}`;
  return first17 + identityCheckCharacter(first17);
}

export function expertProfile(n: number, overrides: Partial<ExpertProfile> = {}): ExpertProfile {
  return {
    name: `专家${n}`,
    identityNumber: identityNumber(n),
    employer: `郑州大学${n}`,
    employerCreditCode: null,
    title: '教授',
    qualifications: [{ name: '卓越绩效评价师', certificateNumber: `PE-${n}`, expiresOn: '2030-12-31' }],
    industries: ['D'],
    yearsInQualityWork: 12,
    region: '郑州市',
    phone: `1380000${String(n).padStart(4, '0')}`,
    email: null,
    canLead: false,
    formerEmployers: [],
    ...overrides,
  };
}
