import { selfAssessmentProgress } from '../../applications/core/application-checklist.js';
import type {
  ApplicationForm,
  DeclarationClause,
  FinancialYear,
  PriorityHonour,
} from '../../applications/core/application-form.js';
import { PRIORITY_HONOURS } from '../../applications/core/application-form.js';
import type { EndorsementOpinion } from '../../applications/core/application-status.js';
import { isIsoDate } from '../../platform/kernel/time.js';
import { checkCreditCode, normaliseCreditCode } from '../../organisations/core/credit-code.js';
import type { OrganisationFacts } from '../../organisations/core/organisation.js';
import type { LocalizedText } from '../../platform/i18n/localized.js';
import { articleLabel } from '../../programmes/catalogue.js';
import { jurisdictionContains } from '../../programmes/core/jurisdiction.js';
import type { RuleKind } from '../../programmes/core/rule-kinds.js';
import { RULE_KINDS } from '../../programmes/core/rule-kinds.js';
import type { ArticleRef, ProgrammeParameters, ProgrammeVersion } from '../../programmes/programme.types.js';
import type { FrameworkVersion } from '../../scoring/framework.types.js';

/**
 * The eligibility engine (Art. 8, Art. 9, Art. 20): every clause evaluated from the form, the
 * organisation's registration, the platform's own records and the endorsements, as pass / fail /
 * needs the Office's check, each with its reason and clause. Pure: the caller loads the facts.
 * The Office confirms or overrides a verdict with a written reason elsewhere; this only advises.
 */

export type Verdict = 'pass' | 'fail' | 'needs-check';
export type ClauseSource = 'data' | 'platform-records' | 'declaration' | 'endorsement';
export type EligibilityKey = RuleKind;

/** Every clause the engine evaluates, in the order of the report. */
export const ELIGIBILITY_KEYS: readonly EligibilityKey[] = RULE_KINDS;

export interface ClauseResult {
  /** A rule kind: 'years-operating' … 'title-validity' (one of `ELIGIBILITY_KEYS`). */
  key: RuleKind;
  ref: ArticleRef;
  /** 第八条(一) / Art. 8(1). */
  label: LocalizedText;
  /** What the clause asks, with the programme's numbers. */
  summary: LocalizedText;
  verdict: Verdict;
  reason: LocalizedText;
  /** Where the deciding finding comes from. */
  source: ClauseSource;
}

export interface EligibilityInput {
  programme: ProgrammeVersion;
  framework: FrameworkVersion;
  organisation: OrganisationFacts;
  form: ApplicationForm;
  /** The platform's own records about this organisation. */
  records: {
    /** Art. 9(5): fraud in this award, found on an ISO date. */
    fraudFindings: { foundOn: string }[];
    /** Art. 20: titles from earlier cycles. */
    titles: { cycleYear: number; validUntil: string; revokedOn: string | null }[];
  };
  /** The opinions of the current round; the department's decides Art. 8(6). */
  endorsements: { department: EndorsementOpinion; locality?: EndorsementOpinion };
  /** YYYY-MM-DD in Asia/Shanghai: the cycle's deadline date, or today. */
  asOf: string;
}

export interface EligibilityReport {
  results: ClauseResult[];
  /** No if any clause fails; pending if any needs the Office's check; yes otherwise. */
  eligible: 'yes' | 'no' | 'pending';
  /** Art. 8(5): holders of the listed honours may be recommended first — a flag, not a condition. */
  priority: { flagged: boolean; honours: PriorityHonour[]; clause: ArticleRef };
}

// ── Calendar arithmetic on YYYY-MM-DD dates ─────────────────────────────────────────────────

