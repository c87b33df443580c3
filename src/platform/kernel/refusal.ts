import type { LocalizedText } from '../i18n/localized.js';

/**
 * Where a rule comes from: an article of the founding document and, within it, a clause
 * (第九条(五) → `{ article: 9, clause: 5 }`). Programmes name their articles with it
 * (`ArticleRef`); a refusal driven by a rule carries it so the caller sees which one.
 */
export interface ClauseRef {
  article: number;
  /** Clause within the article, 1-based, as in 第九条(五) → 5. */
  clause?: number;
}

/** A guard's answer when it says no: why, in both languages, and under which clause. */
export type Refusal = { ok: false; reason: LocalizedText; clause?: ClauseRef };
/** A guard's answer: yes, or why not. */
export type GuardResult = { ok: true } | Refusal;

/** A refusal under a clause, worded in both languages. */
export function refuse(clause: ClauseRef, zh: string, en: string): Refusal {
  return { ok: false, reason: { zh, en }, clause };
}
