import PDFDocument from 'pdfkit';
import type { LocalizedText } from '../platform/i18n/localized.js';
import { formatBeijingTime } from '../platform/kernel/time.js';
import { FONT_NAMES, registerFonts } from '../platform/pdf/fonts.js';

/** What an application receipt states: who submitted what, when, and the digest of the content. */
export interface ReceiptFacts {
  receiptNumber: string;
  programmeTitle: LocalizedText;
  cycleYear: number;
  organisationName: string;
  creditCode: string;
  applicationId: string;
  version: number;
  submittedAt: Date;
  /** Lower-case hex SHA-256 of the submitted content. */
  contentSha256: string;
  /** Who issues the receipt: the Committee Office. */
  issuer: LocalizedText;
}

// Layout, in PDF points (A4 is 595 × 842).
const PAGE_MARGIN = 56;
const LABEL_WIDTH = 150;
const INK = '#1a1a1a';
const MUTED = '#666666';
const RULE = '#b8b8b8';
const ACCENT = '#8b1a1a';
const MONO = 'Courier';

interface Line {
  text: string;
  font?: string;
  size?: number;
  color?: string;
}

/** Renders the A4 application receipt (申报受理回执), Chinese with English beneath each label. */
export async function renderReceiptPdf(receipt: ReceiptFacts): Promise<Buffer> {
  const submitted = formatBeijingTime(receipt.submittedAt);
  const doc = new PDFDocument({
    size: 'A4',
    margin: PAGE_MARGIN,
    lang: 'zh-CN',
    displayTitle: true,
    info: {
      Title: `申报受理回执 Application receipt ${receipt.receiptNumber}`,
      Author: receipt.issuer.zh,
      Subject: `${receipt.programmeTitle.zh} ${receipt.cycleYear} — ${receipt.organisationName}`,
    },
  });
  const done = collect(doc);
  await registerFonts(doc);

  const left = PAGE_MARGIN;
  const width = doc.page.width - 2 * PAGE_MARGIN;

  // A double frame, as on printed forms.
  doc
    .lineWidth(1.2)
    .strokeColor(ACCENT)
    .rect(28, 28, doc.page.width - 56, doc.page.height - 56)
    .stroke();
  doc
    .lineWidth(0.4)
    .rect(32, 32, doc.page.width - 64, doc.page.height - 64)
    .stroke();

  // Heading: the issuer, then the title.
  doc.y = PAGE_MARGIN + 8;
  centred(doc, receipt.issuer.zh, FONT_NAMES.bold, 13, INK);
  centred(doc, receipt.issuer.en, FONT_NAMES.regular, 8.5, MUTED);
  doc.moveDown(0.9);
  doc.font(FONT_NAMES.bold).fontSize(26).fillColor(ACCENT);
  doc.text('申报受理回执', left, doc.y, { width, align: 'center', characterSpacing: 6 });
  centred(doc, 'APPLICATION RECEIPT', FONT_NAMES.regular, 10, MUTED, 2);
  doc.moveDown(0.6);
  rule(doc, left, width, 1, ACCENT);

  // The facts, one row each.
  const rows: { label: LocalizedText; value: Line[] }[] = [
    {
      label: { zh: '回执编号', en: 'Receipt number' },
      value: [{ text: receipt.receiptNumber, font: FONT_NAMES.bold }],
    },
    {
      label: { zh: '奖项', en: 'Award programme' },
      value: [
        { text: receipt.programmeTitle.zh },
        { text: receipt.programmeTitle.en, size: 9, color: MUTED },
      ],
    },
    { label: { zh: '评审年度', en: 'Award cycle' }, value: [{ text: String(receipt.cycleYear) }] },
    { label: { zh: '申报组织', en: 'Applicant organisation' }, value: [{ text: receipt.organisationName }] },
    {
      label: { zh: '统一社会信用代码', en: 'Unified social credit code' },
      value: [{ text: receipt.creditCode }],
    },
    {
      label: { zh: '申报书编号', en: 'Application ID' },
      value: [{ text: receipt.applicationId, font: MONO, size: 10 }],
    },
    {
      label: { zh: '提交版本', en: 'Version submitted' },
      value: [
        { text: `第 ${receipt.version} 版` },
        { text: `Version ${receipt.version}`, size: 9, color: MUTED },
      ],
    },
    {
      label: { zh: '提交时间', en: 'Submitted at' },
      value: [{ text: submitted.zh }, { text: submitted.en, size: 9, color: MUTED }],
    },
    {
      label: { zh: '内容摘要（SHA-256）', en: 'Content digest (SHA-256)' },
      value: chunk(receipt.contentSha256, 32).map((text) => ({ text, font: MONO, size: 10.5 })),
    },
  ];
  for (const row of rows) tableRow(doc, left, width, row.label, row.value);

  // What the digest is for.
  doc.moveDown(1);
  paragraph(
    doc,
    left,
    width,
    '上述 SHA-256 摘要由所提交的申报内容计算得出。任何人均可对该内容重新计算摘要并与本回执所载数值比对：两者一致，即可确认内容自提交以来未被更改。',
    'The SHA-256 digest above is computed from the submitted content. Anyone can recompute it from that content and compare it with the value on this receipt: if they match, the content is unchanged since it was submitted.',
  );
  doc.moveDown(0.8);
  paragraph(
    doc,
    left,
    width,
    '兹确认已于上述时间收到上述组织提交的申报材料。本回执仅证明申报材料已提交并受理，不代表资格审查或评审结果。',
    'This confirms that the application above was received from the organisation named, at the time stated. It records submission and acceptance for processing only; it is not a result of the eligibility check or of the review.',
  );

  // Issuer and date, bottom right, where a signature block would be. Everything below is placed
  // by hand, so the bottom margin must not push it onto a new page.
  const dateZh = submitted.zh.slice(0, submitted.zh.indexOf('日') + 1);
  doc.page.margins.bottom = 0;
  doc.y = Math.max(doc.y + 24, doc.page.height - PAGE_MARGIN - 70);
  for (const line of [
    { text: receipt.issuer.zh, font: FONT_NAMES.bold, size: 12, color: INK },
    { text: receipt.issuer.en, font: FONT_NAMES.regular, size: 8.5, color: MUTED },
    { text: dateZh, font: FONT_NAMES.regular, size: 11, color: INK },
  ]) {
    doc.font(line.font).fontSize(line.size).fillColor(line.color);
    doc.text(line.text, left, doc.y, { width, align: 'right' });
    doc.moveDown(0.2);
  }

  // Footer.
  doc.font(FONT_NAMES.regular).fontSize(7.5).fillColor(MUTED);
  doc.text(
    `本回执由系统自动生成 · Generated by the platform · ${receipt.receiptNumber}`,
    left,
    doc.page.height - PAGE_MARGIN - 4,
    { width, align: 'center', lineBreak: false },
  );

  doc.end();
  return done;
}

