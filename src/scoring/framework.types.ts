import type { LocalizedText } from '../platform/i18n/localized.js';

/** Process items are judged on approach–deployment–learning–integration, results on levels–trends–comparisons–integration. */
export type ItemKind = 'process' | 'results';

export interface FrameworkItem {
  /** Clause number in the standard, e.g. '4.1.2'. */
  code: string;
  title: LocalizedText;
  points: number;
  kind: ItemKind;
}

export interface FrameworkCategory {
  code: string;
  title: LocalizedText;
  points: number;
  items: FrameworkItem[];
}

/** A band guiding the percentage an examiner gives (GB/Z 19579). */
export interface ScoringBand {
  minPercent: number;
  maxPercent: number;
  process: LocalizedText;
  results: LocalizedText;
}

export interface FrameworkDimension {
  key: string;
  title: LocalizedText;
}

/** One immutable version of a scoring framework. A cycle names the id it uses. */
export interface FrameworkVersion {
  id: string;
  title: LocalizedText;
  standard: string;
  totalPoints: number;
  /** Percentages are given in steps of this many points (5). */
  percentStep: number;
  categories: FrameworkCategory[];
  bands: ScoringBand[];
  dimensions: Record<ItemKind, FrameworkDimension[]>;
}
