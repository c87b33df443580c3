import { describe, expect, it } from 'vitest';
import { creditCodeCheckCharacter } from '../../organisations/core/credit-code.js';
import type { ExpertEmployment, OrganisationIdentity } from './conflicts.js';
import {
  CONFLICT_KIND_NAMES,
  CONFLICT_KINDS,
  detectLikelyConflicts,
  isConflictKind,
  normaliseOrganisationName,
} from './conflicts.js';

function code(first17: string): string {
  return first17 + creditCodeCheckCharacter(first17);
}

const YUTONG = code('91410100170034448');
const ZHONGYU = code('91410105MA3X12345');

const ORGANISATIONS: OrganisationIdentity[] = [
  { id: 'ORG-YT', name: '郑州宇通客车股份有限公司', creditCode: YUTONG },
  { id: 'ORG-ZY', name: '河南中豫检测技术有限公司', creditCode: ZHONGYU },
  { id: 'ORG-EN', name: 'Henan Bright Optics Co., Ltd.', creditCode: null },
];

function expert(id: string, overrides: Partial<ExpertEmployment> = {}): ExpertEmployment {
  return { id, employer: '郑州大学', employerCreditCode: null, formerEmployers: [], ...overrides };
}

describe('conflict kinds', () => {
  it('has a zh and en name for every kind', () => {
    expect(CONFLICT_KINDS).toHaveLength(8);
    for (const kind of CONFLICT_KINDS) {
      expect(CONFLICT_KIND_NAMES[kind].zh.length).toBeGreaterThan(0);
      expect(CONFLICT_KIND_NAMES[kind].en.length).toBeGreaterThan(0);
      expect(isConflictKind(kind)).toBe(true);
    }
    expect(Object.keys(CONFLICT_KIND_NAMES).sort()).toEqual([...CONFLICT_KINDS].sort());
    expect(isConflictKind('friend')).toBe(false);
  });
});

describe('normaliseOrganisationName', () => {
  it.each([
    ['郑州宇通客车股份有限公司', '郑州宇通客车'],
    ['郑州宇通客车 有限责任公司', '郑州宇通客车'],
    ['郑州宇通客车有限公司', '郑州宇通客车'],
    ['郑州宇通集团有限公司', '郑州宇通'],
    ['郑州宇通集团', '郑州宇通'],
    ['郑州宇通公司', '郑州宇通'],
    ['ＡＢＣ（河南）科技有限公司', 'abc(河南)科技'],
    ['\u3000河南 中豫 检测技术有限公司 ', '河南中豫检测技术'],
    ['Henan Bright Optics Co., Ltd.', 'henanbrightoptics'],
    ['HENAN BRIGHT OPTICS COMPANY LIMITED', 'henanbrightoptics'],
    ['Bright Group Inc.', 'bright'],
    ['', ''],
    ['  ', ''],
  ])('%s → %s', (raw, normalised) => {
    expect(normaliseOrganisationName(raw)).toBe(normalised);
  });

  it('does no fuzzy matching: a longer or shorter name is another name', () => {
    expect(normaliseOrganisationName('郑州宇通客车股份有限公司')).not.toBe(
      normaliseOrganisationName('郑州宇通'),
    );
    expect(normaliseOrganisationName('郑州宇通客车分公司')).not.toBe(
      normaliseOrganisationName('郑州宇通客车'),
    );
  });
});

