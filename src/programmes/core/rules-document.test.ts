import { describe, expect, it } from 'vitest';
import { jinshui2011 } from '../versions/jinshui-2011.js';
import type { ProgrammeVersion } from '../programme.types.js';
import { checkRulesDocument } from './rules-document.js';
import {
  JINSHUI_2011_LEGACY_KEYS,
  RULE_KIND_CATEGORY,
  RULE_KINDS,
  DECLARED_RULE_KINDS,
  isExclusionKind,
} from './rule-kinds.js';

const copy = (): ProgrammeVersion => structuredClone(jinshui2011);

describe('rule kinds', () => {
  it('is a closed list of 16 kinds, each with a category, and maps every legacy Jinshui key once', () => {
    expect(RULE_KINDS).toHaveLength(16);
    expect(new Set(RULE_KINDS).size).toBe(16);
    expect(Object.keys(RULE_KIND_CATEGORY).sort()).toEqual([...RULE_KINDS].sort());
    expect(Object.values(JINSHUI_2011_LEGACY_KEYS).sort()).toEqual([...RULE_KINDS].sort());
    expect(DECLARED_RULE_KINDS).not.toContain('title-validity');
    expect(DECLARED_RULE_KINDS).toHaveLength(15);
  });

  it('agrees with Jinshui 2011: the legacy key artA.C is the kind Jinshui cites as Art. A(C)', () => {
    for (const [legacy, kind] of Object.entries(JINSHUI_2011_LEGACY_KEYS)) {
      const [article, clause] = legacy.slice(3).split('.').map(Number);
      expect(jinshui2011.clauses[kind], legacy).toEqual(
        clause === undefined ? { article } : { article, clause },
      );
      expect(isExclusionKind(kind), legacy).toBe(article === 9);
    }
    expect(isExclusionKind('art9.1')).toBe(false);
  });
});

describe('checkRulesDocument', () => {
  it('accepts the shipped Jinshui 2011 rules', () => {
    expect(checkRulesDocument(jinshui2011)).toEqual([]);
  });

  it('refuses a document missing a required parameter, naming it in both languages', () => {
    const doc = copy() as unknown as { parameters: Record<string, unknown> };
    delete doc.parameters.maxWinnersPerYear;
    const problems = checkRulesDocument(doc);
    expect(problems).toEqual([
      {
        path: 'parameters.maxWinnersPerYear',
        message: { zh: '缺少参数 maxWinnersPerYear', en: 'the parameter maxWinnersPerYear is missing' },
      },
    ]);
  });

  it.each([
    'maxWinnersPerYear',
    'panelSizeMin',
    'panelSizeMax',
    'publicNoticeMinDays',
    'titleValidityYears',
  ] as const)('refuses a %s below 1, saying what it is and what it must be', (name) => {
    const doc = copy();
    doc.parameters[name].value = 0;
    const problems = checkRulesDocument(doc);
    expect(problems[0]).toEqual({
      path: `parameters.${name}.value`,
      message: {
        zh: `parameters.${name}.value 不得小于 1（现为 0）`,
        en: `parameters.${name}.value must be at least 1 (it is 0)`,
      },
    });
  });

  it('refuses a fractional cap, a missing clause, an unknown rule kind and an unknown field', () => {
    const rules = copy();
    (rules.parameters.maxWinnersPerYear as { value: number }).value = 2.5;
    const clauses = rules.clauses as Record<string, unknown>;
    delete clauses['tax-evasion'];
    clauses['art9.7'] = { article: 9, clause: 7 };
    const doc = { ...rules, extra: true };
    const paths = checkRulesDocument(doc).map((p) => [p.path, p.message.en]);
    expect(paths).toContainEqual([
      'parameters.maxWinnersPerYear.value',
      'parameters.maxWinnersPerYear.value must be a whole number',
    ]);
    expect(paths).toContainEqual(['clauses.tax-evasion', 'the article of the rule tax-evasion is missing']);
    expect(paths).toContainEqual(['clauses.art9.7', 'art9.7 is not a rule kind']);
    expect(paths).toContainEqual(['extra', 'extra is not a field']);
  });

  it('refuses numbers that contradict each other and citations of articles the document lacks', () => {
    const doc = copy();
    doc.parameters.panelSizeMin.value = 9;
    doc.clauses['award-fraud'] = { article: 42, clause: 1 };
    expect(checkRulesDocument(doc).map((p) => p.message.en)).toEqual([
      'the smallest panel (9) is larger than the largest (7)',
      'clauses.award-fraud cites article 42, which this document does not have',
    ]);
  });

  it('refuses a leader count above the smallest panel, and what is not a document at all', () => {
    const doc = copy();
    doc.parameters.leadersPerPanel.value = 6;
    expect(checkRulesDocument(doc).map((p) => p.path)).toEqual(['parameters.leadersPerPanel.value']);
    expect(checkRulesDocument(null).length).toBeGreaterThan(0);
    expect(checkRulesDocument('rules')[0]?.message.en).toMatch(/must be/);
  });
});
