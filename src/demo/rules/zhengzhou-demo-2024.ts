import type { ProgrammeVersion } from '../../programmes/programme.types.js';

const article = (
  number: number,
  chapter: number,
  title: [string, string],
  text: [string, string],
  platform: [string, string],
) => ({
  number,
  chapter,
  title: { zh: title[0], en: title[1] },
  text: { zh: text[0], en: text[1] },
  platform: { zh: platform[0], en: platform[1] },
});

const P = ['按本条执行。', 'Applied as the article says.'] as [string, string];

/**
 * A second award programme for the demo — a city-level Mayor's Quality Award whose numbers and
 * article numbering differ from Jinshui's on purpose (at most 5 winners, panels of exactly 7, a
 * 3-year title, 7 days of public notice; conditions in Art. 6, exclusions in Art. 7, in another
 * order). It is an invented document, marked 演示 / demo everywhere, loaded only in demo mode to
 * show that every number and every cited article comes from the stored rules, not from code.
 */
export const zhengzhouDemo2024: ProgrammeVersion = {
  id: 'zhengzhou-demo-2024',
  title: {
    zh: '郑州市市长质量奖评审办法（演示）',
    en: "Zhengzhou Mayor's Quality Award Evaluation Rules (demo)",
  },
  issuer: {
    zh: '演示文件（虚构，不是政府发布的文件）',
    en: 'Demo document (invented; not issued by any government)',
  },
  documentNumber: '演示〔2024〕1号',
  effectiveDate: '2024-01-01',
  defaultFrameworkId: 'gbt19580-2012',
  chapters: [
    { number: 1, title: { zh: '总则', en: 'General Provisions' } },
    { number: 2, title: { zh: '组织与标准', en: 'Organisation and Criteria' } },
    { number: 3, title: { zh: '申报条件', en: 'Application Requirements' } },
    { number: 4, title: { zh: '评审与公示', en: 'Evaluation and Public Notice' } },
    { number: 5, title: { zh: '奖励与附则', en: 'Rewards and Supplementary Provisions' } },
  ],
  articles: [
    article(
      1,
      1,
      ['目的', 'Purpose'],
      [
        '为推动郑州市质量发展，表彰质量管理卓越的组织，制定本办法（演示）。',
        'These Rules (a demo) are made to advance quality in Zhengzhou and to honour organisations with excellent quality management.',
      ],
      ['作为评奖项目的序言展示。', "Shown as the programme's preamble."],
    ),
    article(
      2,
      1,
      ['适用范围', 'Scope'],
      ['本办法适用于在郑州市登记注册的组织。', 'These Rules apply to organisations registered in Zhengzhou.'],
      ['辖区由本条确定。', 'The jurisdiction comes from this article.'],
    ),
    article(
      3,
      1,
      ['名额', 'Number of awards'],
      [
        '市长质量奖每年评选一次，每次获奖组织不超过5个，评审得分低于总分60%的不授奖。',
        "The Mayor's Quality Award is given once a year to no more than 5 organisations; none is given for a score below 60% of the total.",
      ],
      P,
    ),
    article(
      4,
      2,
      ['评审组', 'Panels'],
      [
        '评审组由7名评审员组成，实行组长负责制。',
        'Each panel consists of 7 evaluators under a panel leader.',
      ],
      [
        '评审组人数和组长由本条确定，抽取时据此核对。',
        'Panel size and leader come from this article and are checked at the draw.',
      ],
    ),
    article(
      5,
      2,
      ['评审标准', 'Criteria'],
      [
        '评审依据GB/T 19580《卓越绩效评价准则》。',
        'Evaluation follows GB/T 19580, Criteria for Performance Excellence.',
      ],
      P,
    ),
    article(
      6,
      3,
      ['申报条件', 'Conditions'],
      [
        '申报单位须具备下列条件：\n（一）获得市有关主管部门推荐；\n（二）在郑州市登记注册，具有法人资格，合法经营3年以上；\n（三）质量管理体系有效运行2年以上，实施卓越绩效管理模式并提供自评报告；\n（四）连续3年未发生重大安全、环保、质量事故；\n（五）最近2年未发生亏损；\n（六）实施标准化和品牌战略，诚信记录良好。',
        'An applicant must meet the following conditions:\n(1) It is recommended by the competent city department;\n(2) It is registered in Zhengzhou, a legal person, in lawful operation for 3 years or more;\n(3) Its quality management system has been effective for 2 years or more, with the performance-excellence model and a self-assessment report;\n(4) It has had no major safety, environmental or quality accident for 3 consecutive years;\n(5) It has made no loss in the last 2 years;\n(6) It implements standardisation and brand strategies and has a good credit record.',
      ],
      [
        '逐项声明并附证明材料，每项结论引用本条。',
        'Declared clause by clause with evidence; every verdict cites this article.',
      ],
    ),
    article(
      7,
      3,
      ['不得申报的情形', 'Exclusions'],
      [
        '有下列情形之一的，不得申报：\n（一）近5年内参加本奖评审存在弄虚作假行为的；\n（二）不符合国家产业、环保、质量政策的；\n（三）应取得相关证照而未取得的；\n（四）近2年内有质量、安全、环保责任事故的；\n（五）近2年内监督抽查不合格的；\n（六）违反社会治安综合治理政策的；\n（七）有偷税漏税行为的；\n（八）拖欠职工工资或社会保险金的；\n（九）近2年内有其它违法不良记录的。',
        'An organisation may not apply if:\n(1) It committed fraud in this award within the last 5 years;\n(2) It does not comply with national industrial, environmental or quality policy;\n(3) It lacks a licence the law requires;\n(4) It had a quality, safety or environmental liability accident within the last 2 years;\n(5) It failed a supervisory spot check within the last 2 years;\n(6) It violated public-order policy;\n(7) It has evaded taxes;\n(8) It is in arrears with wages or social insurance;\n(9) It has any other record of legal violations within the last 2 years.',
      ],
      [
        '逐项声明；第（一）项由平台记录自动判断。',
        'Declared clause by clause; clause (1) is decided from the platform’s records.',
      ],
    ),
    article(
      8,
      4,
      ['申报材料', 'Application'],
      [
        '申报单位提交申报表、自评报告和不超过2000字的单位概述。',
        'An applicant submits the form, the self-assessment report and an overview of no more than 2000 characters.',
      ],
      P,
    ),
    article(
      9,
      4,
      ['公示', 'Public notice'],
      [
        '拟授奖名单向社会公示，公示期不少于7天。',
        'The proposed winners are published for no less than 7 days.',
      ],
      P,
    ),
    article(
      10,
      5,
      ['奖励', 'Reward'],
      ['对获奖组织给予30万元奖励。', 'Each winner receives a reward of 300,000 yuan.'],
      P,
    ),
    article(
      11,
      5,
      ['称号有效期', 'Validity of the title'],
      [
        '市长质量奖称号有效期为3年，有效期内不得再次申报。',
        'The title is valid for 3 years; a holder may not apply again while it is valid.',
      ],
      P,
    ),
    article(
      12,
      5,
      ['施行', 'Entry into force'],
      ['本办法自公布之日起施行。', 'These Rules take effect on publication.'],
      P,
    ),
  ],
  parameters: {
    jurisdiction: {
      value: '郑州市',
      unit: 'text',
      label: { zh: '辖区', en: 'Jurisdiction' },
      source: { article: 2 },
    },
    jurisdictionRegionCode: {
      value: '410100',
      unit: 'text',
      label: { zh: '辖区行政区划代码（GB/T 2260）', en: 'Region code of the jurisdiction (GB/T 2260)' },
      source: { article: 6, clause: 2 },
    },
    maxWinnersPerYear: {
      value: 5,
      unit: 'count',
      label: { zh: '每年获奖组织上限', en: 'Most winners a year' },
      source: { article: 3 },
    },
    minimumQualifyingScorePercent: {
      value: 60,
      unit: 'percent',
      label: { zh: '授奖最低得分率', en: 'Lowest score for an award (default)' },
      source: { article: 3 },
    },
    minYearsInOperation: {
      value: 3,
      unit: 'years',
      label: { zh: '合法经营年限', en: 'Years in lawful operation' },
      source: { article: 6, clause: 2 },
    },
    minYearsQmsEffective: {
      value: 2,
      unit: 'years',
      label: { zh: '质量管理体系有效运行年限', en: 'Years the QMS has been effective' },
      source: { article: 6, clause: 3 },
    },
    accidentFreeYears: {
      value: 3,
      unit: 'years',
      label: { zh: '无重大事故年限', en: 'Years without a major accident' },
      source: { article: 6, clause: 4 },
    },
    lossFreeYears: {
      value: 2,
      unit: 'years',
      label: { zh: '无亏损年限', en: 'Years without a loss' },
      source: { article: 6, clause: 5 },
    },
    exclusionLookbackYears: {
      value: 2,
      unit: 'years',
      label: { zh: '排除情形追溯年限', en: 'Look-back of the exclusions' },
      source: { article: 7, clause: 4 },
    },
    fraudLookbackYears: {
      value: 5,
      unit: 'years',
      label: { zh: '弄虚作假排除年限', en: 'Exclusion after fraud in this award' },
      source: { article: 7, clause: 1 },
    },
    panelSizeMin: {
      value: 7,
      unit: 'experts',
      label: { zh: '评审组最少人数', en: 'Smallest panel' },
      source: { article: 4 },
    },
    panelSizeMax: {
      value: 7,
      unit: 'experts',
      label: { zh: '评审组最多人数', en: 'Largest panel' },
      source: { article: 4 },
    },
    leadersPerPanel: {
      value: 1,
      unit: 'experts',
      label: { zh: '每组组长人数', en: 'Leaders per panel' },
      source: { article: 4 },
    },
    publicNoticeMinDays: {
      value: 7,
      unit: 'days',
      label: { zh: '公示最少天数', en: 'Shortest public notice' },
      source: { article: 9 },
    },
    prizePerWinnerYuan: {
      value: 300000,
      unit: 'yuan',
      label: { zh: '每个获奖组织奖金', en: 'Reward per winner' },
      source: { article: 10 },
    },
    titleValidityYears: {
      value: 3,
      unit: 'years',
      label: { zh: '称号有效期', en: 'Validity of the title' },
      source: { article: 11 },
    },
    overviewMaxChars: {
      value: 2000,
      unit: 'count',
      label: { zh: '单位概述字数上限', en: 'Longest overview' },
      source: { article: 8 },
    },
  },
  clauses: {
    'department-recommendation': { article: 6, clause: 1 },
    'years-operating': { article: 6, clause: 2 },
    'quality-system': { article: 6, clause: 3 },
    'no-major-accident': { article: 6, clause: 4 },
    'no-loss': { article: 6, clause: 5 },
    'standards-and-reputation': { article: 6, clause: 6 },
    'award-fraud': { article: 7, clause: 1 },
    'against-policy': { article: 7, clause: 2 },
    'missing-licence': { article: 7, clause: 3 },
    'liability-accident': { article: 7, clause: 4 },
    'failed-spot-check': { article: 7, clause: 5 },
    'public-order-violation': { article: 7, clause: 6 },
    'tax-evasion': { article: 7, clause: 7 },
    'wage-arrears': { article: 7, clause: 8 },
    'other-violations': { article: 7, clause: 9 },
    'title-validity': { article: 11 },
  },
  localities: [
    { zh: '中原区', en: 'Zhongyuan District' },
    { zh: '二七区', en: 'Erqi District' },
    { zh: '管城回族区', en: 'Guancheng Hui District' },
    { zh: '金水区', en: 'Jinshui District' },
    { zh: '惠济区', en: 'Huiji District' },
  ],
};
