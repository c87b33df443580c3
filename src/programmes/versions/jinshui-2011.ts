import type { ProgrammeVersion } from '../programme.types.js';

/**
 * 金水区区长质量奖评选实施细则（金政〔2011〕106号） — the founding document of the Jinshui District
 * Mayor's Quality Award, as versioned data. `text.zh` is the document's own wording (line breaks of the
 * printed copy removed, numbered clauses on their own lines); `text.en` is a faithful translation;
 * `platform` says what the platform does for the article (see spec/RULES.md).
 */
export const jinshui2011: ProgrammeVersion = {
  id: 'jinshui-2011',
  title: {
    zh: '金水区区长质量奖评选实施细则',
    en: "Implementation Rules for the Jinshui District Mayor's Quality Award",
  },
  issuer: { zh: '郑州市金水区人民政府', en: "People's Government of Jinshui District, Zhengzhou" },
  documentNumber: '金政〔2011〕106号',
  effectiveDate: '2011-12-19',
  defaultFrameworkId: 'gbt19580-2012',
  chapters: [
    { number: 1, title: { zh: '总则', en: 'General Provisions' } },
    { number: 2, title: { zh: '组织管理', en: 'Organisation and Management' } },
    { number: 3, title: { zh: '申报条件', en: 'Application Requirements' } },
    { number: 4, title: { zh: '评审标准', en: 'Evaluation Criteria' } },
    { number: 5, title: { zh: '评审程序', en: 'Evaluation Procedure' } },
    { number: 6, title: { zh: '奖励及经费', en: 'Rewards and Funding' } },
    { number: 7, title: { zh: '管理与监督', en: 'Management and Supervision' } },
    { number: 8, title: { zh: '附则', en: 'Supplementary Provisions' } },
  ],
  articles: [
    // ── 第一章 总则 / Chapter 1 General Provisions ──────────────────────────────────────────────
    {
      number: 1,
      chapter: 1,
      title: { zh: '目的和依据', en: 'Purpose and basis' },
      text: {
        zh: '为贯彻落实质量兴区工作要求，强力推进质量兴区战略，全面提高我区质量工作整体水平，引导和激励全区各行各业追求质量、创造质量、享受质量，加强质量管理，提高质量总体水平，促进产业振兴，进一步增强我区经济综合竞争力，实现我区经济跨越式发展，根据《郑州市金水区人民政府关于深化质量兴区战略工作的意见》(金政[2010]47号)，结合我区实际，制定本实施细则。',
        en: "These Implementation Rules are formulated in accordance with the Opinions of the People's Government of Jinshui District, Zhengzhou on Deepening the Strategy of Building the District through Quality (Jin Zheng [2010] No. 47) and in the light of the district's actual circumstances, in order to implement the requirements of building the district through quality, vigorously advance the strategy of building the district through quality, comprehensively raise the overall level of quality work in the district, guide and encourage all trades and industries in the district to pursue quality, create quality and enjoy quality, strengthen quality management, raise the overall level of quality, promote the revitalisation of industry, further enhance the overall economic competitiveness of the district and achieve leapfrog development of the district's economy.",
      },
      platform: {
        zh: '作为评奖项目的序言展示；项目版本记录其依据文件、文号和生效日期。',
        en: "Shown as the programme's preamble; the programme version records its founding document, document number and effective date.",
      },
    },
    {
      number: 2,
      chapter: 1,
      title: { zh: '奖项定位与授予对象', en: 'Nature of the award and who may receive it' },
      text: {
        zh: '金水区区长质量奖（以下简称区长质量奖）是区政府设立的最高质量荣誉奖，主要授予在郑州市金水区登记注册、质量管理体系健全、逐步实施卓越绩效管理模式、质量管理水平和自主创新能力在国内同行业处于领先地位、为我区经济发展作出突出贡献，并取得显著经济效益和社会效益的单位。',
        en: "The Jinshui District Mayor's Quality Award (hereinafter the Mayor's Quality Award) is the highest quality honour established by the district government. It is awarded mainly to organisations that are registered in Jinshui District, Zhengzhou; have a sound quality management system; are progressively implementing the performance excellence management model; whose quality management level and capacity for independent innovation lead their sector nationally; which have made an outstanding contribution to the district's economic development; and which have achieved notable economic and social benefits.",
      },
      platform: {
        zh: '申报单位须声明其登记注册地；只有本项目辖区内登记注册的单位可以申报。',
        en: "Applicants declare their district of registration; only organisations registered in the programme's jurisdiction may apply.",
      },
    },
    {
      number: 3,
      chapter: 1,
      title: { zh: '评审原则', en: 'Principles of evaluation' },
      text: {
        zh: '区长质量奖的评审坚持科学、公正、公平、公开的原则。在单位自愿申请的基础上，经相关部门推荐，严格按照程序和标准开展评审工作。',
        en: "The evaluation of the Mayor's Quality Award adheres to the principles of being scientific, just, fair and open. On the basis of voluntary application by organisations and after recommendation by the relevant departments, the evaluation is carried out strictly in accordance with the procedure and the criteria.",
      },
      platform: {
        zh: '每个环节都有记录；评审公告、公示和获奖名单设公开页面；审计日志任何人不可改写。',
        en: 'Every stage is recorded; public pages for the announcement, the public notice and the winners; an audit trail nobody can rewrite.',
      },
    },
    {
      number: 4,
      chapter: 1,
      title: { zh: '年度奖与名额', en: 'Annual award and number of winners' },
      text: {
        zh: '区长质量奖为年度奖，每年度不超过3个，当年申报单位都达不到奖励条件的，奖项可以空缺。',
        en: "The Mayor's Quality Award is an annual award, with no more than 3 awards per year. If none of the applicants of the year meets the conditions for the award, the award may be left vacant.",
      },
      platform: {
        zh: '每年一个评审周期；决定环节拒绝超过名额上限；设最低合格分，使空缺成为真实可能的结果。',
        en: 'One award cycle per year; the decision step refuses more winners than the cap; a minimum qualifying score makes vacancy a real outcome.',
      },
    },
    // ── 第二章 组织管理 / Chapter 2 Organisation and Management ────────────────────────────────
    {
      number: 5,
      chapter: 2,
      title: { zh: '评审委员会', en: 'Evaluation Committee' },
      text: {
        zh: '设立金水区区长质量奖评审委员会（以下简称评委会），区政府分管质量工作的副区长担任评委会主任。评委会委员由具有广泛代表性和权威性的知名学者、质量专家、企业管理专家、行业人士和政府有关部门人员等组成。评委会负责组织、推动、指导区长质量奖评审活动，审定区长质量奖评审标准、实施指南和评审工作程序，研究决定区长质量奖评审过程中的重大事项并提出拟奖名单。',
        en: "A Jinshui District Mayor's Quality Award Evaluation Committee (hereinafter the Committee) is established, chaired by the deputy district head of the district government in charge of quality work. The members of the Committee are broadly representative and authoritative well-known scholars, quality experts, business management experts, industry figures, staff of the relevant government departments and others. The Committee is responsible for organising, promoting and guiding the evaluation activities of the Mayor's Quality Award; approving the evaluation criteria, implementation guidelines and evaluation procedure of the Mayor's Quality Award; studying and deciding major matters arising in the evaluation of the Mayor's Quality Award; and proposing the list of proposed winners.",
      },
      platform: {
        zh: '设评委会主任、评委会委员角色；评委会审定每个周期采用的评审标准；经审议和表决形成拟奖名单。',
        en: "Roles of committee chair and committee member; the committee approves each cycle's criteria; deliberation and vote produce the proposed winners list.",
      },
    },
    {
      number: 6,
      chapter: 2,
      title: { zh: '评委会办公室', en: 'Committee Office' },
      text: {
        zh: '评委会下设办公室，办公室设在金水质监分局，办公室负责区长质量奖日常管理工作。办公室负责推广先进的质量管理方法和经验，组织开展广泛的交流学习活动，对获得区长质量奖的企业进行监督管理，确保企业持续不断实施卓越绩效管理模式，规范荣誉的使用。',
        en: "An Office is set up under the Committee, located at the Jinshui Branch of the Quality and Technical Supervision Bureau; the Office is responsible for the day-to-day management of the Mayor's Quality Award. The Office is responsible for promoting advanced quality management methods and experience, organising wide-ranging exchange and learning activities, and supervising and managing the enterprises that have won the Mayor's Quality Award, so as to ensure that they continuously implement the performance excellence management model, and for regulating the use of the honour.",
      },
      platform: {
        zh: '办公室工作人员角色：组织评审周期、发布信息、监督获奖单位；设获奖单位经验分享公开页面（见第二十一条）。',
        en: "Office staff role: runs cycles, publishes, supervises winners; a public page of winners' shared practice (see Art. 21).",
      },
    },
    {
      number: 7,
      chapter: 2,
      title: { zh: '专家库与评审组', en: 'Expert pool and evaluation panels' },
      text: {
        zh: '评委会办公室负责起草区长质量奖各行业评审要求、评审指南和评分标准，受理申报单位材料、建立评审员专家库、组织材料评审、现场评审及日常监督管理。每年度根据申报行业的实际情况，随机从专家库中抽取有关行业专家，组成相关专项评审组。各评审组必须由5—7名评审员组成，评审组实行组长负责制。',
        en: "The Committee Office is responsible for drafting the evaluation requirements, evaluation guidelines and scoring standards of the Mayor's Quality Award for each industry; receiving applicants' materials; building the expert pool of evaluators; and organising the material review, the on-site review and day-to-day supervision and management. Each year, according to the actual situation of the industries applying, experts of the relevant industries are drawn at random from the expert pool to form the relevant special evaluation panels. Each evaluation panel must consist of 5 to 7 evaluators, and each panel works under the responsibility of its team leader.",
      },
      platform: {
        zh: '专家库记录专家的行业和资格；按行业随机抽取评审组，过程可复现、可审计，并回避利益冲突；强制评审组人数上下限；每组一名组长。',
        en: 'Expert pool with industries and qualifications; a random, reproducible, auditable panel draw by industry that avoids conflicts of interest; panel size bounds enforced; one leader per panel.',
      },
    },
    // ── 第三章 申报条件 / Chapter 3 Application Requirements ───────────────────────────────────
    {
      number: 8,
      chapter: 3,
      title: { zh: '基本申报条件', en: 'Basic eligibility conditions' },
      text: {
        zh: '申报区长质量奖的单位，须具备下列基本条件：\n（一）依法在郑州市金水区行政区域内登记注册，具有法人资格，从事合法生产经营5年以上；\n（二）积极推广先进的质量管理办法，质量管理体系健全，有效运行3年以上，已实施卓越绩效管理模式并提供有关数据和信息的自评报告，主要经济和质量指标在国内同行业处于领先水平；\n（三）连续3年未发生重大安全、环保、质量等事故，产品连续3年经市级以上（含市级）法定检验机构检验合格；\n（四）具有杰出的经营业绩或社会贡献，从事生产、经营活动的，其质量水平、经营收入、利税总额或总资产贡献率等指标在上年度位居国内同行业前茅，最近3年未发生亏损；从事非盈利性业务的组织，其社会贡献位于行业前列；\n（五）实施标准化战略和品牌战略，推进节能减排工作效果突出，具有良好的诚信记录和社会声誉。荣获中国名牌产品、中国驰名商标、高新技术和服务行业知名品牌、河南省名优产品、河南省著名商标等称号的企业可优先推荐申报；\n（六）获得区有关主管部门推荐。',
        en: "An organisation applying for the Mayor's Quality Award must satisfy the following basic conditions:\n(1) It is registered according to law within the administrative area of Jinshui District, Zhengzhou, has legal-person status, and has engaged in lawful production and business operations for 5 years or more;\n(2) It actively promotes advanced quality management methods, has a sound quality management system that has operated effectively for 3 years or more, has implemented the performance excellence management model and provides a self-assessment report with the relevant data and information, and its main economic and quality indicators are at a leading level in its sector nationally;\n(3) It has had no major safety, environmental, quality or similar accident for 3 consecutive years, and its products have passed inspection by statutory inspection bodies at city level or above (city level included) for 3 consecutive years;\n(4) It has outstanding business results or social contribution: an organisation engaged in production and business activities ranked among the top of its sector nationally in the previous year on indicators such as quality level, operating revenue, total profit and tax, or total-asset contribution rate, and has made no loss in the last 3 years; an organisation engaged in non-profit activities has a social contribution among the best of its sector;\n(5) It implements a standardisation strategy and a brand strategy, has achieved outstanding results in energy saving and emission reduction, and has a good credit record and social reputation. Enterprises that hold titles such as China Top Brand Product, China Well-known Trademark, well-known brand of the high-tech and service industries, Henan Famous and Quality Product or Henan Famous Trademark may be recommended to apply with priority;\n(6) It has been recommended by the relevant competent department of the district.",
      },
      platform: {
        zh: '申报资格问卷，每一项条件均可上传证明材料；凡数据可判定的自动核查（成立与体系运行年限、近三年财务数据、本平台的处理记录、第二十条规定的称号有效期）；每项结论注明所依据的条款；办公室确认或书面说明理由后改判，并记入审计日志。第(五)项所列荣誉仅作为优先推荐标记，不是申报条件。',
        en: "An eligibility questionnaire with evidence uploads for every clause; automatic checks where data decides (dates, three years of financials, the platform's own sanction records, current award validity per Art. 20); every verdict cites its clause; the Office confirms or overrides with a written reason, which is audited. The honours of clause (5) are a priority flag, not a condition.",
      },
    },
    {
      number: 9,
      chapter: 3,
      title: { zh: '不得申报的情形', en: 'Grounds for exclusion' },
      text: {
        zh: '凡有下列情况之一者，不得申报区长质量奖：\n（一）不符合国家产业、环保、质量等政策的；\n（二）法规规定应取得相关证照而未取得的；\n（三）近3年内有质量、安全、环保等责任事故的（按行业规定）；\n（四）近3年内国家、省、市监督抽查产品不合格，或存在严重服务质量问题的；\n（五）近3年内参加区长质量奖评定活动存在弄虚作假等违规行为的；\n（六）违反国家计划生育、社会治安综合治理政策的；\n（七）有偷税漏税行为的；\n（八）拖欠职工工资或社会保险金的；\n（九）近3年内有其它违反法律、法规不良记录的。',
        en: "An organisation to which any of the following applies may not apply for the Mayor's Quality Award:\n(1) It does not comply with national industrial, environmental, quality or similar policies;\n(2) It has not obtained a certificate or licence that laws and regulations require it to obtain;\n(3) It has had a quality, safety, environmental or similar liability accident within the last 3 years (as defined by the rules of its sector);\n(4) Its products failed a national, provincial or city supervisory spot check, or it had a serious service-quality problem, within the last 3 years;\n(5) It engaged in fraud or other irregularities when taking part in the evaluation of the Mayor's Quality Award within the last 3 years;\n(6) It has violated national family-planning policy or the policy of comprehensive management of public order;\n(7) It has evaded taxes;\n(8) It is in arrears with employees' wages or social insurance contributions;\n(9) It has any other adverse record of violating laws or regulations within the last 3 years.",
      },
      platform: {
        zh: '每一项排除情形在申报资格问卷中逐条声明并可附证明材料；第(五)项由平台依据自身的撤销和违规记录自动拒绝；每项结论注明所依据的条款，办公室确认或书面说明理由后改判，并记入审计日志。',
        en: 'Each exclusion is declared clause by clause in the eligibility questionnaire with evidence; clause (5) the platform knows from its own revocation and misconduct records and refuses by itself; every verdict cites its clause, and the Office confirms or overrides with a written reason, which is audited.',
      },
    },
    // ── 第四章 评审标准 / Chapter 4 Evaluation Criteria ────────────────────────────────────────
    {
      number: 10,
      chapter: 4,
      title: { zh: '评审标准依据', en: 'Basis of the evaluation criteria' },
      text: {
        zh: '区长质量奖的评审标准主要依据国家标准《质量管理体系（GB/T19001）》和《卓越绩效评价准则（GB/T19580）》，评审标准内容包括领导、战略、顾客与市场、资源、过程管理、测量、分析与改进、经营结果等。',
        en: "The evaluation criteria of the Mayor's Quality Award are based mainly on the national standards Quality Management Systems (GB/T 19001) and Criteria for Performance Excellence (GB/T 19580). The criteria cover leadership, strategy, customers and markets, resources, process management, measurement, analysis and improvement, business results and so on.",
      },
      platform: {
        zh: 'GB/T 19580 评分框架（7个类目及其评分项和分值，共1000分）作为默认评分框架；每个评分项附评分指南（过程类：方法—展开—学习—整合；结果类：水平—趋势—对比—整合）。',
        en: 'The GB/T 19580 framework (7 categories, their items and points, 1000 in all) ships as the default scoring framework, with scoring guidance per item (process items: approach–deployment–learning–integration; results items: levels–trends–comparisons–integration).',
      },
    },
    {
      number: 11,
      chapter: 4,
      title: { zh: '分行业评审标准', en: 'Industry-specific criteria' },
      text: {
        zh: '为保证区长质量奖评审标准的有效实施和在不同行业评审工作中的一致性，在同一标准要求下，可按行业类别分别制订评审标准。评审标准将根据本行业的特点，重点在经营规模、质量管理、科技进步、市场占有率、诚信记录和社会贡献等方面确定推荐要求，以保证区长质量奖的代表性和权威性。',
        en: "To ensure the effective implementation of the evaluation criteria of the Mayor's Quality Award and their consistency in the evaluation of different industries, evaluation criteria may be formulated separately by category of industry under the same standard requirements. Such criteria set the recommendation requirements according to the characteristics of the industry, focusing on business scale, quality management, scientific and technological progress, market share, credit record, social contribution and similar aspects, so as to ensure that the Mayor's Quality Award is representative and authoritative.",
      },
      platform: {
        zh: '评分框架是带版本的数据；行业变体可以调整评分指南和分值权重；每个周期使用的框架由评委会审定。',
        en: 'Frameworks are versioned data; an industry variant can adjust guidance and weights; the committee approves the framework a cycle uses.',
      },
    },
    {
      number: 12,
      chapter: 4,
      title: { zh: '评审环节与逐条评分', en: 'Evaluation stages and item-by-item scoring' },
      text: {
        zh: '区长质量奖的评审主要包括申报单位资格审核、材料评审、现场评审和专家评委会审议，材料评审和现场评审均须依据评审标准及细化要求，逐条评分后进行综合评价。',
        en: "The evaluation of the Mayor's Quality Award mainly comprises the qualification check of applicants, the material review, the on-site review and the deliberation of the expert Evaluation Committee. Both the material review and the on-site review must be scored item by item according to the evaluation criteria and their detailed requirements, followed by an overall evaluation.",
      },
      platform: {
        zh: '按评分项填写评分表并写明意见（优势/改进机会）；由组长汇总形成评审组意见；形成本周期排序。',
        en: 'Scoring forms per item with comments (strengths / opportunities for improvement); per-panel consolidation by the team leader; cycle ranking.',
      },
    },
    // ── 第五章 评审程序 / Chapter 5 Evaluation Procedure ───────────────────────────────────────
    {
      number: 13,
      chapter: 5,
      title: { zh: '评审公告', en: 'Evaluation announcement' },
      text: {
        zh: '区长质量奖列入区行政奖励计划后，由区长质量奖评委会在金水区政府网站上发布本年度区长质量奖的评审公告。',
        en: "After the Mayor's Quality Award has been included in the district's administrative reward plan, the Mayor's Quality Award Evaluation Committee publishes the year's evaluation announcement of the Mayor's Quality Award on the Jinshui District government website.",
      },
      platform: {
        zh: '每个周期设公开的评审公告页面，载明申报截止时间和申报要求。',
        en: 'A public announcement page per cycle, with the deadline and the requirements.',
      },
    },
    {
      number: 14,
      chapter: 5,
      title: { zh: '属地申报', en: 'Territorial application' },
      text: {
        zh: '区长质量奖申报实行属地管理，符合申报规定的单位，应根据本年度区长质量奖的申报条件，按要求整理申报材料，并经所在镇、街道办事处和主管部门签署意见后，由申报单位在规定时限内提交申报材料。',
        en: "Applications for the Mayor's Quality Award are subject to territorial management. An organisation that meets the application requirements shall prepare its application materials as required according to the year's application conditions of the Mayor's Quality Award and, after the town or sub-district office where it is located and its competent department have signed their opinions, submit the application materials itself within the prescribed time limit.",
      },
      platform: {
        zh: '由所在镇/街道办事处和主管部门两个角色分别签署意见；申报在截止时间（北京时间）关闭，逾期不予受理，除非办公室登记了延期。',
        en: 'Two endorsement steps, by the town / sub-district office and by the competent department; submission closes at the deadline (Asia/Shanghai time) with no late entries unless the Office records an extension.',
      },
    },
    {
      number: 15,
      chapter: 5,
      title: { zh: '初审、评审与推荐', en: 'Preliminary check, review and recommendation' },
      text: {
        zh: '评委会办公室对申报材料进行初审，符合申报条件的，提交专家评审组。专家评审组根据材料评审、现场评审等情况，综合排序，提出区长质量奖推荐名单，提交区长质量奖评委会审议，研究确定拟奖单位。',
        en: "The Committee Office conducts a preliminary examination of the application materials and passes those that meet the application conditions to the expert evaluation panels. On the basis of the material review, the on-site review and so on, the expert evaluation panels rank the applicants overall, propose a recommendation list for the Mayor's Quality Award and submit it to the Mayor's Quality Award Evaluation Committee for deliberation, which studies it and determines the proposed winners.",
      },
      platform: {
        zh: '评审周期状态机：初审→专家评审组→材料评审和现场评审→综合排序→推荐名单→评委会审议→拟奖单位；每一步由相应角色完成，每次状态变更都记入审计日志。',
        en: "The cycle's stage machine: preliminary check → expert panels → material and on-site review → combined ranking → recommendation list → committee deliberation → proposed winners; each step by its role, each transition audited.",
      },
    },
    {
      number: 16,
      chapter: 5,
      title: { zh: '公示、批准与表彰', en: 'Public notice, approval and commendation' },
      text: {
        zh: '对初选通过的拟奖单位在金水区政府网站上进行公示,公示期不少于两周。公示没有异议的,提交区长质量奖评委会确定正式候选名单，报区政府常务会议研究批准，由区政府发文表彰,颁发区长质量奖奖牌(奖杯)、证书和奖金。',
        en: "The proposed winners that pass the preliminary selection are publicly noticed on the Jinshui District government website, for a notice period of no less than two weeks. If there is no objection during the notice, they are submitted to the Mayor's Quality Award Evaluation Committee to determine the formal list of candidates, which is reported to the executive meeting of the district government for study and approval; the district government then issues a document commending them and awards the Mayor's Quality Award plaque (trophy), certificate and prize money.",
      },
      platform: {
        zh: '公示页面附异议表单；公示期不得提前结束；异议处理完毕方可确认正式候选名单；记录区政府常务会议批准及其文号；颁发证书。',
        en: 'A public notice page with an objection form; the notice cannot close early; objections must be resolved before confirmation; the approval is recorded with its document number; certificates are issued.',
      },
    },
    // ── 第六章 奖励及经费 / Chapter 6 Rewards and Funding ──────────────────────────────────────
    {
      number: 17,
      chapter: 6,
      title: { zh: '奖金', en: 'Prize money' },
      text: {
        zh: '区政府对获得区长质量奖荣誉称号的单位给予50万元奖励。',
        en: "The district government grants a reward of 500,000 yuan to each organisation awarded the title of the Mayor's Quality Award.",
      },
      platform: {
        zh: '记录每个获奖单位的奖金并跟踪发放情况。',
        en: 'The prize is recorded and its payment tracked.',
      },
    },
    {
      number: 18,
      chapter: 6,
      title: { zh: '经费来源', en: 'Source of funds' },
      text: {
        zh: '区长质量奖的奖金和评审经费，列入区财政预算，实行专款专用。',
        en: "The prize money and the evaluation funds of the Mayor's Quality Award are included in the district fiscal budget and are earmarked for this purpose only.",
      },
      platform: {
        zh: '每个周期设预算：奖金加评审经费（如专家费），并记录支出。',
        en: 'A cycle budget: prizes plus evaluation costs (e.g. expert fees), with spending recorded against it.',
      },
    },
    {
      number: 19,
      chapter: 6,
      title: { zh: '奖金用途', en: 'Use of the prize money' },
      text: {
        zh: '区长质量奖奖金主要用于获奖单位的质量持续改进、质量攻关和人员培训、质量检验机构和实验室建设的投入等，不得挪作它用。',
        en: "The prize money of the Mayor's Quality Award is to be used mainly for the winner's investment in continuous quality improvement, tackling key quality problems and staff training, building quality inspection bodies and laboratories and the like, and may not be diverted to other uses.",
      },
      platform: {
        zh: '获奖单位按类别报告奖金使用情况；办公室审核报告。',
        en: 'Winners report the use of funds by category; the Office reviews the reports.',
      },
    },
    // ── 第七章 管理与监督 / Chapter 7 Management and Supervision ───────────────────────────────
    {
      number: 20,
      chapter: 7,
      title: { zh: '有效期', en: 'Period of validity' },
      text: {
        zh: '区长质量奖有效期为4年，期满可重新申报。',
        en: "The Mayor's Quality Award is valid for 4 years; after it expires the organisation may apply again.",
      },
      platform: {
        zh: '称号到期自动失效；有效期内的获奖单位不得再次申报，期满后方可重新申报。',
        en: 'Titles expire by themselves; a current holder cannot apply again until expiry.',
      },
    },
    {
      number: 21,
      chapter: 7,
      title: { zh: '经验交流与荣誉宣传', en: 'Sharing experience and use of the honour' },
      text: {
        zh: '获奖单位有义务宣传、交流其质量工作先进经验和成果。获奖单位可以在有关活动中宣传获得区长质量奖的荣誉，但必须标明获奖时间。',
        en: "Winners have an obligation to publicise and share their advanced experience and achievements in quality work. Winners may publicise the honour of having won the Mayor's Quality Award in relevant activities, but must state when the award was won.",
      },
      platform: {
        zh: '公开的获奖单位名录标明获奖年度；公开的证书查验页面可查验任一证书。',
        en: 'A public register of winners showing the year; a public verification page for any certificate.',
      },
    },
    {
      number: 22,
      chapter: 7,
      title: { zh: '巡访与动态管理', en: 'Visits and dynamic management' },
      text: {
        zh: '建立获奖单位的定期巡访及动态管理制度。有关部门应及时了解获奖单位的生产经营和质量管理等情况，督促其保持荣誉，不断提升改进绩效。',
        en: "A system of regular visits to winners and of dynamic management is established. The relevant departments shall keep themselves informed in good time of the winners' production, business operations, quality management and other circumstances, and urge them to maintain the honour and to keep raising and improving their performance.",
      },
      platform: {
        zh: '为每个获奖单位制定巡访计划并记录巡访情况。',
        en: 'A visit schedule and visit records per winner.',
      },
    },
    {
      number: 23,
      chapter: 7,
      title: { zh: '骗取荣誉的处理', en: 'Honour obtained by fraud' },
      text: {
        zh: '对弄虚作假，采取不正当手段骗取区长质量奖荣誉的单位，经区政府批准撤销其区长质量奖称号，收回奖牌（奖杯）、证书，追缴奖金，并予以曝光。',
        en: "Where an organisation has obtained the honour of the Mayor's Quality Award by fraud or other improper means, its title of the Mayor's Quality Award is revoked with the approval of the district government, the plaque (trophy) and certificate are withdrawn, the prize money is recovered, and the case is made public.",
      },
      platform: {
        zh: '撤销流程：经批准后撤销称号，跟踪奖牌、证书和奖金的收回，并发布公开通告；该记录用于第九条(五)的自动核查。',
        en: 'Revocation workflow with approval, tracking of the recovery of plaque, certificate and prize money, and a public notice; the record feeds Art. 9(5).',
      },
    },
    {
      number: 24,
      chapter: 7,
      title: { zh: '有效期内的处理', en: 'Sanctions during the period of validity' },
      text: {
        zh: '在区长质量奖有效时限内，出现用户或消费者投诉、重大质量事故、国家或省、市级监督抽查不合格等情况的单位，经区政府批准，分别给予警告、通报处理，情节严重的撤销其荣誉称号。',
        en: "Where, within the period of validity of the Mayor's Quality Award, an organisation is the subject of complaints by users or consumers, has a major quality accident, fails a national, provincial or city supervisory spot check, or the like, it is given a warning or a circulated notice, as the case may be, with the approval of the district government; where the circumstances are serious, its honorary title is revoked.",
      },
      platform: {
        zh: '投诉和事件登记；经批准后分级处理：警告、通报、情节严重的撤销称号。',
        en: 'A complaint and incident register; graded sanctions with approval: warning, circulated notice, or revocation if serious.',
      },
    },
    {
      number: 25,
      chapter: 7,
      title: { zh: '保密义务', en: 'Confidentiality' },
      text: {
        zh: '承担区长质量奖评审工作的有关机构和人员应依法保守申报单位的商业或技术秘密。',
        en: "The bodies and persons undertaking the evaluation work of the Mayor's Quality Award shall keep the commercial or technical secrets of applicants confidential according to law.",
      },
      platform: {
        zh: '按需知悉授权：专家签署保密承诺后只能查看本评审组的申报材料；每次查阅申报材料均记入日志。',
        en: "Need-to-know access: experts see only their panel's applications, after accepting a confidentiality undertaking; every access to applicant material is logged.",
      },
    },
    {
      number: 26,
      chapter: 7,
      title: { zh: '评审监督与责任追究', en: 'Supervision of evaluators and liability' },
      text: {
        zh: '评委会办公室要切实加强对评审工作的监督，对在评审过程中滥用职权、玩忽职守、徇私舞弊、造成不良后果的人员，取消其评审工作资格，并提请其主管部门或所在工作单位给予纪律处分。构成犯罪的，移交司法部门依法追究刑事责任。',
        en: 'The Committee Office shall effectively strengthen supervision of the evaluation work. Persons who abuse their power, neglect their duties or practise favouritism and malpractice in the evaluation, causing adverse consequences, are disqualified from evaluation work, and their competent department or employer is requested to impose disciplinary sanctions on them. Where a crime is constituted, the case is transferred to the judicial authorities to pursue criminal liability according to law.',
      },
      platform: {
        zh: '记录评审员行为；被取消资格的专家移出专家库且不再被抽取；其评分可作废并重新评审。',
        en: 'Evaluator conduct records; disqualified experts leave the pool and are never drawn again; their scores can be voided and redone.',
      },
    },
    // ── 第八章 附则 / Chapter 8 Supplementary Provisions ───────────────────────────────────────
    {
      number: 27,
      chapter: 8,
      title: { zh: '施行日期', en: 'Entry into force' },
      text: {
        zh: '本评选实施细则自公布之日起实行。',
        en: 'These Implementation Rules take effect from the date of publication.',
      },
      platform: {
        zh: '每个项目版本载明生效日期。',
        en: 'Each programme version carries its effective date.',
      },
    },
  ],
  parameters: {
    jurisdiction: {
      value: '郑州市金水区',
      unit: 'text',
      label: {
        zh: '辖区：只有在此登记注册的单位可以申报（第二条、第八条(一)）',
        en: 'Jurisdiction: only organisations registered here may apply (Art. 2, Art. 8(1))',
      },
      source: { article: 2 },
    },
    jurisdictionRegionCode: {
      value: '410105',
      unit: 'text',
      label: {
        zh: '辖区行政区划代码（GB/T 2260），用于统一社会信用代码第3—8位的提示性核对，不作为最终依据',
        en: 'Region code of the jurisdiction (GB/T 2260), a hint checked against positions 3–8 of the Unified Social Credit Code, never the proof',
      },
      source: { article: 8, clause: 1 },
    },
    maxWinnersPerYear: {
      value: 3,
      unit: 'count',
      label: { zh: '每年度获奖单位上限', en: 'Maximum number of winners per year' },
      source: { article: 4 },
    },
    minimumQualifyingScorePercent: {
      value: 60,
      unit: 'percent',
      label: {
        zh: '最低获奖得分（占总分百分比）：平台默认值，低于此分数不得获奖、奖项可空缺；参考了已公开的其他城市质量奖规定（总分60%以上方可获奖）',
        en: "Minimum qualifying score (percent of total points): the platform's default below which nobody wins and the award may be left vacant, drawing on a published reference point (one city's award requires at least 60 % of the total)",
      },
      source: { article: 4 },
    },
    minYearsInOperation: {
      value: 5,
      unit: 'years',
      label: { zh: '合法生产经营最少年限', en: 'Minimum years of lawful operation' },
      source: { article: 8, clause: 1 },
    },
    minYearsQmsEffective: {
      value: 3,
      unit: 'years',
      label: {
        zh: '质量管理体系有效运行最少年限',
        en: 'Minimum years the quality management system has operated effectively',
      },
      source: { article: 8, clause: 2 },
    },
    accidentFreeYears: {
      value: 3,
      unit: 'years',
      label: {
        zh: '连续未发生重大安全、环保、质量事故且产品检验合格的年限',
        en: 'Consecutive years without a major safety, environmental or quality accident and with products passing inspection',
      },
      source: { article: 8, clause: 3 },
    },
    lossFreeYears: {
      value: 3,
      unit: 'years',
      label: { zh: '最近未发生亏损的年限', en: 'Most recent years without a loss' },
      source: { article: 8, clause: 4 },
    },
    exclusionLookbackYears: {
      value: 3,
      unit: 'years',
      label: {
        zh: '排除情形的追溯年限（责任事故、抽查不合格、其他违法记录）',
        en: 'Look-back period for exclusions (liability accidents, failed spot checks, other violations)',
      },
      source: { article: 9, clause: 3 },
    },
    fraudLookbackYears: {
      value: 3,
      unit: 'years',
      label: {
        zh: '参加本奖评定存在弄虚作假等违规行为的追溯年限',
        en: 'Look-back period for fraud or irregularities in this award',
      },
      source: { article: 9, clause: 5 },
    },
    panelSizeMin: {
      value: 5,
      unit: 'experts',
      label: { zh: '评审组最少评审员人数', en: 'Minimum number of evaluators per panel' },
      source: { article: 7 },
    },
    panelSizeMax: {
      value: 7,
      unit: 'experts',
      label: { zh: '评审组最多评审员人数', en: 'Maximum number of evaluators per panel' },
      source: { article: 7 },
    },
    leadersPerPanel: {
      value: 1,
      unit: 'experts',
      label: {
        zh: '每个评审组的组长人数（组长负责制）',
        en: 'Team leaders per panel (leader responsibility)',
      },
      source: { article: 7 },
    },
    publicNoticeMinDays: {
      value: 14,
      unit: 'days',
      label: {
        zh: '公示期最少天数（不少于两周）',
        en: 'Minimum public notice period in days (at least two weeks)',
      },
      source: { article: 16 },
    },
    prizePerWinnerYuan: {
      value: 500000,
      unit: 'yuan',
      label: { zh: '每个获奖单位的奖金（元）', en: 'Prize money per winner (yuan)' },
      source: { article: 17 },
    },
    titleValidityYears: {
      value: 4,
      unit: 'years',
      label: { zh: '称号有效期（年）', en: 'Validity of the title (years)' },
      source: { article: 20 },
    },
    overviewMaxChars: {
      value: 3000,
      unit: 'count',
      label: {
        zh: '申报表中“概述”的最多字数（申报表的限制，按第十四条整理申报材料）',
        en: "Maximum characters of the overview (概述): the application form's limit for the materials prepared under Art. 14",
      },
      source: { article: 14 },
    },
  },
  clauses: {
    'years-operating': { article: 8, clause: 1 },
    'quality-system': { article: 8, clause: 2 },
    'no-major-accident': { article: 8, clause: 3 },
    'no-loss': { article: 8, clause: 4 },
    'standards-and-reputation': { article: 8, clause: 5 },
    'department-recommendation': { article: 8, clause: 6 },
    'against-policy': { article: 9, clause: 1 },
    'missing-licence': { article: 9, clause: 2 },
    'liability-accident': { article: 9, clause: 3 },
    'failed-spot-check': { article: 9, clause: 4 },
    'award-fraud': { article: 9, clause: 5 },
    'public-order-violation': { article: 9, clause: 6 },
    'tax-evasion': { article: 9, clause: 7 },
    'wage-arrears': { article: 9, clause: 8 },
    'other-violations': { article: 9, clause: 9 },
    'title-validity': { article: 20 },
  },
  localities: [
    { zh: '庙李镇', en: 'Miaoli Town' },
    { zh: '经八路街道', en: 'Jingbalu Sub-district' },
    { zh: '花园路街道', en: 'Huayuanlu Sub-district' },
    { zh: '人民路街道', en: 'Renminlu Sub-district' },
    { zh: '杜岭街道', en: 'Duling Sub-district' },
    { zh: '大石桥街道', en: 'Dashiqiao Sub-district' },
    { zh: '南阳路街道', en: 'Nanyanglu Sub-district' },
    { zh: '南阳新村街道', en: 'Nanyang Xincun Sub-district' },
    { zh: '文化路街道', en: 'Wenhualu Sub-district' },
    { zh: '丰产路街道', en: 'Fengchanlu Sub-district' },
    { zh: '东风路街道', en: 'Dongfenglu Sub-district' },
    { zh: '北林路街道', en: 'Beilinlu Sub-district' },
    { zh: '未来路街道', en: 'Weilailu Sub-district' },
    { zh: '凤凰台街道', en: 'Fenghuangtai Sub-district' },
    { zh: '兴达路街道', en: 'Xingdalu Sub-district' },
    { zh: '国基路街道', en: 'Guojilu Sub-district' },
    { zh: '丰庆路街道', en: 'Fengqinglu Sub-district' },
    { zh: '老鸦陈街道', en: 'Laoyachen Sub-district' },
    { zh: '祭城路街道', en: 'Zhaichenglu Sub-district' },
  ],
};
