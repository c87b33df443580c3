import { describe, expect, it } from 'vitest';
import type {
  ApplicationForm,
  DeclarationClause,
  FinancialYear,
} from '../../applications/core/application-form.js';
import { DECLARATION_CLAUSES } from '../../applications/core/application-form.js';
import { creditCodeCheckCharacter } from '../../organisations/core/credit-code.js';
import type { OrganisationFacts } from '../../organisations/core/organisation.js';
import type { ProgrammeParameters, ProgrammeVersion } from '../../programmes/programme.types.js';
import { zhengzhouDemo2024 } from '../../demo/rules/zhengzhou-demo-2024.js';
import { jinshui2011 } from '../../programmes/versions/jinshui-2011.js';
import { gbt19580_2012 } from '../../scoring/frameworks/gbt19580-2012.js';
import type { ClauseResult, EligibilityInput, EligibilityReport } from './eligibility.js';
import {
  ELIGIBILITY_KEYS,
  addMonths,
  addYears,
  evaluateEligibility,
  fullMonthsBetween,
} from './eligibility.js';

const AS_OF = '2025-06-30';
const ITEM_CODES = gbt19580_2012.categories.flatMap((c) => c.items.map((i) => i.code));

function code(first17: string): string {
  return first17 + creditCodeCheckCharacter(first17);
}

function organisation(overrides: Partial<OrganisationFacts> = {}): OrganisationFacts {
  return {
    creditCode: code('91410105MA4ABCDE1'),
    name: '郑州某智能电气有限公司',
    kind: 'enterprise',
    registrationDate: '2012-04-01',
    industry: 'C',
    townId: 1,
    departmentId: 1,
    ...overrides,
  };
}

function year(y: number, netProfit: number | null): FinancialYear {
  return { year: y, revenue: 50000, profitAndTax: 6000, totalAssets: 80000, netProfit };
}

function form(): ApplicationForm {
  return {
    registeredInJurisdiction: true,
    legalPerson: true,
    employees: 320,
    mainProducts: '智能电表',
    financials: [year(2024, 3900), year(2023, 3500), year(2022, 3100)],
    qms: {
      certified: true,
      standard: 'GB/T 19001-2016',
      certificateNumber: '00119Q31234R2M',
      certificationBody: '中国质量认证中心',
      effectiveSince: '2016-01-01',
    },
    honours: [],
    declarations: Object.fromEntries(
      DECLARATION_CLAUSES.map((c) => [c, { compliant: true, note: '', fileIds: ['f1', 'f2'] }]),
    ),
    overview: '概述',
    selfAssessment: Object.fromEntries(ITEM_CODES.map((c) => [c, '自评'])),
    selfAssessmentReportFileId: 'f-report',
  };
}

function input(overrides: Partial<EligibilityInput> = {}): EligibilityInput {
  return {
    programme: jinshui2011,
    framework: gbt19580_2012,
    organisation: organisation(),
    form: form(),
    records: { fraudFindings: [], titles: [] },
    endorsements: { locality: 'agreed', department: 'agreed' },
    asOf: AS_OF,
    ...overrides,
  };
}

function withForm(
  change: (f: ApplicationForm) => void,
  overrides: Partial<EligibilityInput> = {},
): EligibilityInput {
  const f = form();
  change(f);
  return input({ form: f, ...overrides });
}

function withParameters(
  overrides: Partial<Record<keyof ProgrammeParameters, number | string>>,
): ProgrammeVersion {
  const parameters = { ...jinshui2011.parameters };
  for (const [key, value] of Object.entries(overrides) as [keyof ProgrammeParameters, number | string][]) {
    parameters[key] = { ...parameters[key], value } as never;
  }
  return { ...jinshui2011, parameters };
}

function clause(report: EligibilityReport, key: string): ClauseResult {
  const found = report.results.find((r) => r.key === key);
  if (!found) throw new Error(`no result ${key}`);
  return found;
}

