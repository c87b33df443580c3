import type { FrameworkVersion } from '../framework.types.js';

/**
 * GB/T 19580-2012 卓越绩效评价准则 (Criteria for Performance Excellence) — the default scoring framework
 * (金水区区长质量奖评选实施细则 Art. 10). Clause x.1 of each category is an unscored summary (提要);
 * scored items start at x.2. The split of points inside 4.2–4.7 was not confirmed against the
 * standard's own text (see spec/SCORING.md): a correction is a one-line change here.
 *
 * Band descriptions follow GB/Z 19579-2012 (卓越绩效评价准则实施指南), which adopts the Baldrige
 * scoring guidelines.
 */
export const gbt19580_2012: FrameworkVersion = {
  id: 'gbt19580-2012',
  title: {
    zh: '卓越绩效评价准则（GB/T 19580-2012）',
    en: 'Criteria for Performance Excellence (GB/T 19580-2012)',
  },
  standard: 'GB/T 19580-2012',
  totalPoints: 1000,
  percentStep: 5,
  categories: [
    {
      code: '4.1',
      title: { zh: '领导', en: 'Leadership' },
      points: 110,
      items: [
        {
          code: '4.1.2',
          title: { zh: '高层领导的作用', en: 'Role of senior leaders' },
          points: 50,
          kind: 'process',
        },
        {
          code: '4.1.3',
          title: { zh: '组织治理', en: 'Organisational governance' },
          points: 30,
          kind: 'process',
        },
        {
          code: '4.1.4',
          title: { zh: '社会责任', en: 'Social responsibility' },
          points: 30,
          kind: 'process',
        },
      ],
    },
    {
      code: '4.2',
      title: { zh: '战略', en: 'Strategy' },
      points: 90,
      items: [
        { code: '4.2.2', title: { zh: '战略制定', en: 'Strategy development' }, points: 40, kind: 'process' },
        { code: '4.2.3', title: { zh: '战略部署', en: 'Strategy deployment' }, points: 50, kind: 'process' },
      ],
    },
    {
      code: '4.3',
      title: { zh: '顾客与市场', en: 'Customers and markets' },
      points: 90,
      items: [
        {
          code: '4.3.2',
          title: { zh: '顾客和市场的了解', en: 'Understanding customers and markets' },
          points: 40,
          kind: 'process',
        },
        {
          code: '4.3.3',
          title: { zh: '顾客关系与顾客满意', en: 'Customer relationships and satisfaction' },
          points: 50,
          kind: 'process',
        },
      ],
    },
    {
      code: '4.4',
      title: { zh: '资源', en: 'Resources' },
      points: 130,
      items: [
        { code: '4.4.2', title: { zh: '人力资源', en: 'Human resources' }, points: 60, kind: 'process' },
        { code: '4.4.3', title: { zh: '财务资源', en: 'Financial resources' }, points: 15, kind: 'process' },
        {
          code: '4.4.4',
          title: { zh: '信息和知识资源', en: 'Information and knowledge resources' },
          points: 20,
          kind: 'process',
        },
        { code: '4.4.5', title: { zh: '技术资源', en: 'Technology resources' }, points: 15, kind: 'process' },
        { code: '4.4.6', title: { zh: '基础设施', en: 'Infrastructure' }, points: 10, kind: 'process' },
        {
          code: '4.4.7',
          title: { zh: '相关方关系', en: 'Stakeholder relationships' },
          points: 10,
          kind: 'process',
        },
      ],
    },
    {
      code: '4.5',
      title: { zh: '过程管理', en: 'Process management' },
      points: 100,
      items: [
        {
          code: '4.5.2',
          title: { zh: '过程的识别与设计', en: 'Process identification and design' },
          points: 50,
          kind: 'process',
        },
        {
          code: '4.5.3',
          title: { zh: '过程的实施与改进', en: 'Process implementation and improvement' },
          points: 50,
          kind: 'process',
        },
      ],
    },
    {
      code: '4.6',
      title: { zh: '测量、分析与改进', en: 'Measurement, analysis and improvement' },
      points: 80,
      items: [
        {
          code: '4.6.2',
          title: { zh: '测量、分析和评价', en: 'Measurement, analysis and evaluation' },
          points: 40,
          kind: 'process',
        },
        {
          code: '4.6.3',
          title: { zh: '改进与创新', en: 'Improvement and innovation' },
          points: 40,
          kind: 'process',
        },
      ],
    },
    {
      code: '4.7',
      title: { zh: '结果', en: 'Results' },
      points: 400,
      items: [
        {
          code: '4.7.2',
          title: { zh: '产品和服务结果', en: 'Product and service results' },
          points: 80,
          kind: 'results',
        },
        {
          code: '4.7.3',
          title: { zh: '顾客与市场结果', en: 'Customer and market results' },
          points: 80,
          kind: 'results',
        },
        { code: '4.7.4', title: { zh: '财务结果', en: 'Financial results' }, points: 80, kind: 'results' },
        { code: '4.7.5', title: { zh: '资源结果', en: 'Resource results' }, points: 60, kind: 'results' },
        {
          code: '4.7.6',
          title: { zh: '过程有效性结果', en: 'Process effectiveness results' },
          points: 50,
          kind: 'results',
        },
        {
          code: '4.7.7',
          title: { zh: '领导方面的结果', en: 'Leadership results' },
          points: 50,
          kind: 'results',
        },
      ],
    },
  ],
  bands: [
    {
      minPercent: 0,
      maxPercent: 5,
      process: {
        zh: '显然没有系统的方法，信息是零散、孤立的；方法没有展开或略有展开；不能证实具有改进导向，已有的改进仅仅是“对问题作出反应”；不能证实组织的一致性，各个方面或部门的运作相互独立。',
        en: 'No systematic approach to the item requirements is evident; information is anecdotal. Little or no deployment of any approach is evident. An improvement orientation is not evident; improvement is achieved by reacting to problems. No organisational alignment is evident; individual areas or work units operate independently.',
      },
      results: {
        zh: '没有描述结果，或结果很差；没有显示趋势的数据，或显示了总体不良的趋势；没有对比性信息；在对组织关键经营要求重要的任何方面均没有描述结果。',
        en: "There are no results or the results are poor. Trend data are either not reported or show mainly adverse trends. Comparative information is not reported. Results are not reported for any areas of importance to the organisation's key requirements.",
      },
    },
    {
      minPercent: 10,
      maxPercent: 25,
      process: {
        zh: '开始有应对该评分项基本要求的系统方法；在大多数方面或部门处于方法展开的早期阶段，阻碍了基本要求的达成；处于从“对问题作出反应”向“一般性改进导向”转变的早期阶段；主要通过联合解决问题，使方法与其他方面或部门达到一致。',
        en: 'The beginning of a systematic approach to the basic requirements of the item is evident. The approach is in the early stages of deployment in most areas or work units, inhibiting progress in achieving the basic requirements. Early stages of a transition from reacting to problems to a general improvement orientation are evident. The approach is aligned with other areas or work units largely through joint problem solving.',
      },
      results: {
        zh: '结果很少；在少数方面有一些改进和（或）处于初期的良好绩效水平；没有或很少显示趋势的数据；没有或很少有对比性信息；在少数对组织关键经营要求重要的方面描述了结果。',
        en: "A few results are reported; there are some improvements and/or early good performance levels in a few areas. Little or no trend data are reported. Little or no comparative information is reported. Results are reported for a few areas of importance to the organisation's key requirements.",
      },
    },
    {
      minPercent: 30,
      maxPercent: 45,
      process: {
        zh: '有应对该评分项基本要求的、有效的、系统的方法；尽管在某些方面或部门还处于展开的早期阶段，但方法已经展开；开始系统地评价和改进关键过程；方法处于与其他评分项中识别的组织基本需要协调一致的早期阶段。',
        en: 'An effective, systematic approach, responsive to the basic requirements of the item, is evident. The approach is deployed, although some areas or work units are in early stages of deployment. The beginning of a systematic approach to evaluation and improvement of key processes is evident. The approach is in the early stages of alignment with the basic organisational needs identified in other items.',
      },
      results: {
        zh: '在该评分项要求的多数方面有改进和（或）良好的绩效水平；处于取得良好趋势的早期阶段；处于获得对比性信息的早期阶段；在多数对组织关键经营要求重要的方面描述了结果。',
        en: "Improvements and/or good performance levels are reported in many areas of importance to the item requirements. Early stages of developing trends are evident. Early stages of obtaining comparative information are evident. Results are reported for many areas of importance to the organisation's key requirements.",
      },
    },
    {
      minPercent: 50,
      maxPercent: 65,
      process: {
        zh: '有应对该评分项总体要求的、有效的、系统的方法；尽管在某些方面或部门展开程度有所不同，但方法得到了很好的展开；有基于事实的、系统的评价和改进过程以及一些组织的学习，以提高关键过程的效率和有效性；方法与其他评分项中识别的组织需要协调一致。',
        en: 'An effective, systematic approach, responsive to the overall requirements of the item, is evident. The approach is well deployed, although deployment may vary in some areas or work units. A fact-based, systematic evaluation and improvement process and some organisational learning are in place for improving the efficiency and effectiveness of key processes. The approach is aligned with the organisational needs identified in other items.',
      },
      results: {
        zh: '在该评分项要求的大多数方面有改进趋势和（或）良好的绩效水平；在对组织关键经营要求重要的方面没有不良趋势和不良绩效水平；与有关竞争对手和（或）标杆对比，一些趋势和（或）当前绩效显示了良好到优秀的水平；经营结果达到了大多数关键顾客、市场和过程的要求。',
        en: "Improvement trends and/or good performance levels are reported for most areas of importance to the item requirements. No pattern of adverse trends and no poor performance levels are evident in areas of importance to the organisation's key requirements. Some trends and/or current performance levels, evaluated against relevant comparisons and/or benchmarks, show areas of good to very good relative performance. The results address most key customer, market and process requirements.",
      },
    },
    {
      minPercent: 70,
      maxPercent: 85,
      process: {
        zh: '有应对该评分项详细要求的、有效的、系统的方法；方法得到了很好的展开，无明显差距；基于事实的、系统的评价和改进以及组织的学习成为关键的管理工具，有清楚的证据表明通过组织层面的分析和共享实现了改进和创新；方法与其他评分项中识别的组织需要达到整合。',
        en: 'An effective, systematic approach, responsive to the multiple requirements of the item, is evident. The approach is well deployed, with no significant gaps. Fact-based, systematic evaluation and improvement and organisational learning are key management tools; there is clear evidence of refinement and innovation as a result of organisational-level analysis and sharing. The approach is integrated with the organisational needs identified in other items.',
      },
      results: {
        zh: '在对该评分项要求重要的大多数方面，当前绩效达到良好到优秀的水平；大多数改进趋势和（或）当前绩效水平可持续；与有关竞争对手和（或）标杆对比，多数到大多数的趋势和（或）当前绩效显示了领先和优秀的水平；经营结果达到了大多数关键顾客、市场、过程和战略实施计划的要求。',
        en: 'Current performance is good to excellent in most areas of importance to the item requirements. Most improvement trends and/or current performance levels have been sustained. Many to most trends and/or current performance levels, evaluated against relevant comparisons and/or benchmarks, show areas of leadership and very good relative performance. The results address most key customer, market, process and action-plan requirements.',
      },
    },
    {
      minPercent: 90,
      maxPercent: 100,
      process: {
        zh: '有应对该评分项详细要求的、有效的、系统的方法；方法得到了充分的展开，在任何方面或部门均无明显的弱项或差距；基于事实的、系统的评价和改进以及组织的学习是贯穿整个组织的关键工具，有清楚的证据表明通过组织层面的分析和共享实现了改进和创新；方法与其他评分项中识别的组织需要达到很好的整合。',
        en: 'An effective, systematic approach, fully responsive to the multiple requirements of the item, is evident. The approach is fully deployed without significant weaknesses or gaps in any areas or work units. Fact-based, systematic evaluation and improvement and organisational learning through innovation are key organisation-wide tools; refinement and innovation, backed by analysis and sharing, are evident throughout the organisation. The approach is well integrated with the organisational needs identified in other items.',
      },
      results: {
        zh: '在对该评分项要求重要的大多数方面，当前绩效达到卓越水平；在大多数方面具有持续的改进趋势和（或）持续的卓越绩效水平；在多数方面处于行业领导地位和标杆水平；经营结果充分地达到了关键顾客、市场、过程和战略实施计划的要求。',
        en: 'Current performance is excellent in most areas of importance to the item requirements. Excellent improvement trends and/or consistently excellent performance levels are reported in most areas. Evidence of industry and benchmark leadership is demonstrated in many areas. The results fully address key customer, market, process and action-plan requirements.',
      },
    },
  ],
  dimensions: {
    process: [
      { key: 'approach', title: { zh: '方法', en: 'Approach' } },
      { key: 'deployment', title: { zh: '展开', en: 'Deployment' } },
      { key: 'learning', title: { zh: '学习', en: 'Learning' } },
      { key: 'integration', title: { zh: '整合', en: 'Integration' } },
    ],
    results: [
      { key: 'levels', title: { zh: '水平', en: 'Levels' } },
      { key: 'trends', title: { zh: '趋势', en: 'Trends' } },
      { key: 'comparisons', title: { zh: '对比', en: 'Comparisons' } },
      { key: 'integration', title: { zh: '整合', en: 'Integration' } },
    ],
  },
};
