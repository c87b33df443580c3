import { checkCreditCode, normaliseCreditCode } from '../../organisations/core/credit-code.js';
import { INDUSTRY_SECTIONS, type IndustrySection } from '../../organisations/core/organisation.js';
import type { LocalizedText } from '../../platform/i18n/localized.js';
import type { ExpertProfile } from './expert.js';
import { checkIdentityNumber, normaliseIdentityNumber } from './identity-number.js';

/**
 * The expert-pool spreadsheet (专家导入模板) as data: its columns in order, what each holds, and
 * how one row becomes an `ExpertProfile`. Reading and writing .xlsx files lives in
 * `../expert-sheet.ts`; everything here is pure.
 */
export const EXPERT_COLUMN_KEYS = [
  'name',
  'identityNumber',
  'employer',
  'employerCreditCode',
  'title',
  'qualificationName',
  'qualificationCertificate',
  'qualificationExpiresOn',
  'industries',
  'yearsInQualityWork',
  'region',
  'phone',
  'email',
  'canLead',
  'formerEmployers',
] as const;
export type ExpertColumnKey = (typeof EXPERT_COLUMN_KEYS)[number];

export interface ExpertColumn {
  key: ExpertColumnKey;
  header: LocalizedText;
  required: boolean;
  /** The template's example row, as text. */
  example: string;
  help: LocalizedText;
}

export const YEARS_IN_QUALITY_WORK_MAX = 60;

export const EXPERT_COLUMNS: readonly ExpertColumn[] = [
  {
    key: 'name',
    header: { zh: '姓名', en: 'Name' },
    required: true,
    example: '张三',
    help: { zh: '与身份证一致的姓名。', en: 'Name as on the identity card.' },
  },
  {
    key: 'identityNumber',
    header: { zh: '身份证号码', en: 'Identity number' },
    required: true,
    example: '110101198001010010',
    help: {
      zh: '18 位居民身份证号码，最后一位可为 X。请将本列设为文本格式，否则 Excel 会丢失末尾数字。',
      en: 'The 18-character resident identity number; the last may be X. Keep this column formatted as text, or Excel drops the last digits.',
    },
  },
  {
    key: 'employer',
    header: { zh: '工作单位', en: 'Employer' },
    required: true,
    example: '郑州示例精密制造有限公司',
    help: { zh: '现工作单位全称。', en: 'Full name of the current employer.' },
  },
  {
    key: 'employerCreditCode',
    header: { zh: '单位统一社会信用代码', en: 'Employer credit code' },
    required: false,
    example: '91410100MA3X00001B',
    help: {
      zh: '选填。现工作单位的 18 位统一社会信用代码，用于自动发现回避关系。',
      en: "Optional. The employer's 18-character Unified Social Credit Code; it finds conflicts of interest automatically.",
    },
  },
  {
    key: 'title',
    header: { zh: '职称', en: 'Title' },
    required: true,
    example: '高级工程师',
    help: { zh: '专业技术职称或职务。', en: 'Professional title or position.' },
  },
  {
    key: 'qualificationName',
    header: { zh: '资格名称', en: 'Qualification' },
    required: true,
    example: '卓越绩效评价师',
    help: {
      zh: '评审资格名称，如“卓越绩效评价师”。',
      en: 'The assessor qualification, e.g. performance-excellence assessor (卓越绩效评价师).',
    },
  },
  {
    key: 'qualificationCertificate',
    header: { zh: '资格证书编号', en: 'Certificate number' },
    required: true,
    example: 'PEA-2023-0001',
    help: { zh: '资格证书上的编号。', en: 'The number on the qualification certificate.' },
  },
  {
    key: 'qualificationExpiresOn',
    header: { zh: '证书有效期至', en: 'Certificate expires on' },
    required: false,
    example: '2030-12-31',
    help: {
      zh: '日期，格式 YYYY-MM-DD；长期有效的留空。',
      en: 'A date, YYYY-MM-DD; leave empty when the certificate does not expire.',
    },
  },
  {
    key: 'industries',
    header: { zh: '熟悉行业', en: 'Industries' },
    required: true,
    example: 'C, M',
    help: {
      zh: 'GB/T 4754-2017 门类字母（A–T，见“说明”表），多个用逗号、顿号或空格分隔，如“C、M”。',
      en: 'GB/T 4754-2017 section letters (A–T, see the Instructions sheet), separated by commas, 、 or spaces, e.g. "C, M".',
    },
  },
  {
    key: 'yearsInQualityWork',
    header: { zh: '质量工作年限', en: 'Years in quality work' },
    required: true,
    example: '15',
    help: {
      zh: `从事质量工作的年数，0–${YEARS_IN_QUALITY_WORK_MAX} 的整数。`,
      en: `Years in quality work, a whole number from 0 to ${YEARS_IN_QUALITY_WORK_MAX}.`,
    },
  },
  {
    key: 'region',
    header: { zh: '所在地区', en: 'Region' },
    required: true,
    example: '河南省郑州市金水区',
    help: {
      zh: '常住地区，如“河南省郑州市金水区”。',
      en: 'Where the expert lives, e.g. 河南省郑州市金水区.',
    },
  },
  {
    key: 'phone',
    header: { zh: '联系电话', en: 'Phone' },
    required: true,
    example: '13800000000',
    help: {
      zh: '11 位手机号码，或带区号的固定电话（如 0371-12345678）。',
      en: 'An 11-digit mobile number, or a landline with its area code (e.g. 0371-12345678).',
    },
  },
  {
    key: 'email',
    header: { zh: '电子邮箱', en: 'Email' },
    required: false,
    example: 'zhangsan@example.com',
    help: { zh: '选填。', en: 'Optional.' },
  },
  {
    key: 'canLead',
    header: { zh: '可任组长', en: 'Can lead' },
    required: true,
    example: '是',
    help: {
      zh: '是否具备担任评审组组长的资格：是/否（也可写 yes/no 或 Y/N）。',
      en: 'Qualified to lead a panel: 是/否, yes/no or Y/N.',
    },
  },
  {
    key: 'formerEmployers',
    header: { zh: '曾任职单位', en: 'Former employers' },
    required: false,
    example: '郑州示例质量检测中心|91410100MA3X00002E|2018',
    help: {
      zh: '选填。每项写作“单位名称|统一社会信用代码|离职年份”，信用代码不详可留空（如“某公司||2019”），多项用分号分隔。',
      en: 'Optional. Each as "Name|CreditCode|YearLeft"; the credit code may be left empty ("Some Co.||2019"); separate entries with semicolons.',
    },
  },
];

