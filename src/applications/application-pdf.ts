import PDFDocument from 'pdfkit';
import { isExclusionKind } from '../programmes/core/rule-kinds.js';
import type { LocalizedText } from '../platform/i18n/localized.js';
import { formatBeijingTime } from '../platform/kernel/time.js';
import { FONT_NAMES, registerFonts } from '../platform/pdf/fonts.js';
import type { ApplicationForm, PriorityHonour } from './core/application-form.js';
import type { ApplicationStatus } from './core/application-status.js';

/** The status as the applicant's page names it. */
export const STATUS_LABELS: Record<ApplicationStatus, string> = {
  draft: '填写中',
  awaiting_endorsement: '待签署推荐意见',
  endorsed: '已获推荐，待提交',
  submitted: '已提交，待初审',
  accepted: '初审通过',
  returned: '退回修改',
  rejected: '初审未通过',
  not_recommended: '未获推荐',
};

/** What the printed application (申报书) states, gathered by the route from the loaded records. */
export interface ApplicationDocumentFacts {
  programmeTitle: LocalizedText;
  cycleYear: number;
  applicationId: string;
  /** The status in Chinese, as the person sees it on screen. */
  statusLabel: string;
  organisation: {
    name: string;
    creditCode: string;
    address: string;
    legalRepresentative: string;
    registrationDate: string;
    contactName: string;
    contactPhone: string;
    contactEmail: string | null;
    townName: string;
    departmentName: string;
  };
  form: ApplicationForm;
  /** The conditions and exclusions in order, with what each asks (from the eligibility engine). */
  clauses: { key: string; label: string; summary: string }[];
  /** Where the programme states them (Jinshui 2011: 第八条、第九条) and its priority honours (第八条(五)). */
  articles: { declarations: string; priority: string };
  /** The framework's items in order, for the self-assessment. */
  items: { code: string; title: string }[];
  endorsements: {
    kind: 'locality' | 'department';
    decision: 'agreed' | 'returned' | 'declined';
    endorserName: string;
    decidedAt: Date;
    comments: string;
    round: number;
  }[];
  /** File names by id, to name the evidence. */
  fileNames: Map<string, string>;
  printedAt: Date;
  issuer: LocalizedText;
}

const PAGE_MARGIN = 56;
const INK = '#1a1a1a';
const MUTED = '#666666';
const RULE = '#b8b8b8';
const ACCENT = '#8b1a1a';
const LABEL_WIDTH = 130;

const HONOURS: Record<PriorityHonour, string> = {
  china_top_brand: '中国名牌产品',
  china_well_known_trademark: '中国驰名商标',
  high_tech_or_famous_service_brand: '高新技术产品或知名服务品牌',
  henan_famous_product: '河南省名牌产品',
  henan_famous_trademark: '河南省著名商标',
};

const EMPTY = '（未填写）';

const yesNo = (value: boolean | null) => (value === null ? EMPTY : value ? '是' : '否');
const filled = (value: string | number | null | undefined) =>
  value === null || value === undefined || value === '' ? EMPTY : String(value);

/**
 * Renders the application as a printable 申报书: cover facts, the organisation, each section of
 * the form with its answers, the declarations clause by clause, the self-assessment and the
 * endorsers' opinions. Returns the document as a stream, ended once everything is written.
 */
