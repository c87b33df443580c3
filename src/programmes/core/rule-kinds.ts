/**
 * The closed list of rule kinds an award programme's eligibility rules are made of. A clause of a
 * programme is keyed by its kind, never by an article number: which article of the programme's own
 * founding document states it is data (`ProgrammeVersion.clauses`), so a programme whose rules
 * number their articles differently cites its own (Jinshui 2011: `years-operating` is 第八条(一);
 * another city's rules may state it in 第六条(一)).
 *
 * Adding a kind is a code change (the eligibility engine evaluates each kind); choosing its
 * numbers and its article is not.
 */
export const RULE_KINDS = [
  // Conditions: an applicant must meet each.
  'years-operating',
  'quality-system',
  'no-major-accident',
  'no-loss',
  'standards-and-reputation',
  'department-recommendation',
  // Exclusions: none may apply to an applicant.
  'against-policy',
  'missing-licence',
  'liability-accident',
  'failed-spot-check',
  'award-fraud',
  'public-order-violation',
  'tax-evasion',
  'wage-arrears',
  'other-violations',
  // A current title holder may not apply again.
  'title-validity',
] as const;
export type RuleKind = (typeof RULE_KINDS)[number];

export type RuleCategory = 'condition' | 'exclusion' | 'title';

export const RULE_KIND_CATEGORY: Record<RuleKind, RuleCategory> = {
  'years-operating': 'condition',
  'quality-system': 'condition',
  'no-major-accident': 'condition',
  'no-loss': 'condition',
  'standards-and-reputation': 'condition',
  'department-recommendation': 'condition',
  'against-policy': 'exclusion',
  'missing-licence': 'exclusion',
  'liability-accident': 'exclusion',
  'failed-spot-check': 'exclusion',
  'award-fraud': 'exclusion',
  'public-order-violation': 'exclusion',
  'tax-evasion': 'exclusion',
  'wage-arrears': 'exclusion',
  'other-violations': 'exclusion',
  'title-validity': 'title',
};

/** The kinds the applicant declares on, clause by clause (conditions and exclusions). */
export const DECLARED_RULE_KINDS = RULE_KINDS.filter(
  (kind): kind is Exclude<RuleKind, 'title-validity'> => RULE_KIND_CATEGORY[kind] !== 'title',
);

export function isRuleKind(key: string): key is RuleKind {
  return (RULE_KINDS as readonly string[]).includes(key);
}

/** An exclusion (true = "it does not apply to us") rather than a condition ("we meet it"). */
export function isExclusionKind(key: string): boolean {
  return isRuleKind(key) && RULE_KIND_CATEGORY[key] === 'exclusion';
}

/**
 * The keys the platform stored before clauses were keyed by kind (Jinshui 2011's article
 * numbers). Migration 0014 renames stored answers and decisions by this table; kept here so the
 * mapping is tested against the list above.
 */
export const JINSHUI_2011_LEGACY_KEYS: Record<string, RuleKind> = {
  'art8.1': 'years-operating',
  'art8.2': 'quality-system',
  'art8.3': 'no-major-accident',
  'art8.4': 'no-loss',
  'art8.5': 'standards-and-reputation',
  'art8.6': 'department-recommendation',
  'art9.1': 'against-policy',
  'art9.2': 'missing-licence',
  'art9.3': 'liability-accident',
  'art9.4': 'failed-spot-check',
  'art9.5': 'award-fraud',
  'art9.6': 'public-order-violation',
  'art9.7': 'tax-evasion',
  'art9.8': 'wage-arrears',
  'art9.9': 'other-violations',
  art20: 'title-validity',
};

/** What each rule kind is, in plain words (the rules editor's labels; the article comes from the data). */
export const RULE_KIND_NAMES: Record<RuleKind, { zh: string; en: string }> = {
  'years-operating': {
    zh: '登记注册、法人资格和经营年限',
    en: 'Registration, legal person, years in operation',
  },
  'quality-system': { zh: '质量管理体系和自评报告', en: 'Quality management system and self-assessment' },
  'no-major-accident': { zh: '无重大事故', en: 'No major accident' },
  'no-loss': { zh: '经营业绩、无亏损', en: 'Results, no loss' },
  'standards-and-reputation': {
    zh: '标准化、品牌和诚信（含优先推荐）',
    en: 'Standards, brand and credit (and priority)',
  },
  'department-recommendation': { zh: '主管部门推荐', en: 'Recommendation of the competent department' },
  'against-policy': { zh: '不符合国家政策', en: 'Against national policy' },
  'missing-licence': { zh: '未取得应有证照', en: 'Missing a required licence' },
  'liability-accident': { zh: '责任事故', en: 'Liability accident' },
  'failed-spot-check': { zh: '监督抽查不合格', en: 'Failed spot check' },
  'award-fraud': { zh: '本奖评定中弄虚作假', en: 'Fraud in this award' },
  'public-order-violation': { zh: '违反社会治安等政策', en: 'Public-order violation' },
  'tax-evasion': { zh: '偷税漏税', en: 'Tax evasion' },
  'wage-arrears': { zh: '拖欠工资或社保', en: 'Wage or social-insurance arrears' },
  'other-violations': { zh: '其它违法不良记录', en: 'Other legal violations' },
  'title-validity': { zh: '称号有效期内不得再次申报', en: 'No new application while a title is valid' },
};
