import type { DeclarationClause } from '../../../../../src/applications/core/application-form.js';

/** Art. 8 clauses are conditions to meet; Art. 9 clauses are exclusions that must not apply. */
export function isExclusion(clause: DeclarationClause | string): boolean {
  return clause.startsWith('art9.');
}

/** Financial fields in the order of the form, amounts in 10,000 yuan. */
export const FINANCIAL_FIELDS = ['revenue', 'profitAndTax', 'totalAssets', 'netProfit'] as const;
export type FinancialField = (typeof FINANCIAL_FIELDS)[number];

/** The most recent complete financial year before a cycle's year, and the two before it. */
export function defaultFinancialYears(cycleYear: number, count = 3): number[] {
  return Array.from({ length: count }, (_, i) => cycleYear - 1 - i);
}