export async function renderApplicationPdf(facts: ApplicationDocumentFacts): Promise<PDFKit.PDFDocument> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: PAGE_MARGIN,
    lang: 'zh-CN',
    displayTitle: true,
    bufferPages: false,
    info: {
      Title: `申报书 ${facts.organisation.name} ${facts.cycleYear}`,
      Author: facts.organisation.name,
      Subject: `${facts.programmeTitle.zh} ${facts.cycleYear}`,
    },
  });
  await registerFonts(doc);
  const width = doc.page.width - 2 * PAGE_MARGIN;
  const { form, organisation } = facts;

  // Cover.
  doc.y = PAGE_MARGIN + 40;
  centred(doc, facts.programmeTitle.zh, FONT_NAMES.bold, 16, INK);
  centred(doc, `${facts.cycleYear} 年度`, FONT_NAMES.regular, 12, MUTED);
  doc.moveDown(1.5);
  doc.font(FONT_NAMES.bold).fontSize(34).fillColor(ACCENT);
  doc.text('申 报 书', PAGE_MARGIN, doc.y, { width, align: 'center', characterSpacing: 8 });
  centred(doc, 'APPLICATION', FONT_NAMES.regular, 10, MUTED, 2);
  doc.moveDown(3);
  for (const [label, value] of [
    ['申报单位', organisation.name],
    ['统一社会信用代码', organisation.creditCode],
    ['所属乡镇（街道）', organisation.townName],
    ['主管部门', organisation.departmentName],
    ['申报状态', facts.statusLabel],
    ['申报书编号', facts.applicationId],
  ] as const)
    row(doc, label, value);
  doc.moveDown(2);
  const printed = formatBeijingTime(facts.printedAt);
  centred(doc, `打印时间：${printed.zh}`, FONT_NAMES.regular, 9, MUTED);
  centred(doc, facts.issuer.zh, FONT_NAMES.regular, 9, MUTED);

  doc.addPage();
  heading(doc, '一、申报单位基本情况');
  for (const [label, value] of [
    ['单位名称', organisation.name],
    ['统一社会信用代码', organisation.creditCode],
    ['注册地址', organisation.address],
    ['法定代表人', organisation.legalRepresentative],
    ['登记注册日期', organisation.registrationDate],
    ['联系人', organisation.contactName],
    ['联系电话', organisation.contactPhone],
    ['电子邮箱', filled(organisation.contactEmail)],
    ['在本区登记注册', yesNo(form.registeredInJurisdiction)],
    ['具有法人资格', yesNo(form.legalPerson)],
    ['职工人数', filled(form.employees)],
    ['主要产品或服务', filled(form.mainProducts)],
  ] as const)
    row(doc, label, value);

  heading(doc, '二、近三年主要经济指标（万元）');
  if (form.financials.length === 0) paragraph(doc, EMPTY);
  for (const year of form.financials)
    row(
      doc,
      `${year.year} 年`,
      `营业收入 ${filled(year.revenue)}；利税总额 ${filled(year.profitAndTax)}；总资产 ${filled(year.totalAssets)}；净利润 ${filled(year.netProfit)}`,
    );

  heading(doc, '三、质量管理体系');
  for (const [label, value] of [
    ['已通过认证', yesNo(form.qms.certified)],
    ['依据标准', filled(form.qms.standard)],
    ['证书编号', filled(form.qms.certificateNumber)],
    ['认证机构', filled(form.qms.certificationBody)],
    ['有效运行起始日期', filled(form.qms.effectiveSince)],
  ] as const)
    row(doc, label, value);

  heading(doc, `四、获得的荣誉称号（${facts.articles.priority}，可优先推荐）`);
  paragraph(doc, form.honours.length ? form.honours.map((h) => HONOURS[h]).join('；') : '无');

  heading(doc, `五、申报条件声明（${facts.articles.declarations}）`);
  for (const clause of facts.clauses) {
    const declaration = form.declarations[clause.key as keyof ApplicationForm['declarations']];
    const answer =
      declaration?.compliant === undefined || declaration.compliant === null
        ? '未声明'
        : isExclusionKind(clause.key)
          ? declaration.compliant
            ? '不存在该情形'
            : '存在该情形'
          : declaration.compliant
            ? '符合'
            : '不符合';
    const evidence = (declaration?.fileIds ?? []).map((id) => facts.fileNames.get(id) ?? id);
    const lines = [answer];
    if (declaration?.note) lines.push(`说明：${declaration.note}`);
    if (evidence.length) lines.push(`证明材料：${evidence.join('、')}`);
    row(doc, `${clause.label}\n${clause.summary}`, lines.join('\n'));
  }

  heading(doc, '六、概述');
  paragraph(doc, filled(form.overview));

  heading(doc, '七、自评（GB/T 19580）');
  const answered = facts.items.filter((item) => form.selfAssessment[item.code]?.trim());
  if (answered.length === 0) paragraph(doc, EMPTY);
  for (const item of answered) {
    subheading(doc, `${item.code} ${item.title}`);
    paragraph(doc, form.selfAssessment[item.code]!);
  }
  row(
    doc,
    '自评报告',
    form.selfAssessmentReportFileId
      ? (facts.fileNames.get(form.selfAssessmentReportFileId) ?? '已上传')
      : EMPTY,
  );

  heading(doc, '八、推荐意见（第十四条）');
  if (facts.endorsements.length === 0) paragraph(doc, '尚无推荐意见。');
  for (const e of facts.endorsements) {
    const who = e.kind === 'locality' ? '乡镇（街道）意见' : '主管部门意见';
    const decision = { agreed: '同意推荐', returned: '退回修改', declined: '不同意推荐' }[e.decision];
    row(
      doc,
      `${who}（第 ${e.round} 轮）`,
      `${decision}\n${e.endorserName} · ${formatBeijingTime(e.decidedAt).zh}${e.comments ? `\n${e.comments}` : ''}`,
    );
  }

  doc.end();
  return doc;
}

