import type { LocalizedText } from '../platform/i18n/localized.js';
import type { ClauseRef } from '../platform/kernel/refusal.js';
import type { RuleKind } from './core/rule-kinds.js';

/** Where a rule comes from: the article (and clause) of the programme's founding document. */
export type ArticleRef = ClauseRef;

/** A programme number (a "[param]" of RULES.md) with the article it comes from. */
export interface ProgrammeParameter<T = number> {
  value: T;
  unit: 'count' | 'years' | 'days' | 'yuan' | 'experts' | 'percent' | 'text';
  label: LocalizedText;
  source: ArticleRef;
}

export interface ProgrammeArticle {
  number: number;
  chapter: number;
  title: LocalizedText;
  /** The article as the founding document words it (zh), and a faithful English rendering. */
  text: LocalizedText;
  /** What the platform does for this article, in plain words. */
  platform: LocalizedText;
}

export interface ProgrammeChapter {
  number: number;
  title: LocalizedText;
}

/** The parameters every award programme must define; another district ships other values. */
export interface ProgrammeParameters {
  jurisdiction: ProgrammeParameter<string>;
  jurisdictionRegionCode: ProgrammeParameter<string>;
  maxWinnersPerYear: ProgrammeParameter;
  minimumQualifyingScorePercent: ProgrammeParameter;
  minYearsInOperation: ProgrammeParameter;
  minYearsQmsEffective: ProgrammeParameter;
  accidentFreeYears: ProgrammeParameter;
  lossFreeYears: ProgrammeParameter;
  exclusionLookbackYears: ProgrammeParameter;
  fraudLookbackYears: ProgrammeParameter;
  panelSizeMin: ProgrammeParameter;
  panelSizeMax: ProgrammeParameter;
  leadersPerPanel: ProgrammeParameter;
  publicNoticeMinDays: ProgrammeParameter;
  prizePerWinnerYuan: ProgrammeParameter;
  titleValidityYears: ProgrammeParameter;
  overviewMaxChars: ProgrammeParameter;
}

/**
 * One version of an award programme's rules: a stored document (`rules_versions`), validated by
 * `rules-document.ts`, hashed, immutable once approved. A cycle names the id it runs under.
 */
export interface ProgrammeVersion {
  /** Stable id of this version, e.g. 'jinshui-2011'. Never reused for different content. */
  id: string;
  title: LocalizedText;
  issuer: LocalizedText;
  documentNumber: string;
  /** ISO date the founding document took effect (Art. 27: in force from publication). */
  effectiveDate: string;
  /** The scoring framework this programme uses by default (Art. 10). */
  defaultFrameworkId: string;
  chapters: ProgrammeChapter[];
  articles: ProgrammeArticle[];
  parameters: ProgrammeParameters;
  /**
   * Where each rule kind is stated in this programme's own document: Jinshui 2011 says
   * `years-operating` in Art. 8(1); a programme numbered otherwise cites its own article. Every
   * refusal on a clause cites this.
   */
  clauses: Record<RuleKind, ArticleRef>;
  /** Towns / sub-districts named by the founding document, offered as reference data. */
  localities: LocalizedText[];
}