function evaluate(key: string, i: EligibilityInput): ClauseResult {
  return clause(evaluateEligibility(i), key);
}

describe('calendar arithmetic', () => {
  it('adds years to the same month and day', () => {
    expect(addYears('2020-06-30', 5)).toBe('2025-06-30');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
  });

  it('puts the anniversary of 29 February on 1 March in a common year', () => {
    expect(addYears('2020-02-29', 5)).toBe('2025-03-01');
    expect(addYears('2020-02-29', 1)).toBe('2021-03-01');
  });

  it('moves a day the target month lacks to the 1st of the month after', () => {
    expect(addMonths('2025-01-31', 1)).toBe('2025-03-01');
    expect(addMonths('2024-01-31', 1)).toBe('2024-03-01');
    expect(addMonths('2024-10-31', 1)).toBe('2024-12-01');
    expect(addMonths('2024-11-30', 1)).toBe('2024-12-30');
    expect(addMonths('2024-12-15', 1)).toBe('2025-01-15');
    expect(addMonths('2024-12-31', 2)).toBe('2025-03-01');
  });

  it('counts whole months elapsed', () => {
    expect(fullMonthsBetween('2020-07-01', '2025-06-30')).toBe(59);
    expect(fullMonthsBetween('2020-06-30', '2025-06-30')).toBe(60);
    expect(fullMonthsBetween('2020-02-29', '2025-02-28')).toBe(59);
    expect(fullMonthsBetween('2020-02-29', '2025-03-01')).toBe(60);
    expect(fullMonthsBetween('2025-01-31', '2025-02-28')).toBe(0);
    expect(fullMonthsBetween('2025-07-01', '2025-06-30')).toBe(0);
  });
});