function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (data: Buffer) => chunks.push(data));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

function centred(
  doc: PDFKit.PDFDocument,
  text: string,
  font: string,
  size: number,
  color: string,
  characterSpacing = 0,
): void {
  const width = doc.page.width - 2 * PAGE_MARGIN;
  doc.font(font).fontSize(size).fillColor(color);
  doc.text(text, PAGE_MARGIN, doc.y, { width, align: 'center', characterSpacing });
}

function rule(doc: PDFKit.PDFDocument, left: number, width: number, lineWidth: number, color: string): void {
  doc
    .lineWidth(lineWidth)
    .strokeColor(color)
    .moveTo(left, doc.y)
    .lineTo(left + width, doc.y)
    .stroke();
}

/** A row of the facts table: the label in Chinese with English beneath, the value on the right. */
function tableRow(
  doc: PDFKit.PDFDocument,
  left: number,
  width: number,
  label: LocalizedText,
  value: Line[],
): void {
  const padding = 6;
  const top = doc.y + padding;
  const labelWidth = LABEL_WIDTH - 10;
  const valueLeft = left + LABEL_WIDTH;
  const valueWidth = width - LABEL_WIDTH;

  doc.font(FONT_NAMES.bold).fontSize(10.5).fillColor(INK);
  doc.text(label.zh, left, top, { width: labelWidth });
  doc.font(FONT_NAMES.regular).fontSize(8).fillColor(MUTED);
  doc.text(label.en, left, doc.y + 1, { width: labelWidth });
  const labelBottom = doc.y;

  doc.y = top;
  for (const line of value) {
    doc
      .font(line.font ?? FONT_NAMES.regular)
      .fontSize(line.size ?? 11)
      .fillColor(line.color ?? INK);
    doc.text(line.text, valueLeft, doc.y, { width: valueWidth });
    doc.y += 1;
  }
  doc.y = Math.max(labelBottom, doc.y) + padding;
  rule(doc, left, width, 0.5, RULE);
}

function paragraph(doc: PDFKit.PDFDocument, left: number, width: number, zh: string, en: string): void {
  doc.font(FONT_NAMES.regular).fontSize(9.5).fillColor(INK);
  doc.text(zh, left, doc.y, { width, lineGap: 2 });
  doc.moveDown(0.2);
  doc.font(FONT_NAMES.regular).fontSize(8).fillColor(MUTED);
  doc.text(en, left, doc.y, { width, lineGap: 1 });
}

function chunk(text: string, size: number): string[] {
  const pieces: string[] = [];
  for (let i = 0; i < text.length; i += size) pieces.push(text.slice(i, i + size));
  return pieces.length ? pieces : [''];
}
