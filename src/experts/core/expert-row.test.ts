import { describe, expect, it } from 'vitest';
import { creditCodeCheckCharacter } from '../../organisations/core/credit-code.js';
import type { ExpertProfile } from './expert.js';
import {
  EXPERT_COLUMNS,
  EXPERT_COLUMN_KEYS,
  cellText,
  columnHeaderText,
  exampleCells,
  formatExpertRow,
  parseExpertRow,
  validateImport,
  type ExpertCells,
  type ExpertColumnKey,
  type SheetRow,
} from './expert-row.js';
import { identityCheckCharacter } from './identity-number.js';

const TODAY = '2025-06-15';

function identity(first17: string): string {
  return first17 + identityCheckCharacter(first17);
}

function creditCode(first17: string): string {
  return first17 + creditCodeCheckCharacter(first17);
}

const LI_SI = identity('41010519750615002');
const WANG_WU = identity('41010219820304004');
const EMPLOYER_CODE = creditCode('91410100MA3X00003');

/** A good row that is not the template's example. */
function goodCells(overrides: ExpertCells = {}): ExpertCells {
  return {
    ...exampleCells(),
    name: '李四',
    identityNumber: LI_SI,
    employer: '河南某某电气股份有限公司',
    employerCreditCode: EMPLOYER_CODE,
    ...overrides,
  };
}

function parsed(overrides: ExpertCells): ExpertProfile {
  const result = parseExpertRow(goodCells(overrides), TODAY);
  if (!result.ok) throw new Error(`expected the row to parse: ${JSON.stringify(result.problems)}`);
  return result.profile;
}

/** The problems of a row as 'column: en message'. */
function problems(overrides: ExpertCells): { column: ExpertColumnKey; zh: string; en: string }[] {
  const result = parseExpertRow(goodCells(overrides), TODAY);
  if (result.ok) return [];
  return result.problems.map((p) => ({ column: p.column, zh: p.message.zh, en: p.message.en }));
}

function columnsWithProblems(overrides: ExpertCells): ExpertColumnKey[] {
  return problems(overrides).map((p) => p.column);
}

describe('EXPERT_COLUMNS', () => {
  it('lists every key once, in order', () => {
    expect(EXPERT_COLUMNS.map((c) => c.key)).toEqual([...EXPERT_COLUMN_KEYS]);
  });

  it('leaves the credit code, expiry, e-mail and former employers optional', () => {
    expect(EXPERT_COLUMNS.filter((c) => !c.required).map((c) => c.key)).toEqual([
      'employerCreditCode',
      'qualificationExpiresOn',
      'email',
      'formerEmployers',
    ]);
  });

  it('heads each column in both languages', () => {
    expect(columnHeaderText(EXPERT_COLUMNS[0]!)).toBe('姓名 Name');
    for (const c of EXPERT_COLUMNS) {
      expect(c.header.zh).toMatch(/\p{Script=Han}/u);
      expect(c.header.en).toMatch(/^[A-Z][A-Za-z ]+$/);
      expect(c.help.zh && c.help.en).toBeTruthy();
    }
  });

  it('has an example row that parses', () => {
    const result = parseExpertRow(exampleCells(), TODAY);
    expect(result).toMatchObject({
      ok: true,
      profile: { name: '张三', industries: ['C', 'M'], canLead: true },
    });
  });
});

