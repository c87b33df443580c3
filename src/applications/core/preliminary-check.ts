import type { LocalizedText } from '../../platform/i18n/localized.js';
import type { ClauseResult } from '../../eligibility/core/eligibility.js';

/** The Office's own verdict on a clause, replacing the engine's, with its written reason. */
export interface VerdictOverride {
  key: string;
  verdict: 'pass' | 'fail';
  reason: string;
}

/** The Office's note that it has checked a clause the engine left 待核实 (needs checking). */
export interface ClauseAcknowledgement {
  key: string;
  note: string;
}

/** A written reason or note: at least two characters once trimmed. */
export function isWritten(text: string | undefined): boolean {
  return (text ?? '').trim().length >= 2;
}

/**
 * The clauses still open before an acceptance (Art. 15): each the engine left 待核实 that the
 * Office has neither overridden with a reason nor acknowledged with a note of what it checked.
 */
export function openClauses(
  results: readonly ClauseResult[],
  overrides: readonly VerdictOverride[],
  acknowledgements: readonly ClauseAcknowledgement[],
): ClauseResult[] {
  const settled = new Set([
    ...overrides.filter((o) => isWritten(o.reason)).map((o) => o.key),
    ...acknowledgements.filter((a) => isWritten(a.note)).map((a) => a.key),
  ]);
  return results.filter((r) => r.verdict === 'needs-check' && !settled.has(r.key));
}

/** The labels of clauses as one line in each language: 第八条(三)、第九条(一) / Art. 8(3), Art. 9(1). */
export function clauseList(results: readonly Pick<ClauseResult, 'label'>[]): LocalizedText {
  return {
    zh: results.map((r) => r.label.zh).join('、'),
    en: results.map((r) => r.label.en).join(', '),
  };
}
