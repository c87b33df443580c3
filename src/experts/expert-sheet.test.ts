import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { creditCodeCheckCharacter } from '../organisations/core/credit-code.js';
import { INDUSTRY_NAMES } from '../organisations/core/industries.js';
import { INDUSTRY_SECTIONS } from '../organisations/core/organisation.js';
import type { ExpertProfile } from './core/expert.js';
import {
  EXPERT_COLUMNS,
  cellText,
  columnHeaderText,
  exampleCells,
  parseExpertRow,
  validateImport,
  type ExpertColumnKey,
  type SheetRow,
} from './core/expert-row.js';
import { identityCheckCharacter } from './core/identity-number.js';
import {
  EXPERTS_SHEET_NAME,
  INSTRUCTIONS_SHEET_NAME,
  MAX_IMPORT_ROWS,
  readExpertSheet,
  writeExport,
  writeTemplate,
} from './expert-sheet.js';

const TODAY = '2025-06-15';
const identity = (first17: string) => first17 + identityCheckCharacter(first17);
const LI_SI = identity('41010519750615002');
const WANG_WU = identity('41010219820304004');

async function load(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
}

/** An .xlsx whose first sheet holds `rows` from row 1 (arrays, 1 = column A; null = empty row). */
async function xlsx(rows: (unknown[] | null)[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Sheet1');
  rows.forEach((values, index) => {
    if (values) sheet.getRow(index + 1).values = values as ExcelJS.CellValue[];
  });
  return Buffer.from((await workbook.xlsx.writeBuffer()) as unknown as Uint8Array);
}

const HEADERS = EXPERT_COLUMNS.map(columnHeaderText);

/** A good row as an array in template column order, with `overrides` by key. */
function row(overrides: Partial<Record<ExpertColumnKey, unknown>> = {}): unknown[] {
  const cells: Record<string, unknown> = {
    ...exampleCells(),
    name: '李四',
    identityNumber: LI_SI,
    employer: '河南某某电气股份有限公司',
    ...overrides,
  };
  return EXPERT_COLUMNS.map((c) => cells[c.key]);
}

async function readRows(buffer: Buffer): Promise<SheetRow[]> {
  const read = await readExpertSheet(buffer);
  if ('error' in read) throw new Error(`expected rows, got ${read.error.en}`);
  return read.rows;
}

async function readError(buffer: Buffer): Promise<{ zh: string; en: string }> {
  const read = await readExpertSheet(buffer);
  if (!('error' in read)) throw new Error('expected the sheet to be refused');
  return read.error;
}

describe('writeTemplate', () => {
  it('round-trips: the example row reads back and parses', async () => {
    const rows = await readRows(await writeTemplate());
    expect(rows).toHaveLength(1);
    expect(rows[0]?.rowNumber).toBe(2);
    const parsed = parseExpertRow(rows[0]?.cells ?? {}, TODAY);
    expect(parsed).toMatchObject({
      ok: true,
      profile: {
        name: '张三',
        qualifications: [{ expiresOn: '2030-12-31' }],
        industries: ['C', 'M'],
        canLead: true,
      },
    });
    // …and the import refuses it if it is left in place.
    expect(validateImport(rows, TODAY)).toMatchObject({ ok: false, errors: [{ row: 2 }] });
  });

  it('has a bold, frozen, annotated header with widths, and text format for long codes', async () => {
    const workbook = await load(await writeTemplate());
    const sheet = workbook.worksheets[0];
    expect(sheet?.name).toBe(EXPERTS_SHEET_NAME);
    if (!sheet) return;
    const header = sheet.getRow(1);
    expect(EXPERT_COLUMNS.map((_, i) => cellText(header.getCell(i + 1).value))).toEqual(HEADERS);
    expect(header.getCell(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const identityColumn = EXPERT_COLUMNS.findIndex((c) => c.key === 'identityNumber') + 1;
    expect(sheet.getColumn(identityColumn).width).toBeGreaterThanOrEqual(18);
    expect(sheet.getColumn(identityColumn).numFmt).toBe('@');
    const note = header.getCell(identityColumn).note;
    const noteText = typeof note === 'string' ? note : (note?.texts ?? []).map((t) => t.text).join('');
    expect(noteText).toContain('必填 Required');
    expect(noteText).toContain('formatted as text');
  });

  it('explains every column and lists the industry sections with their names', async () => {
    const workbook = await load(await writeTemplate());
    const sheet = workbook.getWorksheet(INSTRUCTIONS_SHEET_NAME);
    expect(sheet).toBeDefined();
    const lines: string[] = [];
    sheet?.eachRow((r) => lines.push((r.values as unknown[]).map(cellText).join('\t')));
    const text = lines.join('\n');
    for (const header of HEADERS) expect(text).toContain(header);
    for (const section of INDUSTRY_SECTIONS) {
      expect(text).toContain(`${section}\t\t${INDUSTRY_NAMES[section].zh}\t${INDUSTRY_NAMES[section].en}`);
    }
    expect(text).toContain('制造业');
    expect(text).toContain('信息传输、软件和信息技术服务业');
  });
});

describe('readExpertSheet', () => {
  it('matches headers by zh or en text, in any order, and keeps sheet row numbers past empty rows', async () => {
    const reversed = [...EXPERT_COLUMNS].reverse();
    const header = reversed.map((c, i) => (i % 2 === 0 ? c.header.zh : c.header.en.toUpperCase()));
    const good = row();
    const values = reversed.map((c) => good[EXPERT_COLUMNS.indexOf(c)]);
    const rows = await readRows(await xlsx([header, null, values, reversed.map(() => '  ')]));
    expect(rows.map((r) => r.rowNumber)).toEqual([3]);
    expect(rows[0]?.cells.name).toBe('李四');
    expect(validateImport(rows, TODAY).ok).toBe(true);
  });

  it('reports unknown, repeated and missing columns by name', async () => {
    const error = await readError(
      await xlsx([[...HEADERS.filter((h) => !h.startsWith('姓名')), '备注', 'Phone']]),
    );
    expect(error.zh).toContain('“备注”');
    expect(error.en).toContain('"备注"');
    expect(error.en).toMatch(/"联系电话 Phone" appears 2 times/);
    expect(error.en).toContain('Required columns are missing: "姓名 Name"');
  });

  it('lets optional columns be left out', async () => {
    const kept = EXPERT_COLUMNS.filter((c) => c.required);
    const good = row();
    const rows = await readRows(
      await xlsx([kept.map(columnHeaderText), kept.map((c) => good[EXPERT_COLUMNS.indexOf(c)])]),
    );
    expect(validateImport(rows, TODAY)).toMatchObject({
      ok: true,
      profiles: [{ email: null, formerEmployers: [] }],
    });
  });

  it('reports the sheet row and column of a bad row, and imports nothing', async () => {
    const rows = await readRows(
      await xlsx([
        HEADERS,
        row(),
        row({ name: '王五', identityNumber: WANG_WU.slice(0, 17) + (WANG_WU.endsWith('0') ? '1' : '0') }),
        null,
        row({ name: '赵六', identityNumber: identity('41010319900101003'), industries: 'C、Z' }),
      ]),
    );
    const result = validateImport(rows, TODAY);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.row, e.column])).toEqual([
      [3, 'identityNumber'],
      [5, 'industries'],
    ]);
    expect(result.errors[1]?.message.zh).toContain('“Z”');
  });

  it('handles Excel date cells, serial numbers, rich text, hyperlinks and numbers', async () => {
    const rows = await readRows(
      await xlsx([
        HEADERS,
        row({
          qualificationExpiresOn: new Date(Date.UTC(2029, 5, 30)),
          name: { richText: [{ text: '李' }, { font: { bold: true }, text: '四' }] },
          email: { text: 'lisi@example.com', hyperlink: 'mailto:lisi@example.com' },
          yearsInQualityWork: 20,
          phone: 13912345678,
        }),
        row({ name: '王五', identityNumber: WANG_WU, qualificationExpiresOn: 45658 }),
      ]),
    );
    expect(rows[0]?.cells.qualificationExpiresOn).toBeInstanceOf(Date);
    const result = validateImport(rows, TODAY);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.profiles[0]).toMatchObject({
      name: '李四',
      email: 'lisi@example.com',
      yearsInQualityWork: 20,
      phone: '13912345678',
      qualifications: [{ expiresOn: '2029-06-30' }],
    });
    expect(result.profiles[1]?.qualifications[0]?.expiresOn).toBe('2025-01-01');
  });

  it('refuses a file that is not an .xlsx, in both languages', async () => {
    const notes = [
      Buffer.from('姓名,身份证号码\n张三,110101198001010010\n'),
      Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]),
      Buffer.alloc(0),
    ];
    for (const buffer of notes) {
      const error = await readError(buffer);
      expect(error.zh).toContain('.xlsx');
      expect(error.en).toContain('not an Excel workbook');
    }
    const legacy = await readError(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
    expect(legacy.en).toContain('.xls');
  });

  it('refuses a sheet without data rows', async () => {
    expect((await readError(await xlsx([HEADERS, null, null]))).en).toContain('no experts');
  });

  it(`refuses more than ${MAX_IMPORT_ROWS} rows`, async () => {
    const many = Array.from({ length: MAX_IMPORT_ROWS + 1 }, () => ['张三']);
    const error = await readError(await xlsx([HEADERS, ...many]));
    expect(error.zh).toContain(`本表有 ${MAX_IMPORT_ROWS + 1} 行`);
    expect(error.en).toContain(`At most ${MAX_IMPORT_ROWS} rows`);
  });

  it(`accepts exactly ${MAX_IMPORT_ROWS} rows`, async () => {
    const rows = await readRows(
      await xlsx([HEADERS, ...Array.from({ length: MAX_IMPORT_ROWS }, () => ['张三'])]),
    );
    expect(rows).toHaveLength(MAX_IMPORT_ROWS);
  });
});