describe('cellText', () => {
  it('normalises what spreadsheet cells hold to trimmed text', () => {
    expect(cellText(null)).toBe('');
    expect(cellText(undefined)).toBe('');
    expect(cellText('  张三 ')).toBe('张三');
    expect(cellText(15)).toBe('15');
    expect(cellText(13800000000)).toBe('13800000000');
    expect(cellText(true)).toBe('TRUE');
    expect(cellText(new Date(Date.UTC(2030, 11, 31)))).toBe('2030-12-31');
    expect(cellText(new Date(Number.NaN))).toBe('');
    expect(cellText({ richText: [{ text: '张' }, { font: { bold: true }, text: '三 ' }] })).toBe('张三');
    expect(cellText({ text: 'a@example.com', hyperlink: 'mailto:a@example.com' })).toBe('a@example.com');
    expect(cellText({ text: '', hyperlink: 'mailto:b@example.com' })).toBe('b@example.com');
    expect(cellText({ formula: 'A1&B1', result: 'C, M' })).toBe('C, M');
    expect(cellText({ sharedFormula: 'A2', result: 7 })).toBe('7');
    expect(cellText({ formula: 'A1' })).toBe('');
    expect(cellText({ error: '#N/A' })).toBe('#N/A');
  });
});

describe('parseExpertRow', () => {
  it('builds a profile from a good row', () => {
    expect(parsed({})).toEqual({
      name: '李四',
      identityNumber: LI_SI,
      employer: '河南某某电气股份有限公司',
      employerCreditCode: EMPLOYER_CODE,
      title: '高级工程师',
      qualifications: [
        { name: '卓越绩效评价师', certificateNumber: 'PEA-2023-0001', expiresOn: '2030-12-31' },
      ],
      industries: ['C', 'M'],
      yearsInQualityWork: 15,
      region: '河南省郑州市金水区',
      phone: '13800000000',
      email: 'zhangsan@example.com',
      canLead: true,
      formerEmployers: [{ name: '郑州示例质量检测中心', creditCode: '91410100MA3X00002E', leftIn: 2018 }],
    });
  });

  it('reports every empty required cell at once, naming the column', () => {
    const blank = Object.fromEntries(EXPERT_COLUMN_KEYS.map((k) => [k, ''])) as ExpertCells;
    const result = parseExpertRow(blank, TODAY);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.column)).toEqual(
      EXPERT_COLUMNS.filter((c) => c.required).map((c) => c.key),
    );
    expect(result.problems[0]?.message).toEqual({ zh: '“姓名”为必填项。', en: 'Name is required.' });
  });

  it('treats white space and missing keys as empty', () => {
    expect(columnsWithProblems({ title: '   ', region: undefined })).toEqual(['title', 'region']);
  });

  it('leaves optional columns null or empty when blank', () => {
    const profile = parsed({
      employerCreditCode: '',
      qualificationExpiresOn: '',
      email: null,
      formerEmployers: ' ',
    });
    expect(profile.employerCreditCode).toBeNull();
    expect(profile.qualifications[0]?.expiresOn).toBeNull();
    expect(profile.email).toBeNull();
    expect(profile.formerEmployers).toEqual([]);
  });

  it('refuses Excel error values, even in free-text columns', () => {
    expect(
      problems({ name: { error: '#N/A' }, region: { formula: 'X1', result: { error: '#REF!' } } }),
    ).toEqual([
      expect.objectContaining({ column: 'name', en: expect.stringContaining('#N/A') }),
      expect.objectContaining({ column: 'region', en: expect.stringContaining('#REF!') }),
    ]);
  });

  it('reads rich text and hyperlink cells', () => {
    const profile = parsed({
      name: { richText: [{ text: '李' }, { text: '四' }] },
      email: { text: 'lisi@example.com', hyperlink: 'mailto:lisi@example.com' },
    });
    expect(profile.name).toBe('李四');
    expect(profile.email).toBe('lisi@example.com');
  });

  describe('identity number', () => {
    it('is checked, with the reason', () => {
      const wrongCheck = LI_SI.slice(0, 17) + (LI_SI.endsWith('1') ? '2' : '1');
      expect(problems({ identityNumber: wrongCheck })).toEqual([
        expect.objectContaining({ column: 'identityNumber', en: expect.stringContaining('check character') }),
      ]);
      expect(problems({ identityNumber: '4101051975061500' })[0]?.en).toContain('this one has 16');
      expect(problems({ identityNumber: identity('41010519751315002') })[0]?.en).toContain('not a real date');
    });

    it('is normalised: lower-case x, full-width digits, spaces around', () => {
      const withX = identity('11010519491231002');
      expect(withX.endsWith('X')).toBe(true);
      expect(parsed({ identityNumber: ` ${withX.toLowerCase()} ` }).identityNumber).toBe(withX);
      const fullWidth = [...LI_SI]
        .map((d) => String.fromCodePoint((d.codePointAt(0) ?? 0) + 0xfee0))
        .join('');
      expect(parsed({ identityNumber: fullWidth }).identityNumber).toBe(LI_SI);
    });

    it('explains a number Excel has rounded', () => {
      expect(problems({ identityNumber: Number(LI_SI) })[0]?.zh).toContain('存成了数字');
    });

    it('refuses a masked number, as found in an export', () => {
      expect(problems({ identityNumber: '410***********0021' })[0]?.en).toContain('masked');
    });
  });

  describe('credit code', () => {
    it('is checked when present and normalised', () => {
      expect(parsed({ employerCreditCode: ` ${EMPLOYER_CODE.toLowerCase()} ` }).employerCreditCode).toBe(
        EMPLOYER_CODE,
      );
      const wrong = EMPLOYER_CODE.slice(0, 17) + (EMPLOYER_CODE.endsWith('0') ? '1' : '0');
      expect(problems({ employerCreditCode: wrong })).toEqual([
        expect.objectContaining({
          column: 'employerCreditCode',
          en: expect.stringContaining('check character'),
        }),
      ]);
      expect(columnsWithProblems({ employerCreditCode: '9141010' })).toEqual(['employerCreditCode']);
    });
  });

  describe('qualification expiry', () => {
    it('accepts ISO dates, other separators, Excel Date cells and serial numbers', () => {
      const expiry = (value: unknown) =>
        parsed({ qualificationExpiresOn: value }).qualifications[0]?.expiresOn;
      expect(expiry('2030-01-05')).toBe('2030-01-05');
      expect(expiry('2030/1/5')).toBe('2030-01-05');
      expect(expiry('2030年1月5日')).toBe('2030-01-05');
      expect(expiry(new Date(Date.UTC(2028, 1, 29)))).toBe('2028-02-29');
      expect(expiry(45658)).toBe('2025-01-01');
    });

    it('refuses what is not a real date', () => {
      for (const value of ['2030-02-30', '2029-02-29', '2030-13-01', '明年', '20301231', 3.5, -1]) {
        expect(columnsWithProblems({ qualificationExpiresOn: value })).toEqual(['qualificationExpiresOn']);
      }
    });
  });

  describe('industries', () => {
    it('accepts letters separated by commas, 、, spaces or semicolons, in any case and width', () => {
      for (const value of ['C, M', 'C、M', 'c m', 'C，M', 'Ｃ；Ｍ', ' M,C ,C ']) {
        expect(parsed({ industries: value }).industries).toEqual(['C', 'M']);
      }
      expect(parsed({ industries: 'T' }).industries).toEqual(['T']);
    });

    it('names each letter that is not a section', () => {
      const found = problems({ industries: 'C, Z, U' });
      expect(found).toHaveLength(1);
      expect(found[0]?.column).toBe('industries');
      expect(found[0]?.zh).toContain('“Z”、“U”');
      expect(found[0]?.en).toContain('"Z", "U" are not sections');
      expect(problems({ industries: '制造业' })[0]?.en).toContain('"制造业" is not a section');
      expect(columnsWithProblems({ industries: 'CM' })).toEqual(['industries']);
    });

    it('is required', () => {
      expect(columnsWithProblems({ industries: ' , 、' })).toEqual(['industries']);
    });
  });

  describe('years in quality work', () => {
    it('is a whole number from 0 to 60', () => {
      expect(parsed({ yearsInQualityWork: 0 }).yearsInQualityWork).toBe(0);
      expect(parsed({ yearsInQualityWork: '60' }).yearsInQualityWork).toBe(60);
      expect(parsed({ yearsInQualityWork: '12年' }).yearsInQualityWork).toBe(12);
      for (const value of [61, '-1', 2.5, 'many', '1e1']) {
        expect(columnsWithProblems({ yearsInQualityWork: value })).toEqual(['yearsInQualityWork']);
      }
    });
  });

  describe('phone', () => {
    it('keeps a mobile number as its 11 digits', () => {
      for (const value of ['13800000000', '138 0000 0000', '138-0000-0000', '+86 13800000000', 13800000000]) {
        expect(parsed({ phone: value }).phone).toBe('13800000000');
      }
    });

    it('accepts a landline with its area code', () => {
      expect(parsed({ phone: '0371-12345678' }).phone).toBe('0371-12345678');
      expect(parsed({ phone: '010 1234 5678' }).phone).toBe('01012345678');
      expect(parsed({ phone: '0371-1234567-801' }).phone).toBe('0371-1234567-801');
    });

    it('refuses anything else', () => {
      for (const value of ['12345', '23800000000', '1380000000', '138000000001', '12345678', 'phone']) {
        expect(columnsWithProblems({ phone: value })).toEqual(['phone']);
      }
    });
  });

  describe('email', () => {
    it('is checked when present', () => {
      expect(parsed({ email: 'li.si+award@sub.example.cn' }).email).toBe('li.si+award@sub.example.cn');
      for (const value of ['lisi', 'lisi@', 'lisi@example', 'li si@example.com', 'a@b@example.com']) {
        expect(columnsWithProblems({ email: value })).toEqual(['email']);
      }
    });
  });

  describe('can lead', () => {
    it('reads 是/否, yes/no, Y/N and boolean cells', () => {
      for (const value of ['是', 'yes', 'YES', 'Y', 'y', true, 'TRUE', 1])
        expect(parsed({ canLead: value }).canLead).toBe(true);
      for (const value of ['否', 'no', 'No', 'N', false, 0])
        expect(parsed({ canLead: value }).canLead).toBe(false);
    });

    it('refuses anything else', () => {
      expect(problems({ canLead: '可以' })[0]).toMatchObject({
        column: 'canLead',
        en: expect.stringContaining('是/否'),
      });
    });
  });

  describe('former employers', () => {
    it('reads Name|CreditCode|YearLeft entries; names stay as written', () => {
      const code = creditCode('91410100MA3X00004');
      const profile = parsed({
        formerEmployers: `郑州某某（集团）有限公司|${code.toLowerCase()}|2019；某研究院||2010年; `,
      });
      expect(profile.formerEmployers).toEqual([
        { name: '郑州某某（集团）有限公司', creditCode: code, leftIn: 2019 },
        { name: '某研究院', creditCode: null, leftIn: 2010 },
      ]);
    });

    it('names the entry that is wrong and why', () => {
      const wrongCode = problems({ formerEmployers: '甲公司||2019; 乙公司|914101000000000000|2015' });
      expect(wrongCode).toHaveLength(1);
      expect(wrongCode[0]?.column).toBe('formerEmployers');
      expect(wrongCode[0]?.en).toContain('entry 2');
      expect(wrongCode[0]?.en).toContain('check character');

      expect(problems({ formerEmployers: '甲公司|2019' })[0]?.en).toContain('"Name|CreditCode|YearLeft"');
      expect(problems({ formerEmployers: '|91410100MA3X00002E|2019' })[0]?.en).toContain('entry 1');
    });

    it('accepts a year up to this year and none later', () => {
      expect(parsed({ formerEmployers: '甲公司||2025' }).formerEmployers[0]?.leftIn).toBe(2025);
      expect(problems({ formerEmployers: '甲公司||2026' })[0]?.en).toContain('from 1900 to 2025');
      expect(columnsWithProblems({ formerEmployers: '甲公司||1899' })).toEqual(['formerEmployers']);
      expect(columnsWithProblems({ formerEmployers: '甲公司||19' })).toEqual(['formerEmployers']);
    });
  });

  it('reports problems in several columns of one row together', () => {
    expect(columnsWithProblems({ identityNumber: '123', industries: 'Z', phone: 'x', canLead: '?' })).toEqual(
      ['identityNumber', 'industries', 'phone', 'canLead'],
    );
  });
});