function ensureRoom(doc: PDFKit.PDFDocument, height: number): void {
  if (doc.y + height > doc.page.height - PAGE_MARGIN) doc.addPage();
}

function centred(
  doc: PDFKit.PDFDocument,
  text: string,
  font: string,
  size: number,
  color: string,
  characterSpacing = 0,
): void {
  doc.font(font).fontSize(size).fillColor(color);
  doc.text(text, PAGE_MARGIN, doc.y, {
    width: doc.page.width - 2 * PAGE_MARGIN,
    align: 'center',
    characterSpacing,
  });
}

function heading(doc: PDFKit.PDFDocument, text: string): void {
  ensureRoom(doc, 110);
  doc.moveDown(0.8);
  doc.font(FONT_NAMES.bold).fontSize(13).fillColor(ACCENT);
  doc.text(text, PAGE_MARGIN, doc.y, { width: doc.page.width - 2 * PAGE_MARGIN });
  doc.moveDown(0.3);
}

function subheading(doc: PDFKit.PDFDocument, text: string): void {
  ensureRoom(doc, 40);
  doc.moveDown(0.3);
  doc.font(FONT_NAMES.bold).fontSize(10.5).fillColor(INK);
  doc.text(text, PAGE_MARGIN, doc.y, { width: doc.page.width - 2 * PAGE_MARGIN });
}

function paragraph(doc: PDFKit.PDFDocument, text: string): void {
  doc.font(FONT_NAMES.regular).fontSize(10).fillColor(INK);
  doc.text(text, PAGE_MARGIN, doc.y, { width: doc.page.width - 2 * PAGE_MARGIN, lineGap: 2 });
}

/** A row: the label on the left, the value on the right, a rule beneath. */
function row(doc: PDFKit.PDFDocument, label: string, value: string): void {
  const width = doc.page.width - 2 * PAGE_MARGIN;
  doc.font(FONT_NAMES.regular).fontSize(10);
  const labelHeight = doc.heightOfString(label, { width: LABEL_WIDTH - 10 });
  const valueHeight = doc.heightOfString(value, { width: width - LABEL_WIDTH });
  ensureRoom(doc, Math.min(Math.max(labelHeight, valueHeight) + 12, 200));
  const top = doc.y + 5;
  doc.font(FONT_NAMES.bold).fontSize(9.5).fillColor(INK);
  doc.text(label, PAGE_MARGIN, top, { width: LABEL_WIDTH - 10 });
  const labelBottom = doc.y;
  doc.font(FONT_NAMES.regular).fontSize(10).fillColor(INK);
  doc.text(value, PAGE_MARGIN + LABEL_WIDTH, top, { width: width - LABEL_WIDTH });
  doc.y = Math.max(labelBottom, doc.y) + 5;
  doc
    .lineWidth(0.5)
    .strokeColor(RULE)
    .moveTo(PAGE_MARGIN, doc.y)
    .lineTo(PAGE_MARGIN + width, doc.y)
    .stroke();
}
