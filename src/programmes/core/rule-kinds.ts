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
