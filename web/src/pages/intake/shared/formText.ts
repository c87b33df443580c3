import type { DeclarationClause } from '../../../../../src/applications/core/application-form.js';
import { isExclusionKind } from '../../../../../src/programmes/core/rule-kinds.js';

/** A condition is to be met; an exclusion must not apply (by rule kind, whatever the article). */
export function isExclusion(clause: DeclarationClause | string): boolean {
  return isExclusionKind(clause);
}

/** Financial fields in the order of the form, amounts in 10,000 yuan. */
export const FINANCIAL_FIELDS = ['revenue', 'profitAndTax', 'totalAssets', 'netProfit'] as const;
export type FinancialField = (typeof FINANCIAL_FIELDS)[number];

/** The most recent complete financial year before a cycle's year, and the two before it. */
export function defaultFinancialYears(cycleYear: number, count = 3): number[] {
  return Array.from({ length: count }, (_, i) => cycleYear - 1 - i);
}