describe('formatExpertRow', () => {
  it('is the inverse of parseExpertRow', () => {
    const profile = parsed({
      email: '',
      employerCreditCode: '',
      formerEmployers: `甲公司||2019; 乙公司|${creditCode('91410100MA3X00005')}|2015`,
      canLead: '否',
    });
    const again = parseExpertRow(formatExpertRow(profile), TODAY);
    expect(again).toEqual({ ok: true, profile });
  });

  it('joins several qualifications column by column', () => {
    const profile = parsed({});
    const row = formatExpertRow({
      ...profile,
      qualifications: [
        { name: '卓越绩效评价师', certificateNumber: 'A-1', expiresOn: null },
        { name: '质量管理体系审核员', certificateNumber: 'B-2', expiresOn: '2027-01-31' },
      ],
    });
    expect(row.qualificationName).toBe('卓越绩效评价师; 质量管理体系审核员');
    expect(row.qualificationCertificate).toBe('A-1; B-2');
    expect(row.qualificationExpiresOn).toBe('; 2027-01-31');
  });
});

describe('validateImport', () => {
  const rows = (...cells: ExpertCells[]): SheetRow[] => cells.map((c, i) => ({ rowNumber: i + 2, cells: c }));

  it('returns every profile, in row order, when all rows are good', () => {
    const result = validateImport(
      rows(goodCells(), goodCells({ name: '王五', identityNumber: WANG_WU })),
      TODAY,
    );
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.profiles.map((p) => p.name)).toEqual(['李四', '王五']);
  });

  it('accepts nothing when any row is bad, and reports the sheet row and column of each problem', () => {
    const result = validateImport(
      [
        { rowNumber: 2, cells: goodCells() },
        { rowNumber: 3, cells: goodCells({ name: '王五', identityNumber: '41010219820304004Y' }) },
        {
          rowNumber: 5,
          cells: goodCells({
            name: '赵六',
            identityNumber: identity('41010319900101003'),
            industries: 'C, Z',
          }),
        },
      ],
      TODAY,
    );
    expect(result.ok).toBe(false);
    expect('profiles' in result).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.row, e.column])).toEqual([
      [3, 'identityNumber'],
      [5, 'industries'],
    ]);
    expect(result.errors[1]?.message.en).toContain('"Z"');
  });

  it('reports a repeated identity number on the later row, naming the earlier one', () => {
    const withX = identity('11010519491231002');
    const result = validateImport(
      rows(
        goodCells({ identityNumber: withX }),
        goodCells({ name: '王五', identityNumber: WANG_WU }),
        goodCells({ name: '赵六', identityNumber: withX.toLowerCase() }),
      ),
      TODAY,
    );
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          row: 4,
          column: 'identityNumber',
          message: { zh: '身份证号码与第 2 行重复。', en: 'The identity number repeats the one on row 2.' },
        },
      ],
    });
  });

  it('refuses the template’s example row left in place', () => {
    const result = validateImport(rows(goodCells(), exampleCells()), TODAY);
    expect(result).toMatchObject({ ok: false, errors: [{ row: 3, column: 'name' }] });
    if (!result.ok) expect(result.errors[0]?.message.en).toContain('example row');
  });

  it('sorts problems by row, then by column', () => {
    const result = validateImport(
      rows(goodCells({ phone: 'x' }), goodCells({ name: '', phone: 'y', identityNumber: LI_SI })),
      TODAY,
    );
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.map((e) => `${e.row}:${e.column}`)).toEqual([
        '2:phone',
        '3:name',
        '3:identityNumber',
        '3:phone',
      ]);
    }
  });

  it('accepts an empty list', () => {
    expect(validateImport([], TODAY)).toEqual({ ok: true, profiles: [] });
  });
});
