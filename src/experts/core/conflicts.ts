import { normaliseCreditCode } from '../../organisations/core/credit-code.js';
import type { LocalizedText } from '../../platform/i18n/localized.js';

/**
 * Conflicts of interest (回避) between an expert and an applicant organisation. A confirmed
 * conflict keeps the expert off every panel that reviews that organisation (Art. 7, Art. 25).
 */
export const CONFLICT_KINDS = [
  'current_employer',
  'former_employer',
  'consulting',
  'shareholding',
  'close_relative',
  'same_group',
  'declared_by_applicant',
  'declared_by_expert',
] as const;
export type ConflictKind = (typeof CONFLICT_KINDS)[number];

export const CONFLICT_KIND_NAMES: Readonly<Record<ConflictKind, LocalizedText>> = {
  current_employer: { zh: '现任职单位', en: 'Current employer' },
  former_employer: { zh: '曾任职单位', en: 'Former employer' },
  consulting: { zh: '为其提供咨询或培训', en: 'Consulting or training for it' },
  shareholding: { zh: '持有其股份', en: 'Shareholding' },
  close_relative: { zh: '近亲属在该单位任职', en: 'A close relative works there' },
  same_group: { zh: '同一集团', en: 'Same group of companies' },
  declared_by_applicant: { zh: '申报单位申请回避', en: 'Declared by the applicant' },
  declared_by_expert: { zh: '专家本人申报回避', en: 'Declared by the expert' },
};

export function isConflictKind(value: string): value is ConflictKind {
  return (CONFLICT_KINDS as readonly string[]).includes(value);
}

/** A conflict between an expert and an organisation, as a panel's pool needs to know it. */
export interface ConflictLink {
  expertId: string;
  organisationId: string;
  kind: ConflictKind;
}

/**
 * Legal-form and group suffixes removed from the end of a name before names are compared, longest
 * first, repeatedly ("某某集团有限公司" → "某某集团" → "某某"). Compared after NFKC and lower-casing.
 */
const NAME_SUFFIXES: readonly string[] = [
  '股份有限公司',
  '有限责任公司',
  '股份公司',
  '有限公司',
  '集团',
  '公司',
  'co.,ltd',
  'co.ltd',
  'corporation',
  'company',
  'limited',
  'group',
  'corp',
  'ltd',
  'inc',
].sort((a, b) => b.length - a.length);

const TRAILING_PUNCTUATION = /[.,;:·、。]+$/u;
const WHITE_SPACE = /\s+/gu;

/**
 * An organisation name made comparable: Unicode NFKC (full-width letters, digits, brackets and the
 * ideographic space become half-width), lower-case, all white space removed, then the suffixes of
 * `NAME_SUFFIXES` and trailing punctuation stripped from the end while something remains. Names
 * are then compared exactly — no fuzzy matching, so "郑州宇通客车" never matches "郑州宇通".
 */
export function normaliseOrganisationName(name: string): string {
  let text = name.normalize('NFKC').toLowerCase().replace(WHITE_SPACE, '');
  for (;;) {
    const stripped = text.replace(TRAILING_PUNCTUATION, '');
    const suffix = NAME_SUFFIXES.find((s) => stripped.length > s.length && stripped.endsWith(s));
    const next = suffix ? stripped.slice(0, -suffix.length) : stripped;
    if (next === text) return text;
    text = next;
  }
}

export interface ExpertEmployment {
  id: string;
  employer: string;
  employerCreditCode: string | null;
  /** Former employers with the calendar year the expert left. */
  formerEmployers: readonly { name: string; creditCode: string | null; leftIn: number }[];
}

export interface OrganisationIdentity {
  id: string;
  name: string;
  creditCode: string | null;
}

export interface ConflictSuggestion extends ConflictLink {
  kind: 'current_employer' | 'former_employer';
  matchedBy: 'credit-code' | 'name';
  /** Why the platform suggests it, for the Office to confirm or dismiss. */
  evidence: LocalizedText;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Likely conflicts from employment: an expert's current employer, or a former employer left at
 * most `formerEmployerYears` before `asOfYear` (asOfYear − leftIn ≤ formerEmployerYears; a year
 * after asOfYear also counts), is the same organisation as an applicant when
 *
 * - the credit codes are equal after `normaliseCreditCode`, or
 * - the names are equal after `normaliseOrganisationName`.
 *
 * Organisations are indexed once by code and by name, so the work is linear in the number of
 * experts and their employers. One suggestion per (expert, organisation, kind), matched by credit
 * code when both match; sorted by expert id, organisation id, kind. Suggestions only: the Office
 * confirms or dismisses each with a reason.
 */
export function detectLikelyConflicts(
  experts: Iterable<ExpertEmployment>,
  organisations: readonly OrganisationIdentity[],
  asOfYear: number,
  formerEmployerYears: number,
): ConflictSuggestion[] {
  if (!Number.isInteger(formerEmployerYears) || formerEmployerYears < 0) {
    throw new RangeError('formerEmployerYears is a non-negative whole number of years');
  }
  const byCode = new Map<string, OrganisationIdentity[]>();
  const byName = new Map<string, OrganisationIdentity[]>();
  for (const organisation of organisations) {
    const code = organisation.creditCode ? normaliseCreditCode(organisation.creditCode) : '';
    if (code) pushTo(byCode, code, organisation);
    const name = normaliseOrganisationName(organisation.name);
    if (name) pushTo(byName, name, organisation);
  }

  const found = new Map<string, ConflictSuggestion>();
  const consider = (
    expert: ExpertEmployment,
    kind: ConflictSuggestion['kind'],
    employerName: string,
    employerCode: string | null,
  ): void => {
    const code = employerCode ? normaliseCreditCode(employerCode) : '';
    const name = normaliseOrganisationName(employerName);
    const what = CONFLICT_KIND_NAMES[kind];
    for (const organisation of code ? (byCode.get(code) ?? []) : []) {
      found.set(`${expert.id}\u0000${organisation.id}\u0000${kind}`, {
        expertId: expert.id,
        organisationId: organisation.id,
        kind,
        matchedBy: 'credit-code',
        evidence: {
          zh: `${what.zh}“${employerName}”与申报单位“${organisation.name}”的统一社会信用代码相同（${code}）。`,
          en: `${what.en} "${employerName}" has the same Unified Social Credit Code as the applicant "${organisation.name}" (${code}).`,
        },
      });
    }
    for (const organisation of name ? (byName.get(name) ?? []) : []) {
      const key = `${expert.id}\u0000${organisation.id}\u0000${kind}`;
      if (found.has(key)) continue;
      found.set(key, {
        expertId: expert.id,
        organisationId: organisation.id,
        kind,
        matchedBy: 'name',
        evidence: {
          zh: `${what.zh}“${employerName}”与申报单位“${organisation.name}”的名称一致（去除空格、全角字符和“有限公司”等后缀后比较）。`,
          en: `${what.en} "${employerName}" has the same name as the applicant "${organisation.name}" (compared without spaces, full-width forms and suffixes such as 有限公司).`,
        },
      });
    }
  };

  for (const expert of experts) {
    consider(expert, 'current_employer', expert.employer, expert.employerCreditCode);
    for (const former of expert.formerEmployers) {
      if (asOfYear - former.leftIn <= formerEmployerYears) {
        consider(expert, 'former_employer', former.name, former.creditCode);
      }
    }
  }
  return [...found.values()].sort(
    (a, b) =>
      compareCodeUnits(a.expertId, b.expertId) ||
      compareCodeUnits(a.organisationId, b.organisationId) ||
      compareCodeUnits(a.kind, b.kind),
  );
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