describe('evaluateEligibility', () => {
  it('evaluates every clause of Art. 8 and 9 and Art. 20, in order, citing each', () => {
    const report = evaluateEligibility(input());
    expect(report.results.map((r) => r.key)).toEqual([
      'years-operating',
      'quality-system',
      'no-major-accident',
      'no-loss',
      'standards-and-reputation',
      'department-recommendation',
      'against-policy',
      'missing-licence',
      'liability-accident',
      'failed-spot-check',
      'award-fraud',
      'public-order-violation',
      'tax-evasion',
      'wage-arrears',
      'other-violations',
      'title-validity',
    ]);
    expect(ELIGIBILITY_KEYS).toEqual(report.results.map((r) => r.key));
    expect(clause(report, 'award-fraud')).toMatchObject({
      ref: { article: 9, clause: 5 },
      label: { zh: '第九条(五)', en: 'Art. 9(5)' },
    });
    expect(clause(report, 'title-validity')).toMatchObject({
      ref: { article: 20 },
      label: { zh: '第二十条', en: 'Art. 20' },
    });
    for (const result of report.results) {
      expect(result.reason.zh, result.key).not.toBe('');
      expect(result.reason.en, result.key).not.toBe('');
      expect(result.summary.zh, result.key).not.toBe('');
    }
  });

  it('finds an organisation that meets everything eligible', () => {
    const report = evaluateEligibility(input());
    expect(report.results.filter((r) => r.verdict !== 'pass')).toEqual([]);
    expect(report.eligible).toBe('yes');
  });

  it('is pending while anything needs the Office, and no once anything fails', () => {
    const pending = evaluateEligibility(
      input({ endorsements: { locality: 'agreed', department: 'pending' } }),
    );
    expect(pending.eligible).toBe('pending');
    const failed = evaluateEligibility(
      withForm((f) => (f.declarations['tax-evasion'] = { compliant: false, note: '', fileIds: [] }), {
        endorsements: { locality: 'agreed', department: 'pending' },
      }),
    );
    expect(failed.eligible).toBe('no');
  });

  it('writes the programme numbers into the clause summaries', () => {
    const report = evaluateEligibility(input({ programme: withParameters({ minYearsInOperation: 7 }) }));
    expect(clause(report, 'years-operating').summary.zh).toContain('合法经营满 7 年');
    expect(clause(report, 'award-fraud').summary.en).toContain('in the last 3 years');
  });

  it.each([
    'years-operating',
    'quality-system',
    'no-loss',
    'department-recommendation',
  ] as DeclarationClause[])(
    '%s, though decided by data, fails when the applicant declares the condition unmet',
    (key) => {
      const result = evaluate(
        key,
        withForm((f) => (f.declarations[key] = { compliant: false, note: '', fileIds: [] })),
      );
      expect(result).toMatchObject({
        verdict: 'fail',
        source: 'declaration',
        reason: { en: 'the applicant declares it does not meet this condition' },
      });
    },
  );

  it('refuses an asOf that is not a date', () => {
    expect(() => evaluateEligibility(input({ asOf: '2025-06-31' }))).toThrow(RangeError);
  });

  describe('Art. 8(1): registered in the district, a legal person, 5 years in operation', () => {
    const registered = (registrationDate: string, asOf = AS_OF, programme = jinshui2011) =>
      evaluate(
        'years-operating',
        input({ organisation: organisation({ registrationDate }), asOf, programme }),
      );

    it('passes exactly 5 years after registration', () => {
      const result = registered('2020-06-30');
      expect(result.verdict).toBe('pass');
      expect(result.reason.zh).toContain('成立 5 年，满 5 年');
      expect(result.source).toBe('data');
    });

    it('fails one day short, saying how long and when 5 years are reached', () => {
      const result = registered('2020-07-01');
      expect(result.verdict).toBe('fail');
      expect(result.reason).toEqual({
        zh: '成立 4 年 11 个月，不足 5 年（2025-07-01 满 5 年）',
        en: 'registered 4 years 11 months ago; 5 years are required (reached on 2025-07-01)',
      });
    });

    it('counts a 29 February registration as 5 years old on 1 March', () => {
      expect(registered('2020-02-29', '2025-02-28').verdict).toBe('fail');
      expect(registered('2020-02-29', '2025-02-28').reason.en).toContain('reached on 2025-03-01');
      expect(registered('2020-02-29', '2025-03-01').verdict).toBe('pass');
      const fourYears = withParameters({ minYearsInOperation: 4 });
      expect(registered('2020-02-29', '2024-02-28', fourYears).verdict).toBe('fail');
      expect(registered('2020-02-29', '2024-02-29', fourYears).verdict).toBe('pass');
    });

    it('follows the programme parameter, not a fixed 5', () => {
      const three = withParameters({ minYearsInOperation: 3 });
      expect(registered('2022-06-30', AS_OF, three).verdict).toBe('pass');
      expect(registered('2022-07-01', AS_OF, three).reason.zh).toContain('不足 3 年');
    });

    it('fails a registration date after asOf', () => {
      expect(registered('2025-07-01').reason.zh).toContain('成立 不足 1 个月');
      expect(registered('2025-07-01').verdict).toBe('fail');
    });

    it('needs the Office for a missing or impossible registration date', () => {
      expect(registered('2019-02-29')).toMatchObject({
        verdict: 'needs-check',
        reason: { en: 'the registration date is missing or not valid' },
      });
    });

    it('fails when the form says not registered in the district or not a legal person', () => {
      const outside = evaluate(
        'years-operating',
        withForm((f) => (f.registeredInJurisdiction = false)),
      );
      expect(outside).toMatchObject({ verdict: 'fail', source: 'data' });
      expect(outside.reason.zh).toBe('申报表答复未在郑州市金水区登记注册');
      const notLegal = evaluate(
        'years-operating',
        withForm((f) => (f.legalPerson = false)),
      );
      expect(notLegal.verdict).toBe('fail');
      expect(notLegal.reason.en).toBe('the form says the organisation is not a legal person');
    });

    it('needs the answers', () => {
      const result = evaluate(
        'years-operating',
        withForm((f) => {
          f.registeredInJurisdiction = null;
          f.legalPerson = null;
        }),
      );
      expect(result.verdict).toBe('needs-check');
      expect(result.reason.en).toBe(
        'not yet answered whether registered in 郑州市金水区; not yet answered whether a legal person',
      );
    });

    it('treats another region code in the credit code as a hint for the Office, never as proof', () => {
      const city = organisation({ creditCode: code('91410100MA4ABCDE1') });
      const result = evaluate('years-operating', input({ organisation: city }));
      expect(result.verdict).toBe('needs-check');
      expect(result.reason.zh).toContain('行政区划码为 410100，不在辖区代码 410105 之内');
      expect(result.reason.en).toContain('only a hint, never proof');
      // The jurisdiction's code comes from the programme.
      const cityProgramme = withParameters({ jurisdictionRegionCode: '410100' });
      expect(
        evaluate('years-operating', input({ organisation: city, programme: cityProgramme })).verdict,
      ).toBe('pass');
    });

    it('reads the credit code however it was typed', () => {
      const typed = organisation({ creditCode: ` ${code('91410105MA4ABCDE1').toLowerCase()} ` });
      expect(evaluate('years-operating', input({ organisation: typed })).verdict).toBe('pass');
    });

    it('needs the Office for an invalid credit code on record', () => {
      const valid = code('91410105MA4ABCDE1');
      const wrongCheck = valid.slice(0, 17) + (valid.endsWith('0') ? '1' : '0');
      const bad = organisation({ creditCode: wrongCheck });
      expect(evaluate('years-operating', input({ organisation: bad }))).toMatchObject({
        verdict: 'needs-check',
        reason: { en: 'the Unified Social Credit Code on record is not valid; the Office checks it' },
      });
    });

    it('a failure outranks what needs checking, and the reason names only the failures', () => {
      const city = organisation({ creditCode: code('91410100MA4ABCDE1'), registrationDate: '2024-01-01' });
      const result = evaluate(
        'years-operating',
        withForm((f) => (f.legalPerson = false), { organisation: city }),
      );
      expect(result.verdict).toBe('fail');
      expect(result.reason.en).toBe(
        'the form says the organisation is not a legal person; registered 1 year 5 months ago; 5 years are required (reached on 2029-01-01)',
      );
    });

    it('fails when the applicant itself declares the condition unmet', () => {
      const result = evaluate(
        'years-operating',
        withForm((f) => (f.declarations['years-operating'] = { compliant: false, note: '', fileIds: [] })),
      );
      expect(result).toMatchObject({ verdict: 'fail', source: 'declaration' });
    });
  });

  describe('Art. 8(2): QMS effective 3 years, self-assessment report', () => {
    const qmsSince = (effectiveSince: string | null, programme = jinshui2011) =>
      evaluate(
        'quality-system',
        withForm((f) => (f.qms.effectiveSince = effectiveSince), { programme }),
      );

    it('passes exactly 3 years on, noting the Office confirms the sector-leading indicators', () => {
      const result = qmsSince('2022-06-30');
      expect(result.verdict).toBe('pass');
      expect(result.reason.en).toContain(
        'the QMS has been effective for 3 years; at least 3 years are required',
      );
      expect(result.reason.en).toContain('the self-assessment is complete (23 of 23 items, report uploaded)');
      expect(result.reason.en).toContain("the sector-leading indicators are confirmed in the Office's check");
    });

    it('fails one day short', () => {
      const result = qmsSince('2022-07-01');
      expect(result.verdict).toBe('fail');
      expect(result.reason.zh).toBe('质量管理体系有效运行 2 年 11 个月，不足 3 年（2025-07-01 满 3 年）');
    });

    it('follows the programme parameter', () => {
      expect(qmsSince('2021-06-30', withParameters({ minYearsQmsEffective: 4 })).verdict).toBe('pass');
      expect(qmsSince('2021-07-01', withParameters({ minYearsQmsEffective: 4 })).verdict).toBe('fail');
    });

    it('fails an uncertified QMS and needs the answers', () => {
      expect(
        evaluate(
          'quality-system',
          withForm((f) => (f.qms.certified = false)),
        ).verdict,
      ).toBe('fail');
      expect(
        evaluate(
          'quality-system',
          withForm((f) => (f.qms.certified = null)),
        ).verdict,
      ).toBe('needs-check');
      expect(qmsSince(null)).toMatchObject({
        verdict: 'needs-check',
        reason: { en: 'the date since when the QMS is effective is missing' },
      });
    });

    it('needs a complete self-assessment, saying how many items are answered', () => {
      const result = evaluate(
        'quality-system',
        withForm((f) => {
          delete f.selfAssessment['4.1.2'];
          delete f.selfAssessment['4.4.7'];
          f.selfAssessment['4.7.7'] = ' ';
        }),
      );
      expect(result).toMatchObject({
        verdict: 'needs-check',
        reason: { zh: '自评报告已填写 20/23 项', en: 'the self-assessment answers 20 of 23 items' },
      });
    });

    it('needs the report uploaded', () => {
      const result = evaluate(
        'quality-system',
        withForm((f) => (f.selfAssessmentReportFileId = null)),
      );
      expect(result).toMatchObject({
        verdict: 'needs-check',
        reason: { en: 'the self-assessment report (PDF) is not uploaded' },
      });
    });
  });

  describe.each([
    ['no-major-accident', 'condition'],
    ['standards-and-reputation', 'condition'],
    ['against-policy', 'exclusion'],
    ['missing-licence', 'exclusion'],
    ['liability-accident', 'exclusion'],
    ['failed-spot-check', 'exclusion'],
    ['public-order-violation', 'exclusion'],
    ['tax-evasion', 'exclusion'],
    ['wage-arrears', 'exclusion'],
    ['other-violations', 'exclusion'],
  ] as [DeclarationClause, 'condition' | 'exclusion'][])('%s: a declaration with evidence', (key, kind) => {
    const declared = (compliant: boolean | null, fileIds: string[] = []) =>
      evaluate(
        key,
        withForm((f) => (f.declarations[key] = { compliant, note: '', fileIds })),
      );

    it('passes when declared with evidence', () => {
      expect(declared(true, ['f1', 'f2'])).toMatchObject({
        verdict: 'pass',
        source: 'declaration',
        reason: { zh: '已声明，附证明材料 2 份', en: 'declared, with 2 evidence files' },
      });
      expect(declared(true, ['f1']).reason.en).toBe('declared, with 1 evidence file');
    });

    it('needs the Office when declared without evidence', () => {
      expect(declared(true)).toMatchObject({
        verdict: 'needs-check',
        reason: { en: 'declared without evidence' },
      });
    });

    it('needs a declaration', () => {
      expect(declared(null)).toMatchObject({ verdict: 'needs-check', reason: { zh: '尚未声明' } });
      expect(
        evaluate(
          key,
          withForm((f) => delete f.declarations[key]),
        ).verdict,
      ).toBe('needs-check');
    });

    it('fails on a "no"', () => {
      const result = declared(false, ['f1']);
      expect(result).toMatchObject({ verdict: 'fail', source: 'declaration' });
      expect(result.reason.en).toBe(
        kind === 'condition'
          ? 'the applicant declares it does not meet this condition'
          : 'the applicant declares that this exclusion applies to it',
      );
    });
  });

  describe('Art. 8(4): no loss in the last 3 years', () => {
    const financials = (rows: FinancialYear[], asOf = AS_OF, programme = jinshui2011) =>
      evaluate(
        'no-loss',
        withForm((f) => (f.financials = rows), { asOf, programme }),
      );

    it('passes three loss-free years, a break-even year included', () => {
      const result = financials([year(2024, 10), year(2023, 0), year(2022, 5)]);
      expect(result).toMatchObject({ verdict: 'pass', source: 'data' });
      expect(result.reason.en).toContain('no loss in 2022–2024');
    });

    it('fails a loss, naming the year', () => {
      const result = financials([year(2024, 10), year(2023, -120), year(2022, 5)]);
      expect(result.verdict).toBe('fail');
      expect(result.reason).toEqual({
        zh: '2023 年亏损（净利润 -120 万元）',
        en: 'a loss in 2023 (net profit -120 × 10,000 yuan)',
      });
    });

    it('fails a loss even when other years are missing', () => {
      expect(financials([year(2024, -1)]).verdict).toBe('fail');
    });

    it('needs the missing years, naming them', () => {
      const result = financials([year(2024, 10), year(2023, 10)]);
      expect(result).toMatchObject({
        verdict: 'needs-check',
        reason: { en: 'net profit missing for 2022; 3 consecutive years ending 2023 or later are required' },
      });
      expect(financials([year(2024, 10), year(2023, null), year(2022, 5)]).reason.en).toContain(
        'missing for 2023',
      );
    });

    it('accepts years ending the year before last while the accounts of last year are not closed', () => {
      expect(financials([year(2023, 1), year(2022, 1), year(2021, 1)], '2025-03-15').verdict).toBe('pass');
    });

    it('does not accept years ending earlier than that', () => {
      const result = financials([year(2022, 1), year(2021, 1), year(2020, 1)], '2025-03-15');
      expect(result.verdict).toBe('needs-check');
      expect(result.reason.en).toContain('net profit missing for 2023, 2024');
    });

    it('ignores a loss outside the window and the unfinished current year', () => {
      expect(
        financials([year(2025, -50), year(2024, 1), year(2023, 1), year(2022, 1), year(2021, -9)]).verdict,
      ).toBe('pass');
    });

    it('needs the Office for a year entered twice with different figures', () => {
      const result = financials([year(2024, 1), year(2024, 2), year(2023, 1), year(2022, 1)]);
      expect(result).toMatchObject({
        verdict: 'needs-check',
        reason: { en: 'different net profits entered for 2024' },
      });
    });

    it('follows the programme parameter', () => {
      const two = withParameters({ lossFreeYears: 2 });
      expect(financials([year(2024, 1), year(2023, 1)], AS_OF, two).verdict).toBe('pass');
      expect(financials([year(2024, 1), year(2023, 1), year(2022, -1)], AS_OF, two).verdict).toBe('pass');
      expect(financials([year(2024, 1), year(2023, 1), year(2022, -1)]).verdict).toBe('fail');
    });

    it('leaves a non-profit to the Office, losses or not', () => {
      const nonProfit = organisation({ kind: 'non_profit' });
      const result = evaluate(
        'no-loss',
        withForm((f) => (f.financials = [year(2024, -5)]), { organisation: nonProfit }),
      );
      expect(result.verdict).toBe('needs-check');
      expect(result.reason.en).toContain("social contribution is judged in the Office's check");
    });

    it('fails when the applicant declares the condition unmet', () => {
      const result = evaluate(
        'no-loss',
        withForm((f) => (f.declarations['no-loss'] = { compliant: false, note: '', fileIds: [] })),
      );
      expect(result).toMatchObject({ verdict: 'fail', source: 'declaration' });
    });
  });

  describe('Art. 8(6): recommended by the competent department', () => {
    const department = (
      opinion: 'agreed' | 'returned' | 'declined' | 'pending',
      locality: 'agreed' | 'pending' = 'pending',
    ) => evaluate('department-recommendation', input({ endorsements: { locality, department: opinion } }));

    it('follows the department endorsement', () => {
      expect(department('agreed')).toMatchObject({ verdict: 'pass', source: 'endorsement' });
      expect(department('returned')).toMatchObject({ verdict: 'fail', source: 'endorsement' });
      expect(department('declined')).toMatchObject({
        verdict: 'fail',
        source: 'endorsement',
        reason: { zh: '主管部门不同意推荐' },
      });
      expect(department('pending')).toMatchObject({
        verdict: 'needs-check',
        reason: { en: "waiting for the competent department's opinion" },
      });
    });

    it('is not decided by the town endorsement', () => {
      expect(department('pending', 'agreed').verdict).toBe('needs-check');
    });
  });

  describe('Art. 9(5): fraud in this award in the last 3 years (platform records)', () => {
    const found = (dates: string[], asOf = AS_OF, programme = jinshui2011) =>
      evaluate(
        'award-fraud',
        input({
          records: { fraudFindings: dates.map((foundOn) => ({ foundOn })), titles: [] },
          asOf,
          programme,
        }),
      );

    it('excludes while asOf is before the third anniversary of the finding', () => {
      const result = found(['2022-07-01']);
      expect(result).toMatchObject({ verdict: 'fail', source: 'platform-records' });
      expect(result.reason.en).toBe(
        "the platform's records show fraud in this award found on 2022-07-01; the organisation may not apply before 2025-07-01",
      );
      expect(found(['2022-06-30'], '2025-06-29').verdict).toBe('fail');
    });

    it('no longer excludes on the anniversary itself', () => {
      const result = found(['2022-06-30']);
      expect(result).toMatchObject({ verdict: 'pass', source: 'platform-records' });
      expect(result.reason.zh).toBe('平台记录中近 3 年无本奖评定弄虚作假的认定；已声明');
    });

    it('names the finding that excludes longest', () => {
      expect(found(['2023-01-10', '2024-05-20', '2020-01-01']).reason.en).toContain(
        'found on 2024-05-20; the organisation may not apply before 2027-05-20',
      );
    });

    it('follows the programme look-back', () => {
      const five = withParameters({ fraudLookbackYears: 5 });
      expect(found(['2020-07-01'], AS_OF, five).verdict).toBe('fail');
      expect(found(['2020-06-30'], AS_OF, five).verdict).toBe('pass');
    });

    it('still applies the declaration', () => {
      const no = evaluate(
        'award-fraud',
        withForm((f) => (f.declarations['award-fraud'] = { compliant: false, note: '', fileIds: [] })),
      );
      expect(no).toMatchObject({ verdict: 'fail', source: 'declaration' });
      const unanswered = evaluate(
        'award-fraud',
        withForm((f) => delete f.declarations['award-fraud']),
      );
      expect(unanswered).toMatchObject({ verdict: 'needs-check', source: 'declaration' });
      // The platform's records are the evidence: no upload needed.
      const noFiles = evaluate(
        'award-fraud',
        withForm((f) => (f.declarations['award-fraud'] = { compliant: true, note: '', fileIds: [] })),
      );
      expect(noFiles.verdict).toBe('pass');
    });

    it('needs the Office for a finding without a valid date', () => {
      expect(found(['unknown']).verdict).toBe('needs-check');
    });
  });

  describe('Art. 20: a current title holder may not apply again', () => {
    const titles = (list: EligibilityInput['records']['titles'], asOf = AS_OF) =>
      evaluate('title-validity', input({ records: { fraudFindings: [], titles: list }, asOf }));

    it('fails while a title is valid, through its last day, saying until when', () => {
      const result = titles([{ cycleYear: 2021, validUntil: AS_OF, revokedOn: null }]);
      expect(result).toMatchObject({ verdict: 'fail', source: 'platform-records' });
      expect(result.reason).toEqual({
        zh: '已获 2021 年度称号，有效期至 2025-06-30，期满后方可重新申报',
        en: 'holds the 2021 title, valid until 2025-06-30; the organisation may apply again after it expires',
      });
    });

    it('passes the day after it expires', () => {
      const result = titles([{ cycleYear: 2021, validUntil: '2025-06-29', revokedOn: null }]);
      expect(result).toMatchObject({
        verdict: 'pass',
        reason: { en: 'the 2021 title expired after 2025-06-29' },
      });
    });

    it('passes a revoked title (Art. 9(5) covers fraud), unless revoked only after asOf', () => {
      expect(titles([{ cycleYear: 2023, validUntil: '2027-12-31', revokedOn: '2024-03-01' }]).verdict).toBe(
        'pass',
      );
      expect(titles([{ cycleYear: 2023, validUntil: '2027-12-31', revokedOn: '2025-07-01' }]).verdict).toBe(
        'fail',
      );
    });

    it('passes without titles', () => {
      expect(titles([])).toMatchObject({
        verdict: 'pass',
        reason: { en: "no title of this award on the platform's records" },
      });
    });

    it('fails on any current title among expired ones', () => {
      const result = titles([
        { cycleYear: 2016, validUntil: '2020-12-31', revokedOn: null },
        { cycleYear: 2022, validUntil: '2026-12-31', revokedOn: null },
      ]);
      expect(result.verdict).toBe('fail');
      expect(result.reason.en).toContain('valid until 2026-12-31');
      expect(result.reason.en).not.toContain('2016');
    });
  });

  describe('Art. 8(5) priority', () => {
    it('flags holders of the listed honours without changing eligibility', () => {
      const plain = evaluateEligibility(input());
      expect(plain.priority).toEqual({ flagged: false, honours: [], clause: { article: 8, clause: 5 } });
      const honoured = evaluateEligibility(
        withForm((f) => (f.honours = ['henan_famous_trademark', 'china_top_brand', 'china_top_brand'])),
      );
      expect(honoured.priority).toEqual({
        flagged: true,
        honours: ['china_top_brand', 'henan_famous_trademark'],
        clause: { article: 8, clause: 5 },
      });
      expect(honoured.results).toEqual(plain.results);
      expect(honoured.eligible).toBe('yes');
    });
  });
});

