import type { LocalizedText } from '../platform/i18n/localized.js';
import type { FrameworkVersion } from '../scoring/framework.types.js';
import { gbt19580_2012 } from '../scoring/frameworks/gbt19580-2012.js';
import type { ArticleRef, ProgrammeVersion } from './programme.types.js';
import type { RuleCategory } from './core/rule-kinds.js';
import { RULE_KIND_CATEGORY, RULE_KINDS } from './core/rule-kinds.js';
import { jinshui2011 } from './versions/jinshui-2011.js';

/**
 * The programme rules versions the platform ships, by award family: the seed documents of
 * `rules_versions`, registered approved at start. At run time every rule is read from the stored
 * document (`findApprovedRules`), never from here; a new district's award is drafted as data.
 */
export const shippedRules: readonly { family: string; document: ProgrammeVersion }[] = [
  { family: 'jinshui', document: jinshui2011 },
];

/** Every scoring-framework version the platform ships. A cycle names one by id. */
export const frameworkVersions: readonly FrameworkVersion[] = [gbt19580_2012];

export function findFramework(id: string): FrameworkVersion | undefined {
  return frameworkVersions.find((f) => f.id === id);
}

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;

/**
 * Chinese numeral as used for article and clause numbers, 1–99: 1 → 一, 10 → 十, 11 → 十一,
 * 20 → 二十, 27 → 二十七. Throws a RangeError outside 1–99 or for non-integers.
 */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) {
    throw new RangeError(`chineseNumeral supports integers 1–99, got ${n}`);
  }
  const tens = Math.floor(n / 10);
  const units = n % 10;
  const unitText = units === 0 ? '' : DIGITS[units];
  if (tens === 0) return unitText ?? '';
  return `${tens === 1 ? '' : (DIGITS[tens] ?? '')}十${unitText ?? ''}`;
}

/** How a rule cites its source: { zh: '第九条(五)', en: 'Art. 9(5)' }, { zh: '第四条', en: 'Art. 4' }. */
export function articleLabel(ref: ArticleRef): LocalizedText {
  const clauseZh = ref.clause === undefined ? '' : `(${chineseNumeral(ref.clause)})`;
  const clauseEn = ref.clause === undefined ? '' : `(${ref.clause})`;
  return {
    zh: `第${chineseNumeral(ref.article)}条${clauseZh}`,
    en: `Art. ${ref.article}${clauseEn}`,
  };
}

/**
 * The articles a programme states its conditions (or exclusions) in, as one label: Jinshui 2011's
 * conditions are 第八条 / Art. 8; a programme that spreads them cites each: 第六条、第七条.
 */
export function categoryLabel(programme: ProgrammeVersion, category: RuleCategory): LocalizedText {
  const articles = [
    ...new Set(
      RULE_KINDS.filter((kind) => RULE_KIND_CATEGORY[kind] === category).map(
        (kind) => programme.clauses[kind].article,
      ),
    ),
  ].sort((a, b) => a - b);
  const labels = articles.map((article) => articleLabel({ article }));
  return { zh: labels.map((l) => l.zh).join('、'), en: labels.map((l) => l.en).join(', ') };
}
