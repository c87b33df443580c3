import ExcelJS from 'exceljs';
import { once } from 'node:events';
import { PassThrough, type Readable } from 'node:stream';
import { type Locale, type LocalizedText, pick } from '../platform/i18n/localized.js';
import { formatShanghaiDateTime } from '../platform/kernel/time.js';

/**
 * A log as an .xlsx sheet, written while it is read: exceljs's streaming WorkbookWriter commits
 * each row into the zip as it comes, and the next batch of rows is read only once the reader of
 * the stream has taken what was written, so a trail of any length holds about one batch in memory.
 */
export interface LogColumn<T> {
  /** The column's heading. */
  header: LocalizedText;
  width: number;
  value: (row: T) => string | number | null;
}

/** Excel holds at most 32,767 characters in a cell; a longer snapshot is cut with a mark. */
export function cellText(text: string): string {
  return text.length > 32_000 ? `${text.slice(0, 32_000)}…` : text;
}

/** The filters the sheet was made with, shown above the table so a printed copy says what it holds. */
export interface SheetHeading {
  title: LocalizedText;
  filters: [LocalizedText, string][];
  madeAt: Date;
}

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
const MADE_AT: LocalizedText = { zh: '导出时间（北京时间）', en: 'Exported at (Beijing time)' };
const NO_FILTER: LocalizedText = { zh: '筛选条件：无（全部记录）', en: 'Filters: none (every entry)' };

export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function streamLogWorkbook<T>(
  batches: AsyncIterable<T[]>,
  columns: readonly LogColumn<T>[],
  heading: SheetHeading,
  locale: Locale,
): Readable {
  const output = new PassThrough();
  void write(output, batches, columns, heading, locale).catch((error: unknown) => {
    output.destroy(error instanceof Error ? error : new Error(String(error)));
  });
  return output;
}

async function write<T>(
  output: PassThrough,
  batches: AsyncIterable<T[]>,
  columns: readonly LogColumn<T>[],
  heading: SheetHeading,
  locale: Locale,
): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: output,
    useStyles: true,
    useSharedStrings: false,
  });
  const title = pick(heading.title, locale);
  const sheet = workbook.addWorksheet(title.slice(0, 31), {
    views: [{ state: 'frozen', ySplit: 3 }],
  });
  sheet.columns = columns.map((column) => ({ width: column.width }));
  const top = sheet.addRow([title]);
  top.font = { bold: true, size: 14 };
  top.commit();
  const filters = heading.filters.map(([name, value]) => `${pick(name, locale)}：${value}`);
  sheet
    .addRow([
      `${pick(MADE_AT, locale)}：${formatShanghaiDateTime(heading.madeAt)}    ${
        filters.length > 0 ? filters.join('；') : pick(NO_FILTER, locale)
      }`,
    ])
    .commit();
  const header = sheet.addRow(columns.map((column) => pick(column.header, locale)));
  header.font = { bold: true };
  header.eachCell((cell) => (cell.fill = HEADER_FILL));
  header.commit();
  for await (const batch of batches) {
    for (const row of batch) sheet.addRow(columns.map((column) => column.value(row) ?? '')).commit();
    // Let the reader (the HTTP reply) take what is written before reading more from the database.
    if (output.writableNeedDrain) await Promise.race([once(output, 'drain'), once(output, 'close')]);
    if (output.destroyed) return;
  }
  sheet.commit();
  await workbook.commit();
}

/** The filter lines of the heading: each named value that was given (an empty filter is left out). */
export function givenFilters(pairs: [LocalizedText, string | null | undefined][]): [LocalizedText, string][] {
  return pairs.filter((pair): pair is [LocalizedText, string] => Boolean(pair[1]?.trim()));
}

export const FILTER_NAMES = {
  person: { zh: '人员', en: 'Person' },
  action: { zh: '操作', en: 'Action' },
  event: { zh: '事件', en: 'Event' },
  recordType: { zh: '记录类型', en: 'Record type' },
  recordId: { zh: '记录编号', en: 'Record id' },
  from: { zh: '起始日期', en: 'From' },
  to: { zh: '截止日期', en: 'To' },
} satisfies Record<string, LocalizedText>;

/** `attachment` with an ASCII name and the UTF-8 one (RFC 6266). */
export function attachment(asciiName: string, name: string): string {
  return `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