describe('a programme numbered otherwise (the demo zhengzhou-demo-2024)', () => {
  const zz = (overrides: Partial<EligibilityInput> = {}) =>
    input({ programme: zhengzhouDemo2024, ...overrides });

  it('cites its own article for every rule kind, and for the priority honours', () => {
    const report = evaluateEligibility(zz());
    for (const result of report.results) {
      expect(result.ref, result.key).toEqual(zhengzhouDemo2024.clauses[result.key]);
    }
    expect(clause(report, 'department-recommendation').label).toEqual({ zh: '第六条(一)', en: 'Art. 6(1)' });
    expect(clause(report, 'award-fraud').label).toEqual({ zh: '第七条(一)', en: 'Art. 7(1)' });
    expect(clause(report, 'title-validity').label).toEqual({ zh: '第十一条', en: 'Art. 11' });
    expect(report.priority.clause).toEqual({ article: 6, clause: 6 });
  });

  it('applies its own numbers: five years of exclusion after fraud where Jinshui has three', () => {
    const records = { fraudFindings: [{ foundOn: '2021-06-01' }], titles: [] };
    expect(evaluate('award-fraud', zz({ records })).verdict).toBe('fail');
    expect(evaluate('award-fraud', zz({ records })).reason.zh).toContain('2026-06-01 前不得申报');
    expect(evaluate('award-fraud', input({ records })).verdict).toBe('pass');
  });

  it('applies its own numbers: three years in operation where Jinshui asks five', () => {
    const young = { ...organisation(), registrationDate: '2021-01-15' };
    // A district's organisation (410105) lies within the city's jurisdiction (410100).
    const city = evaluate('years-operating', zz({ organisation: young }));
    expect(city.verdict).toBe('pass');
    // One registered in another city (410200) is left for the Office, as a hint.
    const elsewhere = evaluate(
      'years-operating',
      zz({ organisation: { ...young, creditCode: code('91410200MA4ABCDE1') } }),
    );
    expect(elsewhere.verdict).toBe('needs-check');
    expect(elsewhere.reason.zh).toContain('不在辖区代码 410100 之内');
    const district = evaluate('years-operating', input({ organisation: young }));
    expect(district.verdict).toBe('fail');
    expect(district.reason.zh).toContain('不足 5 年');
  });
});
