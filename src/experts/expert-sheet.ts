import ExcelJS from 'exceljs';
import { INDUSTRY_NAMES } from '../organisations/core/industries.js';
import { INDUSTRY_SECTIONS } from '../organisations/core/organisation.js';
import type { LocalizedText } from '../platform/i18n/localized.js';
import { EXPERT_STATUSES, type ExpertProfile, type ExpertStatus } from './core/expert.js';
import {
  EXPERT_COLUMNS,
  cellText,
  columnHeaderText,
  formatExpertRow,
  type ExpertCells,
  type ExpertColumn,
  type ExpertColumnKey,
  type SheetRow,
} from './core/expert-row.js';
import { maskIdentityNumber } from './core/identity-number.js';

/**
 * The expert-pool spreadsheet on disk (.xlsx, through exceljs): the downloadable template, the
 * reading of an uploaded sheet into raw rows (checked by `validateImport` in the core) and the
 * export. The columns themselves are data in `core/expert-row.ts`.
 */
export const EXPERTS_SHEET_NAME = '专家 Experts';
export const INSTRUCTIONS_SHEET_NAME = 'Instructions 说明';
export const MAX_IMPORT_ROWS = 5_000;

/** Columns kept as text, so that Excel does not turn long digit strings into rounded numbers. */
const TEXT_COLUMNS: ReadonlySet<ExpertColumnKey> = new Set([
  'identityNumber',
  'employerCreditCode',
  'qualificationCertificate',
  'phone',
]);
const DATE_COLUMNS: ReadonlySet<ExpertColumnKey> = new Set(['qualificationExpiresOn']);

const STATUS_HEADER: LocalizedText = { zh: '状态', en: 'Status' };
const STATUS_LABELS: Record<ExpertStatus, LocalizedText> = {
  active: { zh: '在库', en: 'Active' },
  suspended: { zh: '暂停', en: 'Suspended' },
  disqualified: { zh: '取消资格', en: 'Disqualified' },
};

const REQUIRED_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFCE4D6' } };
const OPTIONAL_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEDEDED' } };

/** Columns as wide as their widest text, counting a CJK character as two. */
function displayWidth(text: string): number {
  return [...text].reduce((w, ch) => w + ((ch.codePointAt(0) ?? 0) > 0x2e80 ? 2 : 1), 0);
}

function columnWidth(...texts: string[]): number {
  return Math.min(60, Math.max(8, ...texts.map(displayWidth)) + 2);
}

function isoToUtcDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

function addExpertsSheet(workbook: ExcelJS.Workbook, extraHeaders: string[]): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(EXPERTS_SHEET_NAME, { views: [{ state: 'frozen', ySplit: 1 }] });
  const header = sheet.getRow(1);
  header.values = [...EXPERT_COLUMNS.map(columnHeaderText), ...extraHeaders];
  header.font = { bold: true };
  EXPERT_COLUMNS.forEach((column, index) => {
    const cell = header.getCell(index + 1);
    cell.fill = column.required ? REQUIRED_FILL : OPTIONAL_FILL;
    const column_ = sheet.getColumn(index + 1);
    column_.width = columnWidth(columnHeaderText(column), column.example);
    if (TEXT_COLUMNS.has(column.key)) column_.numFmt = '@';
    if (DATE_COLUMNS.has(column.key)) column_.numFmt = 'yyyy-mm-dd';
  });
  extraHeaders.forEach((text, index) => {
    const number = EXPERT_COLUMNS.length + index + 1;
    header.getCell(number).fill = OPTIONAL_FILL;
    sheet.getColumn(number).width = columnWidth(text);
  });
  return sheet;
}

function noteFor(column: ExpertColumn): string {
  const need = column.required ? '必填 Required' : '选填 Optional';
  return `${need}\n${column.help.zh}\n${column.help.en}\n示例 Example: ${column.example}`;
}