/** The header text the template writes: '姓名 Name'. Reading also accepts either half alone. */
export function columnHeaderText(column: ExpertColumn): string {
  return `${column.header.zh} ${column.header.en}`;
}

export function expertColumn(key: ExpertColumnKey): ExpertColumn {
  const column = EXPERT_COLUMNS.find((c) => c.key === key);
  if (!column) throw new RangeError(`unknown expert column ${key}`);
  return column;
}

/** A row's cells as the sheet gives them: strings, numbers, Dates, rich text, hyperlinks… */
export type ExpertCells = Partial<Record<ExpertColumnKey, unknown>>;

/** A data row of the sheet; `rowNumber` counts as Excel does, the header being row 1. */
export interface SheetRow {
  rowNumber: number;
  cells: ExpertCells;
}

export interface RowProblem {
  column: ExpertColumnKey;
  message: LocalizedText;
}

export type ExpertRowResult = { ok: true; profile: ExpertProfile } | { ok: false; problems: RowProblem[] };

export interface ImportError extends RowProblem {
  row: number;
}

export type ImportResult = { ok: true; profiles: ExpertProfile[] } | { ok: false; errors: ImportError[] };

/** An ISO date from a Date's UTC fields: spreadsheet dates carry no time zone (see `cellText`). */
function isoDateOf(date: Date): string {
  const y = String(date.getUTCFullYear()).padStart(4, '0');
  const m = String(date.getUTCMonth() + 1).padStart(2, '0');
  const d = String(date.getUTCDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/**
 * A cell's value as trimmed text, whatever form the spreadsheet library gives it: a string, a
 * number, a boolean, a Date (written as YYYY-MM-DD from its UTC fields — spreadsheet dates are
 * read as UTC midnight), rich text (`{ richText: [{ text }] }`, the runs joined), a hyperlink
 * (`{ text, hyperlink }`, its text, or the address without `mailto:`), a formula (its cached
 * result) or an error value ('#N/A'). Empty cells give ''.
 */
export function cellText(value: unknown): string {
  if (value == null) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : isoDateOf(value);
  if (!isRecord(value)) return '';
  if (Array.isArray(value.richText)) {
    return value.richText
      .map((run: unknown) => (isRecord(run) && typeof run.text === 'string' ? run.text : ''))
      .join('')
      .trim();
  }
  if ('hyperlink' in value) {
    const text = cellText(value.text);
    if (text) return text;
    return typeof value.hyperlink === 'string' ? value.hyperlink.replace(/^mailto:/i, '').trim() : '';
  }
  if ('formula' in value || 'sharedFormula' in value) return cellText(value.result);
  if (typeof value.error === 'string') return value.error;
  if ('text' in value) return cellText(value.text);
  return '';
}

/** Full-width letters, digits and punctuation as half-width; for codes, numbers and dates only. */
function halfWidth(text: string): string {
  return text.normalize('NFKC').trim();
}

type Parsed<T> = { ok: true; value: T } | { ok: false; message: LocalizedText };

const accept = <T>(value: T): Parsed<T> => ({ ok: true, value });
const refuse = (zh: string, en: string): Parsed<never> => ({ ok: false, message: { zh, en } });

/** A date from 'YYYY-MM-DD' (also / . or 年月日 separators), a Date, or an Excel serial number. */
function parseDate(raw: unknown): Parsed<string> {
  if (raw instanceof Date) {
    return Number.isNaN(raw.getTime())
      ? refuse('日期无效。', 'The date is not valid.')
      : accept(isoDateOf(raw));
  }
  if (typeof raw === 'number') {
    // A date typed into a cell formatted as a number: Excel's 1900 serial, day 0 = 1899-12-30.
    if (!Number.isInteger(raw) || raw < 1 || raw > 2_958_465) {
      return refuse(
        `“${raw}”不是日期，请写作 YYYY-MM-DD。`,
        `"${raw}" is not a date; write it as YYYY-MM-DD.`,
      );
    }
    return accept(isoDateOf(new Date(Date.UTC(1899, 11, 30) + raw * 86_400_000)));
  }
  const text = halfWidth(cellText(raw));
  const match = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(text);
  if (!match) {
    return refuse(
      `“${text}”不是日期，请写作 YYYY-MM-DD。`,
      `"${text}" is not a date; write it as YYYY-MM-DD.`,
    );
  }
  const [, y = '', m = '', d = ''] = match;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  const iso = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  if (date.getUTCFullYear() !== Number(y) || isoDateOf(date) !== iso) {
    return refuse(`“${text}”不是真实存在的日期。`, `"${text}" is not a real date.`);
  }
  return accept(iso);
}

function parseIdentityNumber(raw: unknown, today: string): Parsed<string> {
  if (typeof raw === 'number') {
    return refuse(
      '身份证号码被 Excel 存成了数字，超过 15 位的数字已丢失；请把该列设为文本格式后重新填写。',
      'Excel stored the identity number as a number and lost its digits beyond the 15th; format the column as text and enter it again.',
    );
  }
  const value = normaliseIdentityNumber(cellText(raw));
  if (value.includes('*')) {
    return refuse(
      '身份证号码是脱敏后的（如来自导出文件），导入需要完整号码。',
      'The identity number is masked (as in an export); importing needs the full number.',
    );
  }
  const check = checkIdentityNumber(value, today);
  return check.ok ? accept(value) : { ok: false, message: check.message };
}

function parseCreditCode(raw: unknown): Parsed<string> {
  if (typeof raw === 'number' && !Number.isSafeInteger(raw)) {
    return refuse(
      '统一社会信用代码被 Excel 存成了数字，超过 15 位的数字已丢失；请把该列设为文本格式后重新填写。',
      'Excel stored the credit code as a number and lost its digits beyond the 15th; format the column as text and enter it again.',
    );
  }
  const code = normaliseCreditCode(cellText(raw));
  const check = checkCreditCode(code);
  return check.ok ? accept(code) : { ok: false, message: check.message };
}

function parseIndustries(text: string): Parsed<IndustrySection[]> {
  const tokens = halfWidth(text)
    .split(/[\s,;、/]+/)
    .filter((t) => t !== '');
  if (tokens.length === 0) {
    return refuse('请至少填写一个行业门类字母（A–T）。', 'Give at least one industry section letter (A–T).');
  }
  const known = new Set<IndustrySection>();
  const unknown: string[] = [];
  for (const token of tokens) {
    const section = INDUSTRY_SECTIONS.find((s) => s === token.toUpperCase());
    if (section) known.add(section);
    else unknown.push(token);
  }
  if (unknown.length > 0) {
    const zh = unknown.map((t) => `“${t}”`).join('、');
    const en = unknown.map((t) => `"${t}"`).join(', ');
    return refuse(
      `${zh}不是 GB/T 4754-2017 的行业门类；请填写门类字母 A–T（见“说明”表）。`,
      `${en} ${unknown.length === 1 ? 'is not a section' : 'are not sections'} of GB/T 4754-2017; use the section letters A–T (see the Instructions sheet).`,
    );
  }
  return accept(INDUSTRY_SECTIONS.filter((s) => known.has(s)));
}

function parseYears(text: string): Parsed<number> {
  const plain = halfWidth(text).replace(/\s*年$/, '');
  if (!/^\d+$/.test(plain) || Number(plain) > YEARS_IN_QUALITY_WORK_MAX) {
    return refuse(
      `“${text}”不是 0–${YEARS_IN_QUALITY_WORK_MAX} 的整数年数。`,
      `"${text}" is not a whole number of years from 0 to ${YEARS_IN_QUALITY_WORK_MAX}.`,
    );
  }
  return accept(Number(plain));
}

/** Mobile numbers are stored as their 11 digits; landlines as written, spaces removed. */
function parsePhone(text: string): Parsed<string> {
  const compact = halfWidth(text).replace(/\s+/g, '');
  const mobile = /^(?:\+?86|0086)?(1[3-9]\d{9})$/.exec(compact.replace(/[-()]/g, ''));
  if (mobile?.[1]) return accept(mobile[1]);
  if (/^(?:0\d{2,3}-?|\(0\d{2,3}\))\d{7,8}(?:-\d{1,6})?$/.test(compact)) return accept(compact);
  return refuse(
    `“${text}”不是有效的电话号码：应为 11 位手机号码或带区号的固定电话（如 0371-12345678）。`,
    `"${text}" is not a phone number: use an 11-digit mobile number or a landline with its area code (e.g. 0371-12345678).`,
  );
}

function parseEmail(text: string): Parsed<string> {
  const email = halfWidth(text);
  if (!/^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/.test(email)) {
    return refuse(`“${text}”不是有效的电子邮箱地址。`, `"${text}" is not an e-mail address.`);
  }
  return accept(email);
}

const YES = new Set(['是', 'yes', 'y', 'true', '1']);
const NO = new Set(['否', 'no', 'n', 'false', '0']);

function parseCanLead(text: string): Parsed<boolean> {
  const answer = halfWidth(text).toLowerCase();
  if (YES.has(answer)) return accept(true);
  if (NO.has(answer)) return accept(false);
  return refuse(
    `“${text}”应为“是”或“否”（也可写 yes/no、Y/N）。`,
    `"${text}" should be 是/否, yes/no or Y/N.`,
  );
}

type FormerEmployer = ExpertProfile['formerEmployers'][number];

/** 'Name|CreditCode|YearLeft; …' — names are kept as written (full-width brackets and all). */
function parseFormerEmployers(text: string, today: string): Parsed<FormerEmployer[]> {
  const thisYear = Number(today.slice(0, 4));
  const entries = text
    .split(/[;；\n]+/)
    .map((e) => e.trim())
    .filter((e) => e !== '');
  const result: FormerEmployer[] = [];
  const problems: LocalizedText[] = [];
  for (const [index, entry] of entries.entries()) {
    const n = index + 1;
    const parts = entry.split(/[|｜]/).map((p) => p.trim());
    const [name = '', code = '', year = ''] = parts;
    if (parts.length !== 3 || name === '') {
      problems.push({
        zh: `第 ${n} 项“${entry}”应写作“单位名称|统一社会信用代码|离职年份”。`,
        en: `entry ${n}, "${entry}", should read "Name|CreditCode|YearLeft".`,
      });
      continue;
    }
    let creditCode: string | null = null;
    if (code !== '') {
      const checked = parseCreditCode(code);
      if (checked.ok) creditCode = checked.value;
      else
        problems.push({ zh: `第 ${n} 项：${checked.message.zh}`, en: `entry ${n}: ${checked.message.en}` });
    }
    const plainYear = halfWidth(year).replace(/\s*年$/, '');
    const leftIn = Number(plainYear);
    if (!/^\d{4}$/.test(plainYear) || leftIn < 1900 || leftIn > thisYear) {
      problems.push({
        zh: `第 ${n} 项的离职年份“${year}”应为 1900–${thisYear} 的四位年份。`,
        en: `entry ${n}: the year left, "${year}", should be a four-digit year from 1900 to ${thisYear}.`,
      });
      continue;
    }
    result.push({ name, creditCode, leftIn });
  }
  if (problems.length > 0) {
    return {
      ok: false,
      message: {
        zh: `曾任职单位：${problems.map((p) => p.zh).join('')}`,
        en: `Former employers: ${problems.map((p) => p.en).join('; ')}`,
      },
    };
  }
  return accept(result);
}

/**
 * One row of the sheet as a profile, or every problem it has, each naming its column. `today`
 * (an ISO date) bounds birth dates and the years former employers were left.
 */
export function parseExpertRow(cells: ExpertCells, today: string): ExpertRowResult {
  const problems: RowProblem[] = [];
  const text = (key: ExpertColumnKey) => cellText(cells[key]);

  /** Runs `parse` on a filled cell; reports an empty required cell; `fallback` never escapes. */
  function field<T, F>(key: ExpertColumnKey, parse: (raw: unknown) => Parsed<T>, fallback: F): T | F {
    const column = expertColumn(key);
    if (text(key) === '') {
      if (column.required) {
        problems.push({
          column: key,
          message: { zh: `“${column.header.zh}”为必填项。`, en: `${column.header.en} is required.` },
        });
      }
      return fallback;
    }
    const given = cells[key];
    const raw = isRecord(given) && ('formula' in given || 'sharedFormula' in given) ? given.result : given;
    if (isRecord(raw) && typeof raw.error === 'string') {
      problems.push({
        column: key,
        message: {
          zh: `单元格是 Excel 错误值 ${raw.error}，请填写实际内容。`,
          en: `The cell holds the Excel error ${raw.error}; enter the actual value.`,
        },
      });
      return fallback;
    }
    const parsed = parse(raw);
    if (parsed.ok) return parsed.value;
    problems.push({ column: key, message: parsed.message });
    return fallback;
  }
  const plainText = (raw: unknown) => accept(cellText(raw));
  const ofText =
    <T>(parse: (text: string) => Parsed<T>) =>
    (raw: unknown) =>
      parse(cellText(raw));

  const name = field('name', plainText, '');
  const identityNumber = field('identityNumber', (raw) => parseIdentityNumber(raw, today), '');
  const employer = field('employer', plainText, '');
  const employerCreditCode = field('employerCreditCode', parseCreditCode, null);
  const title = field('title', plainText, '');
  const qualificationName = field('qualificationName', plainText, '');
  const certificateNumber = field('qualificationCertificate', plainText, '');
  const expiresOn = field('qualificationExpiresOn', parseDate, null);
  const industries = field('industries', ofText(parseIndustries), []);
  const yearsInQualityWork = field('yearsInQualityWork', ofText(parseYears), 0);
  const region = field('region', plainText, '');
  const phone = field('phone', ofText(parsePhone), '');
  const email = field('email', ofText(parseEmail), null);
  const canLead = field('canLead', ofText(parseCanLead), false);
  const formerEmployers = field(
    'formerEmployers',
    ofText((t) => parseFormerEmployers(t, today)),
    [],
  );

  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    profile: {
      name,
      identityNumber,
      employer,
      employerCreditCode,
      title,
      qualifications: [{ name: qualificationName, certificateNumber, expiresOn }],
      industries,
      yearsInQualityWork,
      region,
      phone,
      email,
      canLead,
      formerEmployers,
    },
  };
}

/** The template's example row as cells. */
export function exampleCells(): Record<ExpertColumnKey, string> {
  return Object.fromEntries(EXPERT_COLUMNS.map((c) => [c.key, c.example])) as Record<ExpertColumnKey, string>;
}

function isTemplateExample(cells: ExpertCells): boolean {
  const example = exampleCells();
  return (['name', 'identityNumber', 'employer'] as const).every(
    (key) => cellText(cells[key]) === example[key],
  );
}

/**
 * Checks every row of a sheet, all or nothing: the profiles in row order when every row is
 * good, otherwise every problem with its sheet row number. Also refused: an identity number
 * that appeared on an earlier row (reported on the later one) and the template's example row
 * left in place.
 */
export function validateImport(rows: readonly SheetRow[], today: string): ImportResult {
  const errors: ImportError[] = [];
  const profiles: ExpertProfile[] = [];
  const firstRowOf = new Map<string, number>();
  for (const { rowNumber, cells } of rows) {
    if (isTemplateExample(cells)) {
      errors.push({
        row: rowNumber,
        column: 'name',
        message: {
          zh: '这是模板中的示例行，请删除后再导入。',
          en: "This is the template's example row; delete it before importing.",
        },
      });
    }
    const parsed = parseExpertRow(cells, today);
    if (parsed.ok) profiles.push(parsed.profile);
    else errors.push(...parsed.problems.map((p) => ({ row: rowNumber, ...p })));

    const raw = cells.identityNumber;
    const identity = typeof raw === 'number' ? '' : normaliseIdentityNumber(cellText(raw));
    if (identity === '' || !checkIdentityNumber(identity, today).ok) continue;
    const first = firstRowOf.get(identity);
    if (first === undefined) {
      firstRowOf.set(identity, rowNumber);
    } else {
      errors.push({
        row: rowNumber,
        column: 'identityNumber',
        message: {
          zh: `身份证号码与第 ${first} 行重复。`,
          en: `The identity number repeats the one on row ${first}.`,
        },
      });
    }
  }
  if (errors.length > 0) {
    const order = (key: ExpertColumnKey) => EXPERT_COLUMN_KEYS.indexOf(key);
    errors.sort((a, b) => a.row - b.row || order(a.column) - order(b.column));
    return { ok: false, errors };
  }
  return { ok: true, profiles };
}

/**
 * A profile as the sheet's cells, the inverse of `parseExpertRow` for a single qualification;
 * several qualifications are joined with '; ' column by column. The identity number is given
 * as stored: masking is the caller's choice.
 */
export function formatExpertRow(profile: ExpertProfile): Record<ExpertColumnKey, string> {
  const qualifications = profile.qualifications;
  return {
    name: profile.name,
    identityNumber: profile.identityNumber,
    employer: profile.employer,
    employerCreditCode: profile.employerCreditCode ?? '',
    title: profile.title,
    qualificationName: qualifications.map((q) => q.name).join('; '),
    qualificationCertificate: qualifications.map((q) => q.certificateNumber).join('; '),
    qualificationExpiresOn: qualifications.some((q) => q.expiresOn !== null)
      ? qualifications.map((q) => q.expiresOn ?? '').join('; ')
      : '',
    industries: profile.industries.join(', '),
    yearsInQualityWork: String(profile.yearsInQualityWork),
    region: profile.region,
    phone: profile.phone,
    email: profile.email ?? '',
    canLead: profile.canLead ? '是' : '否',
    formerEmployers: profile.formerEmployers
      .map((f) => `${f.name}|${f.creditCode ?? ''}|${f.leftIn}`)
      .join('; '),
  };
}