describe('detectLikelyConflicts', () => {
  it('finds the current employer by credit code, whatever its typing', () => {
    const typed = ` ${YUTONG.toLowerCase()} `.replace('9', '９');
    const found = detectLikelyConflicts(
      [expert('X-1', { employer: '宇通', employerCreditCode: typed })],
      ORGANISATIONS,
      2025,
      3,
    );
    expect(found).toEqual([
      {
        expertId: 'X-1',
        organisationId: 'ORG-YT',
        kind: 'current_employer',
        matchedBy: 'credit-code',
        evidence: {
          zh: expect.stringContaining(YUTONG),
          en: expect.stringContaining('same Unified Social Credit Code'),
        },
      },
    ]);
  });

  it('finds the current employer by normalised name, and says so', () => {
    const found = detectLikelyConflicts(
      [
        expert('X-1', { employer: '郑州宇通客车有限公司' }),
        expert('X-2', { employer: 'henan bright optics company limited' }),
        expert('X-3', { employer: '郑州宇通' }),
      ],
      ORGANISATIONS,
      2025,
      3,
    );
    expect(found.map((s) => [s.expertId, s.organisationId, s.matchedBy])).toEqual([
      ['X-1', 'ORG-YT', 'name'],
      ['X-2', 'ORG-EN', 'name'],
    ]);
    expect(found[0]?.evidence.zh).toContain('名称一致');
  });

  it('prefers the credit code when both code and name match', () => {
    const found = detectLikelyConflicts(
      [expert('X-1', { employer: '郑州宇通客车股份有限公司', employerCreditCode: YUTONG })],
      ORGANISATIONS,
      2025,
      3,
    );
    expect(found).toHaveLength(1);
    expect(found[0]?.matchedBy).toBe('credit-code');
  });

  it('counts a former employer left within the look-back years, not before', () => {
    const formerEmployers = [
      { name: '郑州宇通客车股份有限公司', creditCode: null, leftIn: 2022 },
      { name: '河南中豫检测技术有限公司', creditCode: ZHONGYU, leftIn: 2021 },
    ];
    const found = detectLikelyConflicts([expert('X-1', { formerEmployers })], ORGANISATIONS, 2025, 3);
    expect(found.map((s) => [s.organisationId, s.kind])).toEqual([['ORG-YT', 'former_employer']]);
    expect(detectLikelyConflicts([expert('X-1', { formerEmployers })], ORGANISATIONS, 2025, 4)).toHaveLength(
      2,
    );
    expect(detectLikelyConflicts([expert('X-1', { formerEmployers })], ORGANISATIONS, 2025, 0)).toHaveLength(
      0,
    );
  });

  it('reports current and former employment of the same organisation separately', () => {
    const found = detectLikelyConflicts(
      [
        expert('X-1', {
          employer: '郑州宇通客车股份有限公司',
          formerEmployers: [{ name: '宇通', creditCode: YUTONG, leftIn: 2024 }],
        }),
      ],
      ORGANISATIONS,
      2025,
      3,
    );
    expect(found.map((s) => s.kind)).toEqual(['current_employer', 'former_employer']);
  });

  it('ignores empty names and missing codes, and sorts by expert, organisation, kind', () => {
    const orgs: OrganisationIdentity[] = [...ORGANISATIONS, { id: 'ORG-0', name: ' ', creditCode: '' }];
    const found = detectLikelyConflicts(
      [
        expert('X-2', { employer: '河南中豫检测技术有限公司' }),
        expert('X-1', { employer: '', employerCreditCode: '' }),
        expert('X-10', { employer: '郑州宇通客车股份有限公司' }),
      ],
      orgs,
      2025,
      3,
    );
    expect(found.map((s) => s.expertId)).toEqual(['X-10', 'X-2']);
  });

  it('matches every organisation sharing the code or the normalised name', () => {
    const orgs: OrganisationIdentity[] = [
      { id: 'ORG-A', name: '河南某某有限公司', creditCode: null },
      { id: 'ORG-B', name: '河南某某集团', creditCode: null },
    ];
    const found = detectLikelyConflicts([expert('X-1', { employer: '河南某某' })], orgs, 2025, 3);
    expect(found.map((s) => s.organisationId)).toEqual(['ORG-A', 'ORG-B']);
  });

  it('refuses a negative or fractional look-back', () => {
    expect(() => detectLikelyConflicts([], ORGANISATIONS, 2025, -1)).toThrow(RangeError);
    expect(() => detectLikelyConflicts([], ORGANISATIONS, 2025, 1.5)).toThrow(RangeError);
  });

  it('handles 100,000 experts against 200 organisations in one pass', () => {
    const orgs: OrganisationIdentity[] = Array.from({ length: 200 }, (_, i) => ({
      id: `ORG-${i}`,
      name: `测试企业${i}有限公司`,
      creditCode: null,
    }));
    const experts = Array.from({ length: 100_000 }, (_, i) =>
      expert(`X-${i}`, { employer: i % 1000 === 0 ? `测试企业${i % 200}股份有限公司` : `其他单位${i}` }),
    );
    const found = detectLikelyConflicts(experts, orgs, 2025, 3);
    expect(found).toHaveLength(100);
  });
});