function addInstructionsSheet(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet(INSTRUCTIONS_SHEET_NAME);
  sheet.columns = [{ width: 24 }, { width: 14 }, { width: 60 }, { width: 60 }, { width: 44 }];
  const title = sheet.addRow(['专家导入模板说明 Instructions for the expert import template']);
  title.font = { bold: true, size: 14 };
  sheet.addRow([
    `第一个工作表“${EXPERTS_SHEET_NAME}”的第 1 行为表头，请勿修改；从第 2 行起每行一位专家，最多 ${MAX_IMPORT_ROWS} 行。第 2 行是示例，导入前请删除。任何一行有误时整张表都不会导入，请按提示修改后重新上传。`,
  ]);
  sheet.addRow([
    `Row 1 of the first sheet, "${EXPERTS_SHEET_NAME}", holds the headers: do not change them. From row 2 on, one expert per row, at most ${MAX_IMPORT_ROWS} rows. Row 2 is an example: delete it before importing. If any row is wrong nothing is imported; correct the rows reported and upload again.`,
  ]);
  sheet.addRow([]);
  sheet.addRow(['列 Column', '必填 Required', '说明', 'Help', '示例 Example']).font = { bold: true };
  for (const column of EXPERT_COLUMNS) {
    sheet.addRow([
      columnHeaderText(column),
      column.required ? '是 Yes' : '否 No',
      column.help.zh,
      column.help.en,
      column.example,
    ]);
  }
  sheet.addRow([]);
  sheet.addRow(['行业门类（GB/T 4754-2017）Industry sections']).font = { bold: true };
  sheet.addRow(['门类 Section', '', '名称', 'Name']).font = { bold: true };
  for (const section of INDUSTRY_SECTIONS) {
    sheet.addRow([section, '', INDUSTRY_NAMES[section].zh, INDUSTRY_NAMES[section].en]);
  }
  sheet.getColumn(3).alignment = { wrapText: true, vertical: 'top' };
  sheet.getColumn(4).alignment = { wrapText: true, vertical: 'top' };
}

async function toBuffer(workbook: ExcelJS.Workbook): Promise<Buffer> {
  const written = await workbook.xlsx.writeBuffer();
  return Buffer.from(written as unknown as Uint8Array);
}

/**
 * The downloadable import template: the experts sheet (bold, frozen header with a note on each
 * column; required columns shaded; code columns formatted as text) with one example row, and an
 * instructions sheet explaining each column and listing the industry sections.
 */
export async function writeTemplate(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '质量奖评审管理平台 Quality Award Platform';
  const sheet = addExpertsSheet(workbook, []);
  EXPERT_COLUMNS.forEach((column, index) => {
    sheet.getRow(1).getCell(index + 1).note = noteFor(column);
    sheet.getRow(2).getCell(index + 1).value = DATE_COLUMNS.has(column.key)
      ? isoToUtcDate(column.example)
      : column.example;
  });
  sheet.getRow(2).font = { italic: true, color: { argb: 'FF808080' } };
  addInstructionsSheet(workbook);
  return toBuffer(workbook);
}

function refusal(zh: string, en: string): { error: LocalizedText } {
  return { error: { zh, en } };
}

const NOT_XLSX = refusal(
  '上传的文件不是 Excel 工作簿（.xlsx），请使用下载的模板填写后上传。',
  'The file is not an Excel workbook (.xlsx); fill in the downloaded template and upload it.',
);
const LEGACY_XLS = refusal(
  '上传的是旧版 Excel 文件（.xls），请在 Excel 中“另存为” .xlsx 后再上传。',
  'The file is an old-style Excel file (.xls); save it as .xlsx in Excel and upload it again.',
);

/** Header text compared without spaces, asterisks or case, full-width as half-width. */
function headerKey(text: string): string {
  return text.normalize('NFKC').replace(/[\s*]/g, '').toLowerCase();
}

const COLUMN_BY_HEADER = new Map<string, ExpertColumnKey>(
  EXPERT_COLUMNS.flatMap((c) =>
    [c.header.zh, c.header.en, c.header.zh + c.header.en, c.header.en + c.header.zh].map(
      (text) => [headerKey(text), c.key] as const,
    ),
  ),
);

function headerLabel(key: ExpertColumnKey): string {
  const column = EXPERT_COLUMNS.find((c) => c.key === key);
  return column ? columnHeaderText(column) : key;
}