function dateParts(iso: string): [number, number, number] {
  const [y = 0, m = 0, d = 0] = iso.split('-').map(Number);
  return [y, m, d];
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isoOf(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The date `months` calendar months after `iso`. When the target month lacks the day (29
 * February in a common year, the 31st of a 30-day month) the date is the 1st of the month after:
 * a registration of 2020-02-29 is five years old on 2025-03-01, not on 2025-02-28. This is the
 * deliberate, conservative reading: the full period has not elapsed before the day after the
 * short month ends.
 */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = dateParts(iso);
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  if (d <= daysInMonth(year, month)) return isoOf(year, month, d);
  // Only February and 30-day months lack a day, so the month after is never in the next year.
  return isoOf(year, month + 1, 1);
}

/** The anniversary `years` years after `iso` (see `addMonths` for 29 February). */
export function addYears(iso: string, years: number): string {
  return addMonths(iso, years * 12);
}

/** Whole calendar months from `from` to `to` (0 when `to` is earlier), by the rule of `addMonths`. */
export function fullMonthsBetween(from: string, to: string): number {
  const [fy, fm] = dateParts(from);
  const [ty, tm] = dateParts(to);
  let months = (ty - fy) * 12 + (tm - fm);
  if (addMonths(from, months) > to) months -= 1;
  return Math.max(0, months);
}

function durationText(months: number): LocalizedText {
  const years = Math.floor(months / 12);
  const rest = months % 12;
  const zh =
    [years > 0 && `${years} 年`, rest > 0 && `${rest} 个月`].filter(Boolean).join(' ') || '不足 1 个月';
  const en =
    [
      years > 0 && `${years} ${years === 1 ? 'year' : 'years'}`,
      rest > 0 && `${rest} ${rest === 1 ? 'month' : 'months'}`,
    ]
      .filter(Boolean)
      .join(' ') || 'less than a month';
  return { zh, en };
}

function yearsEn(n: number): string {
  return `${n} ${n === 1 ? 'year' : 'years'}`;
}

// ── Findings and clause results ─────────────────────────────────────────────────────────────

interface Finding {
  verdict: Verdict;
  reason: LocalizedText;
  source: ClauseSource;
}

const SEVERITY: Record<Verdict, number> = { pass: 0, 'needs-check': 1, fail: 2 };

function finding(verdict: Verdict, source: ClauseSource, zh: string, en: string): Finding {
  return { verdict, source, reason: { zh, en } };
}

/** The clause's verdict is its worst finding; the reason gathers every finding of that verdict. */
function decide(
  key: EligibilityKey,
  ref: ArticleRef,
  summary: LocalizedText,
  findings: Finding[],
): ClauseResult {
  const worst = findings.reduce<Verdict>(
    (acc, f) => (SEVERITY[f.verdict] > SEVERITY[acc] ? f.verdict : acc),
    'pass',
  );
  const deciding = findings.filter((f) => f.verdict === worst);
  return {
    key,
    ref,
    label: articleLabel(ref),
    summary,
    verdict: worst,
    reason: {
      zh: deciding.map((f) => f.reason.zh).join('；'),
      en: deciding.map((f) => f.reason.en).join('; '),
    },
    source: deciding[0]?.source ?? 'data',
  };
}

type Kind = 'condition' | 'exclusion';

/**
 * The applicant's declaration on a clause. For a condition (Art. 8) `compliant` means "we meet
 * it"; for an exclusion (Art. 9) it means "it does not apply to us".
 */
function declarationFinding(
  form: ApplicationForm,
  clause: DeclarationClause,
  kind: Kind,
  needsEvidence: boolean,
): Finding {
  const declaration = form.declarations[clause];
  const compliant = declaration?.compliant ?? null;
  if (compliant === null) return finding('needs-check', 'declaration', '尚未声明', 'not declared yet');
  if (!compliant) {
    return kind === 'condition'
      ? finding(
          'fail',
          'declaration',
          '申报单位声明不符合本条件',
          'the applicant declares it does not meet this condition',
        )
      : finding(
          'fail',
          'declaration',
          '申报单位声明存在本情形',
          'the applicant declares that this exclusion applies to it',
        );
  }
  const files = declaration?.fileIds.length ?? 0;
  if (needsEvidence && files === 0) {
    return finding('needs-check', 'declaration', '已声明但未附证明材料', 'declared without evidence');
  }
  if (!needsEvidence) return finding('pass', 'declaration', '已声明', 'declared');
  return finding(
    'pass',
    'declaration',
    `已声明，附证明材料 ${files} 份`,
    `declared, with ${files} evidence ${files === 1 ? 'file' : 'files'}`,
  );
}

/** On a clause decided by data, the applicant's explicit "no" still fails it. */
function explicitNo(form: ApplicationForm, clause: DeclarationClause): Finding[] {
  return form.declarations[clause]?.compliant === false
    ? [declarationFinding(form, clause, 'condition', false)]
    : [];
}

/** Whether `years` full years have passed since `since` on `asOf`, as a finding. */
function periodFinding(
  since: string,
  asOf: string,
  years: number,
  text: { zh: (d: string) => string; en: (d: string) => string },
): Finding {
  const elapsed = durationText(fullMonthsBetween(since, asOf));
  const reached = addYears(since, years);
  if (asOf < reached) {
    return finding(
      'fail',
      'data',
      `${text.zh(elapsed.zh)}，不足 ${years} 年（${reached} 满 ${years} 年）`,
      `${text.en(elapsed.en)}; ${yearsEn(years)} are required (reached on ${reached})`,
    );
  }
  return finding(
    'pass',
    'data',
    `${text.zh(elapsed.zh)}，满 ${years} 年`,
    `${text.en(elapsed.en)}; at least ${yearsEn(years)} are required`,
  );
}

// ── The clauses ─────────────────────────────────────────────────────────────────────────────

function summaries(p: ProgrammeParameters): Record<EligibilityKey, LocalizedText> {
  const j = p.jurisdiction.value;
  const exclusion = p.exclusionLookbackYears.value;
  return {
    'years-operating': {
      zh: `在${j}登记注册，具有法人资格，合法经营满 ${p.minYearsInOperation.value} 年`,
      en: `Registered in ${j}, a legal person, in lawful operation for at least ${yearsEn(p.minYearsInOperation.value)}`,
    },
    'quality-system': {
      zh: `质量管理体系有效运行满 ${p.minYearsQmsEffective.value} 年，实施卓越绩效管理模式并提供自评报告，主要经济和质量指标国内同行业领先`,
      en: `A quality management system effective for at least ${yearsEn(p.minYearsQmsEffective.value)}, the performance-excellence model with a self-assessment report, sector-leading indicators`,
    },
    'no-major-accident': {
      zh: `连续 ${p.accidentFreeYears.value} 年未发生重大安全、环保、质量事故，产品经市级以上法定检验机构检验合格`,
      en: `No major safety, environmental or quality accident for ${yearsEn(p.accidentFreeYears.value)} in a row; products passed statutory inspection at city level or above`,
    },
    'no-loss': {
      zh: `经营业绩位居同行业前茅，最近 ${p.lossFreeYears.value} 年未发生亏损（非营利组织：社会贡献位于行业前列）`,
      en: `Results among the sector's best and no loss in the last ${yearsEn(p.lossFreeYears.value)} (non-profits: social contribution among the sector's best)`,
    },
    'standards-and-reputation': {
      zh: '实施标准化和品牌战略，节能减排效果突出，诚信记录和社会声誉良好',
      en: 'Standardisation and brand strategy, notable energy saving, a good credit record and reputation',
    },
    'department-recommendation': {
      zh: '获得区有关主管部门推荐',
      en: 'Recommended by the competent district department',
    },
    'against-policy': {
      zh: '不符合国家产业、环保、质量等政策的，不得申报',
      en: 'Excluded: against national industrial, environmental or quality policy',
    },
    'missing-licence': {
      zh: '应取得相关证照而未取得的，不得申报',
      en: 'Excluded: lacking a licence the law requires',
    },
    'liability-accident': {
      zh: `近 ${exclusion} 年内有质量、安全、环保等责任事故的，不得申报`,
      en: `Excluded: a quality, safety or environmental liability accident in the last ${yearsEn(exclusion)}`,
    },
    'failed-spot-check': {
      zh: `近 ${exclusion} 年内监督抽查不合格或存在严重服务质量问题的，不得申报`,
      en: `Excluded: a failed national, provincial or city spot check, or a serious service-quality problem, in the last ${yearsEn(exclusion)}`,
    },
    'award-fraud': {
      zh: `近 ${p.fraudLookbackYears.value} 年内参加本奖评定存在弄虚作假等违规行为的，不得申报`,
      en: `Excluded: fraud or irregularities in this award in the last ${yearsEn(p.fraudLookbackYears.value)}`,
    },
    'public-order-violation': {
      zh: '违反国家计划生育、社会治安综合治理政策的，不得申报',
      en: 'Excluded: violations of family-planning or public-order policy',
    },
    'tax-evasion': { zh: '有偷税漏税行为的，不得申报', en: 'Excluded: tax evasion' },
    'wage-arrears': {
      zh: '拖欠职工工资或社会保险金的，不得申报',
      en: "Excluded: arrears of employees' wages or social insurance",
    },
    'other-violations': {
      zh: `近 ${exclusion} 年内有其它违反法律、法规不良记录的，不得申报`,
      en: `Excluded: any other record of legal violations in the last ${yearsEn(exclusion)}`,
    },
    'title-validity': {
      zh: `称号有效期 ${p.titleValidityYears.value} 年，有效期内不得再次申报，期满可重新申报`,
      en: `A title is valid for ${yearsEn(p.titleValidityYears.value)}; a current holder may not apply again until it expires`,
    },
  };
}

function art8_1({ programme, organisation, form, asOf }: EligibilityInput): Finding[] {
  const p = programme.parameters;
  const j = p.jurisdiction.value;
  const findings: Finding[] = [];

  if (form.registeredInJurisdiction === null) {
    findings.push(
      finding(
        'needs-check',
        'data',
        `尚未回答是否在${j}登记注册`,
        `not yet answered whether registered in ${j}`,
      ),
    );
  } else if (!form.registeredInJurisdiction) {
    findings.push(
      finding(
        'fail',
        'data',
        `申报表答复未在${j}登记注册`,
        `the form says the organisation is not registered in ${j}`,
      ),
    );
  } else {
    findings.push(finding('pass', 'data', `已在${j}登记注册`, `registered in ${j}`));
  }

  if (form.legalPerson === null) {
    findings.push(
      finding('needs-check', 'data', '尚未回答是否具有法人资格', 'not yet answered whether a legal person'),
    );
  } else if (!form.legalPerson) {
    findings.push(
      finding(
        'fail',
        'data',
        '申报表答复不具有法人资格',
        'the form says the organisation is not a legal person',
      ),
    );
  } else {
    findings.push(finding('pass', 'data', '具有法人资格', 'a legal person'));
  }

  if (!isIsoDate(organisation.registrationDate)) {
    findings.push(
      finding('needs-check', 'data', '成立日期缺失或无效', 'the registration date is missing or not valid'),
    );
  } else {
    findings.push(
      periodFinding(organisation.registrationDate, asOf, p.minYearsInOperation.value, {
        zh: (d) => `成立 ${d}`,
        en: (d) => `registered ${d} ago`,
      }),
    );
  }

  const code = checkCreditCode(normaliseCreditCode(organisation.creditCode));
  const expected = p.jurisdictionRegionCode.value;
  if (!code.ok) {
    findings.push(
      finding(
        'needs-check',
        'data',
        '登记的统一社会信用代码无效，由办公室核实',
        'the Unified Social Credit Code on record is not valid; the Office checks it',
      ),
    );
  } else if (!jurisdictionContains(expected, code.regionCode)) {
    // A city's award takes its districts' organisations: 410105 lies within 410100.
    findings.push(
      finding(
        'needs-check',
        'data',
        `统一社会信用代码的行政区划码为 ${code.regionCode}，不在辖区代码 ${expected} 之内；代码只作提示、不作依据，由办公室核实登记地`,
        `the credit code's region code is ${code.regionCode}, outside the jurisdiction's ${expected}; the code is only a hint, never proof: the Office confirms where the organisation is registered`,
      ),
    );
  }
  return [...findings, ...explicitNo(form, 'years-operating')];
}

function art8_2({ programme, framework, form, asOf }: EligibilityInput): Finding[] {
  const years = programme.parameters.minYearsQmsEffective.value;
  const findings: Finding[] = [];
  const { qms } = form;

  if (qms.certified === null) {
    findings.push(
      finding(
        'needs-check',
        'data',
        '尚未回答是否通过质量管理体系认证',
        'not yet answered whether the QMS is certified',
      ),
    );
  } else if (!qms.certified) {
    findings.push(
      finding('fail', 'data', '质量管理体系未通过认证', 'the quality management system is not certified'),
    );
  } else {
    findings.push(
      finding('pass', 'data', '质量管理体系已认证', 'the quality management system is certified'),
    );
  }

  if (qms.certified !== false) {
    if (!isIsoDate(qms.effectiveSince)) {
      findings.push(
        finding(
          'needs-check',
          'data',
          '缺少质量管理体系有效运行起始日期',
          'the date since when the QMS is effective is missing',
        ),
      );
    } else {
      findings.push(
        periodFinding(qms.effectiveSince, asOf, years, {
          zh: (d) => `质量管理体系有效运行 ${d}`,
          en: (d) => `the QMS has been effective for ${d}`,
        }),
      );
    }
  }

  const progress = selfAssessmentProgress(form, framework);
  const complete = progress.answered === progress.total;
  if (!complete) {
    findings.push(
      finding(
        'needs-check',
        'data',
        `自评报告已填写 ${progress.answered}/${progress.total} 项`,
        `the self-assessment answers ${progress.answered} of ${progress.total} items`,
      ),
    );
  }
  if (!form.selfAssessmentReportFileId) {
    findings.push(
      finding(
        'needs-check',
        'data',
        '尚未上传自评报告全文（PDF）',
        'the self-assessment report (PDF) is not uploaded',
      ),
    );
  }
  if (complete && form.selfAssessmentReportFileId) {
    findings.push(
      finding(
        'pass',
        'data',
        `自评报告完整（${progress.total}/${progress.total} 项，全文已上传）`,
        `the self-assessment is complete (${progress.total} of ${progress.total} items, report uploaded)`,
      ),
    );
  }
  findings.push(
    finding(
      'pass',
      'data',
      '主要经济和质量指标国内同行业领先的情况由办公室初审核实',
      "the sector-leading indicators are confirmed in the Office's check",
    ),
  );
  return [...findings, ...explicitNo(form, 'quality-system')];
}

function yearsRange(years: number[]): string {
  const first = years[0];
  const last = years[years.length - 1];
  return first === last ? String(first) : `${first}–${last}`;
}

function art8_4({ programme, organisation, form, asOf }: EligibilityInput): Finding[] {
  const declared = explicitNo(form, 'no-loss');
  if (organisation.kind === 'non_profit') {
    return [
      finding(
        'needs-check',
        'data',
        '非营利组织：社会贡献是否位于行业前列由办公室核实',
        "a non-profit organisation: its social contribution is judged in the Office's check",
      ),
      ...declared,
    ];
  }

  const needed = programme.parameters.lossFreeYears.value;
  const asOfYear = dateParts(asOf)[0];
  // Only complete financial years count; the most recent may be last year or, before the
  // accounts are closed, the year before.
  const entries = form.financials.filter((f) => Number.isInteger(f.year) && f.year < asOfYear);
  const latest = Math.max(...entries.map((f) => f.year), -Infinity);
  const end = latest >= asOfYear - 2 ? latest : asOfYear - 1;
  const window = Array.from({ length: needed }, (_, i) => end - needed + 1 + i);
  const byYear = new Map<number, FinancialYear[]>();
  for (const entry of entries) byYear.set(entry.year, [...(byYear.get(entry.year) ?? []), entry]);

  const findings: Finding[] = [];
  const losses = window.flatMap((year) =>
    (byYear.get(year) ?? []).filter((f) => f.netProfit !== null && f.netProfit < 0),
  );
  for (const loss of losses) {
    findings.push(
      finding(
        'fail',
        'data',
        `${loss.year} 年亏损（净利润 ${loss.netProfit} 万元）`,
        `a loss in ${loss.year} (net profit ${loss.netProfit} × 10,000 yuan)`,
      ),
    );
  }
  const missing = window.filter((year) => {
    const rows = byYear.get(year) ?? [];
    return rows.length === 0 || rows.some((f) => f.netProfit === null || !Number.isFinite(f.netProfit));
  });
  if (missing.length > 0) {
    findings.push(
      finding(
        'needs-check',
        'data',
        `缺少 ${missing.join('、')} 年的净利润数据；需要截至 ${asOfYear - 2} 年或以后的连续 ${needed} 个年度`,
        `net profit missing for ${missing.join(', ')}; ${needed} consecutive years ending ${asOfYear - 2} or later are required`,
      ),
    );
  }
  const twice = window.filter((year) => new Set((byYear.get(year) ?? []).map((f) => f.netProfit)).size > 1);
  if (twice.length > 0) {
    findings.push(
      finding(
        'needs-check',
        'data',
        `${twice.join('、')} 年填写了不同的净利润`,
        `different net profits entered for ${twice.join(', ')}`,
      ),
    );
  }
  findings.push(
    finding(
      'pass',
      'data',
      `${yearsRange(window)} 年均未亏损；上年度经营业绩是否位居同行业前茅由办公室核实`,
      `no loss in ${yearsRange(window)}; whether last year's results rank among the sector's best is confirmed in the Office's check`,
    ),
  );
  return [...findings, ...declared];
}

function art8_6({ form, endorsements }: EligibilityInput): Finding[] {
  const opinion = {
    agreed: finding(
      'pass',
      'endorsement',
      '主管部门已签署推荐意见',
      'the competent department has recommended the application',
    ),
    returned: finding(
      'fail',
      'endorsement',
      '主管部门退回，未予推荐',
      'the competent department returned the application without recommending it',
    ),
    declined: finding(
      'fail',
      'endorsement',
      '主管部门不同意推荐',
      'the competent department declined to recommend the application',
    ),
    pending: finding(
      'needs-check',
      'endorsement',
      '等待主管部门的推荐意见',
      "waiting for the competent department's opinion",
    ),
  }[endorsements.department];
  return [opinion, ...explicitNo(form, 'department-recommendation')];
}

function art9_5({ programme, form, records, asOf }: EligibilityInput): Finding[] {
  const years = programme.parameters.fraudLookbackYears.value;
  const findings: Finding[] = [];
  if (records.fraudFindings.some((f) => !isIsoDate(f.foundOn))) {
    findings.push(
      finding(
        'needs-check',
        'platform-records',
        '平台记录中有一项认定缺少有效日期',
        'a finding on record has no valid date',
      ),
    );
  }
  // Excluded while asOf is before the anniversary of the finding: on that day it no longer counts.
  const active = records.fraudFindings
    .filter((f) => isIsoDate(f.foundOn))
    .map((f) => ({ foundOn: f.foundOn, until: addYears(f.foundOn, years) }))
    .filter((f) => asOf < f.until)
    .sort((a, b) => (a.until < b.until ? 1 : -1));
  const latest = active[0];
  if (latest) {
    findings.push(
      finding(
        'fail',
        'platform-records',
        `平台记录显示 ${latest.foundOn} 认定在本奖评定中弄虚作假，${latest.until} 前不得申报`,
        `the platform's records show fraud in this award found on ${latest.foundOn}; the organisation may not apply before ${latest.until}`,
      ),
    );
  } else {
    findings.push(
      finding(
        'pass',
        'platform-records',
        `平台记录中近 ${years} 年无本奖评定弄虚作假的认定`,
        `no finding of fraud in this award in the last ${yearsEn(years)} on the platform's records`,
      ),
    );
  }
  findings.push(declarationFinding(form, 'award-fraud', 'exclusion', false));
  return findings;
}

function titleValidity({ records, asOf }: EligibilityInput): Finding[] {
  const titles = records.titles;
  if (titles.length === 0) {
    return [
      finding(
        'pass',
        'platform-records',
        '平台记录中没有本奖称号',
        "no title of this award on the platform's records",
      ),
    ];
  }
  const findings: Finding[] = [];
  for (const title of [...titles].sort((a, b) => b.cycleYear - a.cycleYear)) {
    if (!isIsoDate(title.validUntil)) {
      findings.push(
        finding(
          'needs-check',
          'platform-records',
          `${title.cycleYear} 年度称号的有效期记录无效`,
          `the validity of the ${title.cycleYear} title on record is not valid`,
        ),
      );
    } else if (title.revokedOn !== null && title.revokedOn <= asOf) {
      findings.push(
        finding(
          'pass',
          'platform-records',
          `${title.cycleYear} 年度称号已于 ${title.revokedOn} 撤销`,
          `the ${title.cycleYear} title was revoked on ${title.revokedOn}`,
        ),
      );
    } else if (title.validUntil >= asOf) {
      findings.push(
        finding(
          'fail',
          'platform-records',
          `已获 ${title.cycleYear} 年度称号，有效期至 ${title.validUntil}，期满后方可重新申报`,
          `holds the ${title.cycleYear} title, valid until ${title.validUntil}; the organisation may apply again after it expires`,
        ),
      );
    } else {
      findings.push(
        finding(
          'pass',
          'platform-records',
          `${title.cycleYear} 年度称号已于 ${title.validUntil} 期满`,
          `the ${title.cycleYear} title expired after ${title.validUntil}`,
        ),
      );
    }
  }
  return findings;
}

/** Evaluates every clause of Art. 8 and Art. 9, and Art. 20, for one application. */
export function evaluateEligibility(input: EligibilityInput): EligibilityReport {
  if (!isIsoDate(input.asOf)) throw new RangeError(`asOf must be a YYYY-MM-DD date, got ${input.asOf}`);
  const { form } = input;
  const summary = summaries(input.programme.parameters);
  const declared = (clause: DeclarationClause, kind: Kind) => [declarationFinding(form, clause, kind, true)];

  const findings: Record<EligibilityKey, Finding[]> = {
    'years-operating': art8_1(input),
    'quality-system': art8_2(input),
    'no-major-accident': declared('no-major-accident', 'condition'),
    'no-loss': art8_4(input),
    'standards-and-reputation': declared('standards-and-reputation', 'condition'),
    'department-recommendation': art8_6(input),
    'against-policy': declared('against-policy', 'exclusion'),
    'missing-licence': declared('missing-licence', 'exclusion'),
    'liability-accident': declared('liability-accident', 'exclusion'),
    'failed-spot-check': declared('failed-spot-check', 'exclusion'),
    'award-fraud': art9_5(input),
    'public-order-violation': declared('public-order-violation', 'exclusion'),
    'tax-evasion': declared('tax-evasion', 'exclusion'),
    'wage-arrears': declared('wage-arrears', 'exclusion'),
    'other-violations': declared('other-violations', 'exclusion'),
    'title-validity': titleValidity(input),
  };
  const results = ELIGIBILITY_KEYS.map((key) =>
    decide(key, input.programme.clauses[key], summary[key], findings[key]),
  );

  const eligible = results.some((r) => r.verdict === 'fail')
    ? 'no'
    : results.some((r) => r.verdict === 'needs-check')
      ? 'pending'
      : 'yes';
  const honours = PRIORITY_HONOURS.filter((h) => form.honours.includes(h));
  return {
    results,
    eligible,
    priority: {
      flagged: honours.length > 0,
      honours,
      clause: input.programme.clauses['standards-and-reputation'],
    },
  };
}