describe('writeExport', () => {
  const code = '91410100MA3X00003';
  const profile = (name: string, identityNumber: string): ExpertProfile => ({
    name,
    identityNumber,
    employer: '河南某某电气股份有限公司',
    employerCreditCode: code + creditCodeCheckCharacter(code),
    title: '正高级工程师',
    qualifications: [{ name: '卓越绩效评价师', certificateNumber: 'PEA-1', expiresOn: '2027-03-31' }],
    industries: ['C', 'D'],
    yearsInQualityWork: 22,
    region: '郑州市',
    phone: '13800000001',
    email: null,
    canLead: false,
    formerEmployers: [{ name: '甲公司', creditCode: null, leftIn: 2012 }],
  });

  it('writes the template columns plus status, with identity numbers masked', async () => {
    const buffer = await writeExport([
      { ...profile('李四', LI_SI), id: 'e1', status: 'active' },
      { ...profile('王五', WANG_WU), id: 'e2', status: 'disqualified' },
    ]);
    const sheet = (await load(buffer)).worksheets[0];
    if (!sheet) throw new Error('no sheet');
    const table: string[][] = [];
    sheet.eachRow((r) => table.push((r.values as unknown[]).slice(1).map(cellText)));
    expect(table[0]).toEqual([...HEADERS, '状态 Status']);
    const identityAt = EXPERT_COLUMNS.findIndex((c) => c.key === 'identityNumber');
    expect(table.slice(1).map((r) => r[identityAt])).toEqual([
      '410***********' + LI_SI.slice(-4),
      '410***********' + WANG_WU.slice(-4),
    ]);
    expect(table.slice(1).map((r) => r.at(-1))).toEqual(['在库 Active', '取消资格 Disqualified']);
    const everything = table.flat().join('|');
    expect(everything).not.toContain(LI_SI);
    expect(everything).not.toContain(WANG_WU);
    expect(everything).toContain('C, D');
    expect(everything).toContain('甲公司||2012');
  });

  it('is refused as an import: masked numbers cannot come back in', async () => {
    const buffer = await writeExport([{ ...profile('李四', LI_SI), id: 'e1', status: 'suspended' }]);
    expect((await readError(buffer)).en).toContain('"状态 Status"');
  });
});