/** Matches the header row (row 1) to columns, or says what is wrong with it. */
function readHeader(sheet: ExcelJS.Worksheet): Map<number, ExpertColumnKey> | { error: LocalizedText } {
  const byColumn = new Map<number, ExpertColumnKey>();
  const addressesOf = new Map<ExpertColumnKey, string[]>();
  const unknown: { address: string; text: string }[] = [];
  sheet.getRow(1).eachCell((cell, columnNumber) => {
    const text = cellText(cell.value);
    if (text === '') return;
    const key = COLUMN_BY_HEADER.get(headerKey(text));
    if (key === undefined) {
      unknown.push({ address: cell.address, text });
      return;
    }
    byColumn.set(columnNumber, key);
    addressesOf.set(key, [...(addressesOf.get(key) ?? []), cell.address]);
  });
  const zh: string[] = [];
  const en: string[] = [];
  if (unknown.length > 0) {
    zh.push(`表头有无法识别的列：${unknown.map((u) => `${u.address}“${u.text}”`).join('、')}。`);
    en.push(
      `The header has columns the template does not know: ${unknown.map((u) => `${u.address} "${u.text}"`).join(', ')}.`,
    );
  }
  for (const [key, addresses] of addressesOf) {
    if (addresses.length > 1) {
      zh.push(`列“${headerLabel(key)}”出现了 ${addresses.length} 次（${addresses.join('、')}）。`);
      en.push(
        `The column "${headerLabel(key)}" appears ${addresses.length} times (${addresses.join(', ')}).`,
      );
    }
  }
  const missing = EXPERT_COLUMNS.filter((c) => c.required && !addressesOf.has(c.key)).map(columnHeaderText);
  if (missing.length > 0) {
    zh.push(`缺少必填列：${missing.map((m) => `“${m}”`).join('、')}。`);
    en.push(`Required columns are missing: ${missing.map((m) => `"${m}"`).join(', ')}.`);
  }
  if (zh.length > 0) {
    return refusal(
      `${zh.join('')}请使用下载的模板的表头。`,
      `${en.join(' ')} Use the headers of the downloaded template.`,
    );
  }
  return byColumn;
}

/**
 * Reads an uploaded sheet into raw rows: the first worksheet, its header row matched by the zh
 * or en header text in any order, fully empty rows skipped. Refuses (in both languages) a file
 * that is not an .xlsx, a header with unknown, repeated or missing required columns, a sheet
 * without data and more than `MAX_IMPORT_ROWS` rows. Cells are left as exceljs gives them;
 * `validateImport` checks them.
 */
export async function readExpertSheet(
  buffer: Uint8Array,
): Promise<{ rows: SheetRow[] } | { error: LocalizedText }> {
  const bytes = Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  if (bytes.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))) return LEGACY_XLS;
  if (!bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) return NOT_XLSX;
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return NOT_XLSX;
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return NOT_XLSX;

  const columns = readHeader(sheet);
  if ('error' in columns) return columns;

  const rows: SheetRow[] = [];
  sheet.eachRow((row, rowNumber) => {
    if (rowNumber === 1) return;
    const cells: ExpertCells = {};
    let empty = true;
    for (const [columnNumber, key] of columns) {
      const value: unknown = row.getCell(columnNumber).value;
      cells[key] = value;
      if (cellText(value) !== '') empty = false;
    }
    if (!empty) rows.push({ rowNumber, cells });
  });
  if (rows.length === 0) {
    return refusal(
      '表格中没有专家数据：请从第 2 行起填写。',
      'The sheet holds no experts: fill them in from row 2 on.',
    );
  }
  if (rows.length > MAX_IMPORT_ROWS) {
    return refusal(
      `一次最多导入 ${MAX_IMPORT_ROWS} 行，本表有 ${rows.length} 行；请分成几个文件导入。`,
      `At most ${MAX_IMPORT_ROWS} rows can be imported at once; this sheet has ${rows.length}. Split it into several files.`,
    );
  }
  return { rows };
}

function statusLabel(status: string): string {
  const known = EXPERT_STATUSES.find((s) => s === status);
  return known ? `${STATUS_LABELS[known].zh} ${STATUS_LABELS[known].en}` : status;
}

/**
 * The pool as a sheet: the template's columns plus status, identity numbers masked (the export
 * leaves the platform; the full number does not).
 */
export async function writeExport(
  experts: readonly (ExpertProfile & { status: string; id: string })[],
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '质量奖评审管理平台 Quality Award Platform';
  const statusHeader = `${STATUS_HEADER.zh} ${STATUS_HEADER.en}`;
  const sheet = addExpertsSheet(workbook, [statusHeader]);
  for (const expert of experts) {
    const cells = formatExpertRow(expert);
    sheet.addRow([
      ...EXPERT_COLUMNS.map((column) => {
        if (column.key === 'identityNumber') return maskIdentityNumber(expert.identityNumber);
        if (column.key === 'yearsInQualityWork') return expert.yearsInQualityWork;
        return cells[column.key];
      }),
      statusLabel(expert.status),
    ]);
  }
  return toBuffer(workbook);
}
