import { describe, expect, it } from 'vitest';
import type { ProgrammeParameters, ProgrammeVersion } from '../../programmes/programme.types.js';
import { jinshui2011 } from '../../programmes/versions/jinshui-2011.js';
import { gbt19580_2012 } from '../../scoring/frameworks/gbt19580-2012.js';
import type { ChecklistItem, ChecklistKey } from './application-checklist.js';
import {
  applicationChecklist,
  countCharacters,
  isFormComplete,
  selfAssessmentProgress,
} from './application-checklist.js';
import type { ApplicationForm, Declaration } from './application-form.js';
import { DECLARATION_CLAUSES, emptyApplicationForm } from './application-form.js';

const ITEM_CODES = gbt19580_2012.categories.flatMap((c) => c.items.map((i) => i.code));

function declared(): Declaration {
  return { compliant: true, note: '', fileIds: ['f-evidence'] };
}

function completeForm(): ApplicationForm {
  return {
    registeredInJurisdiction: true,
    legalPerson: true,
    employees: 320,
    mainProducts: '智能电表、配电自动化设备',
    financials: [
      { year: 2024, revenue: 52000, profitAndTax: 6100, totalAssets: 88000, netProfit: 3900 },
      { year: 2023, revenue: 48000, profitAndTax: 5600, totalAssets: 81000, netProfit: 3500 },
      { year: 2022, revenue: 45000, profitAndTax: 5000, totalAssets: 76000, netProfit: 0 },
    ],
    qms: {
      certified: true,
      standard: 'GB/T 19001-2016',
      certificateNumber: '00119Q31234R2M',
      certificationBody: '中国质量认证中心',
      effectiveSince: '2015-03-01',
    },
    honours: [],
    declarations: Object.fromEntries(DECLARATION_CLAUSES.map((c) => [c, declared()])),
    overview: '本公司成立于 2008 年，专注于智能电网设备的研发与制造。',
    selfAssessment: Object.fromEntries(ITEM_CODES.map((code) => [code, `${code} 的自评说明`])),
    selfAssessmentReportFileId: 'f-report',
  };
}

function withParameters(overrides: Partial<Record<keyof ProgrammeParameters, number>>): ProgrammeVersion {
  const parameters = { ...jinshui2011.parameters };
  for (const [key, value] of Object.entries(overrides) as [keyof ProgrammeParameters, number][]) {
    parameters[key] = { ...parameters[key], value } as never;
  }
  return { ...jinshui2011, parameters };
}

function item(form: ApplicationForm, key: ChecklistKey, programme = jinshui2011): ChecklistItem {
  const found = applicationChecklist(form, programme, gbt19580_2012).find((i) => i.key === key);
  if (!found) throw new Error(`no checklist item ${key}`);
  return found;
}

describe('countCharacters', () => {
  it('counts code points, not UTF-16 units or bytes', () => {
    expect(countCharacters('')).toBe(0);
    expect(countCharacters('质量奖')).toBe(3);
    expect(countCharacters('😀')).toBe(1);
    expect('😀'.length).toBe(2);
    expect(countCharacters('质量奖😀ok')).toBe(6);
    // A combining accent is its own code point.
    expect(countCharacters('e\u0301')).toBe(2);
  });
});

describe('selfAssessmentProgress', () => {
  it('counts the framework items with non-blank text, in the framework order', () => {
    const form = completeForm();
    expect(selfAssessmentProgress(form, gbt19580_2012)).toEqual({ answered: 23, total: 23, missing: [] });
    delete form.selfAssessment['4.7.7'];
    form.selfAssessment['4.1.2'] = '   ';
    form.selfAssessment['9.9.9'] = 'not an item of the framework';
    expect(selfAssessmentProgress(form, gbt19580_2012)).toEqual({
      answered: 21,
      total: 23,
      missing: ['4.1.2', '4.7.7'],
    });
  });
});

describe('applicationChecklist', () => {
  it('covers every part of the form, in order', () => {
    expect(applicationChecklist(completeForm(), jinshui2011, gbt19580_2012).map((i) => i.key)).toEqual([
      'jurisdiction',
      'employees',
      'main-products',
      'financials',
      'qms',
      'declarations',
      'overview',
      'self-assessment',
      'self-assessment-report',
    ]);
  });

  it('a complete form is done throughout, with no details', () => {
    const checklist = applicationChecklist(completeForm(), jinshui2011, gbt19580_2012);
    expect(checklist.filter((i) => !i.done)).toEqual([]);
    expect(checklist.every((i) => i.detail === undefined)).toBe(true);
    expect(isFormComplete(checklist)).toBe(true);
  });

  it('an empty form is done nowhere', () => {
    const checklist = applicationChecklist(emptyApplicationForm(), jinshui2011, gbt19580_2012);
    expect(checklist.filter((i) => i.done)).toEqual([]);
    expect(checklist.every((i) => i.detail !== undefined)).toBe(true);
    expect(isFormComplete(checklist)).toBe(false);
  });

  it('every item decides completeness on its own', () => {
    const breakers: Record<ChecklistKey, (f: ApplicationForm) => void> = {
      jurisdiction: (f) => (f.legalPerson = null),
      employees: (f) => (f.employees = null),
      'main-products': (f) => (f.mainProducts = ''),
      financials: (f) => f.financials.pop(),
      qms: (f) => (f.qms.certified = null),
      declarations: (f) => delete f.declarations['other-violations'],
      overview: (f) => (f.overview = ''),
      'self-assessment': (f) => delete f.selfAssessment['4.4.7'],
      'self-assessment-report': (f) => (f.selfAssessmentReportFileId = null),
    };
    for (const [key, breakIt] of Object.entries(breakers)) {
      const form = completeForm();
      breakIt(form);
      const checklist = applicationChecklist(form, jinshui2011, gbt19580_2012);
      expect(
        checklist.filter((i) => !i.done).map((i) => i.key),
        key,
      ).toEqual([key]);
      expect(isFormComplete(checklist)).toBe(false);
    }
  });

  describe('jurisdiction and legal person', () => {
    it('needs both answered and points at the first unanswered', () => {
      const form = completeForm();
      form.legalPerson = null;
      expect(item(form, 'jurisdiction')).toMatchObject({ done: false, field: 'legalPerson' });
      form.registeredInJurisdiction = null;
      const both = item(form, 'jurisdiction');
      expect(both.field).toBe('registeredInJurisdiction');
      expect(both.detail?.zh).toBe('尚未回答：是否在郑州市金水区登记注册；是否具有法人资格。');
    });

    it('counts a "no" as answered (eligibility judges it)', () => {
      const form = completeForm();
      form.registeredInJurisdiction = false;
      expect(item(form, 'jurisdiction').done).toBe(true);
    });
  });

  describe('employees and main products', () => {
    it('needs a whole number of employees above 0', () => {
      const form = completeForm();
      for (const employees of [null, 0, -3, 2.5]) {
        form.employees = employees;
        expect(item(form, 'employees').done, String(employees)).toBe(false);
      }
      form.employees = 1;
      expect(item(form, 'employees').done).toBe(true);
    });

    it('needs the main products named', () => {
      const form = completeForm();
      form.mainProducts = '  \n ';
      expect(item(form, 'main-products')).toMatchObject({ done: false, field: 'mainProducts' });
    });
  });

  describe('financial years', () => {
    it('needs the programme number of years (Art. 8(4)), saying how many are entered', () => {
      const form = completeForm();
      form.financials = form.financials.slice(0, 2);
      expect(item(form, 'financials')).toMatchObject({
        done: false,
        field: 'financials',
        detail: { en: '3 financial years are needed; 2 entered.' },
      });
      expect(item(form, 'financials', withParameters({ lossFreeYears: 2 })).done).toBe(true);
    });

    it('needs consecutive years', () => {
      const form = completeForm();
      form.financials[2] = { ...form.financials[2]!, year: 2021 };
      const result = item(form, 'financials');
      expect(result.done).toBe(false);
      expect(result.detail?.en).toContain(
        'must be consecutive (the most recent entered are 2024, 2023, 2021)',
      );
    });

    it('refuses a year entered twice', () => {
      const form = completeForm();
      form.financials.push({ ...form.financials[0]! });
      expect(item(form, 'financials')).toMatchObject({
        done: false,
        field: 'financials.3.year',
        detail: { zh: '2024 年填写了不止一次。' },
      });
    });

    it('names the missing figures of a year and points at the first', () => {
      const form = completeForm();
      form.financials[1] = { ...form.financials[1]!, totalAssets: null, netProfit: null };
      expect(item(form, 'financials')).toMatchObject({
        done: false,
        field: 'financials.1.totalAssets',
        detail: { zh: '2023 年缺少：总资产、净利润。', en: '2023: total assets, net profit missing.' },
      });
    });

    it('takes the most recent years, whatever the order, and ignores older extra years', () => {
      const form = completeForm();
      form.financials.reverse();
      form.financials.push({
        year: 2019,
        revenue: null,
        profitAndTax: null,
        totalAssets: null,
        netProfit: null,
      });
      expect(item(form, 'financials').done).toBe(true);
    });

    it('a loss is complete data (eligibility judges it)', () => {
      const form = completeForm();
      form.financials[0] = { ...form.financials[0]!, netProfit: -120 };
      expect(item(form, 'financials').done).toBe(true);
    });
  });

  describe('quality management system', () => {
    it('needs the certification question answered', () => {
      const form = completeForm();
      form.qms.certified = null;
      expect(item(form, 'qms')).toMatchObject({ done: false, field: 'qms.certified' });
    });

    it('needs the certificate details when certified', () => {
      const form = completeForm();
      form.qms.certificateNumber = ' ';
      form.qms.effectiveSince = '2015-02-30';
      expect(item(form, 'qms')).toMatchObject({
        done: false,
        field: 'qms.certificateNumber',
        detail: { en: 'Missing: certificate number, effective-since date.' },
      });
    });

    it('needs nothing more when not certified', () => {
      const form = completeForm();
      form.qms = {
        certified: false,
        standard: '',
        certificateNumber: '',
        certificationBody: '',
        effectiveSince: null,
      };
      expect(item(form, 'qms').done).toBe(true);
    });
  });

  describe('declarations', () => {
    it('says which clauses are not declared yet and points at the first', () => {
      const form = completeForm();
      delete form.declarations['no-major-accident'];
      form.declarations['award-fraud'] = { compliant: null, note: '', fileIds: [] };
      expect(item(form, 'declarations')).toMatchObject({
        done: false,
        field: 'declarations.no-major-accident',
        detail: {
          zh: '尚未声明（2 项）：第八条(三)、第九条(五)。',
          en: 'Not declared yet (2): Art. 8(3), Art. 9(5).',
        },
      });
    });

    it('counts an answer of "no" as declared', () => {
      const form = completeForm();
      form.declarations['tax-evasion'] = { compliant: false, note: '', fileIds: [] };
      expect(item(form, 'declarations').done).toBe(true);
    });

    it('lists all 15 on an empty form', () => {
      expect(item(emptyApplicationForm(), 'declarations').detail?.en).toMatch(
        /^Not declared yet \(15\): Art\. 8\(1\),/,
      );
    });
  });

  describe('overview', () => {
    it('must not be blank', () => {
      const form = completeForm();
      form.overview = ' \n\t';
      expect(item(form, 'overview')).toMatchObject({ done: false, detail: { en: 'The overview is empty.' } });
    });

    it('may have exactly the limit of Chinese characters, not one more', () => {
      const form = completeForm();
      form.overview = '质'.repeat(3000);
      expect(item(form, 'overview').done).toBe(true);
      form.overview = '质'.repeat(3001);
      expect(item(form, 'overview')).toMatchObject({
        done: false,
        field: 'overview',
        detail: {
          zh: '概述共 3001 字，超出 3000 字的上限 1 字。',
          en: 'The overview has 3001 characters, 1 over the limit of 3000.',
        },
      });
    });

    it('counts an emoji as one character', () => {
      const form = completeForm();
      form.overview = `${'质'.repeat(2999)}😀`;
      expect(form.overview.length).toBe(3001);
      expect(item(form, 'overview').done).toBe(true);
      form.overview = `${'质'.repeat(2999)}😀😀`;
      expect(item(form, 'overview').done).toBe(false);
    });

    it('follows the programme limit', () => {
      const form = completeForm();
      form.overview = '一二三四五六七八九十';
      expect(item(form, 'overview', withParameters({ overviewMaxChars: 10 })).done).toBe(true);
      expect(item(form, 'overview', withParameters({ overviewMaxChars: 9 })).done).toBe(false);
      expect(item(form, 'overview', withParameters({ overviewMaxChars: 10 })).label.zh).toBe(
        '单位概述（不超过 10 字）',
      );
    });
  });

  describe('self-assessment', () => {
    it('needs all items answered, saying how many and which are missing', () => {
      const form = completeForm();
      delete form.selfAssessment['4.2.3'];
      delete form.selfAssessment['4.7.5'];
      form.selfAssessment['4.5.2'] = '';
      expect(item(form, 'self-assessment')).toMatchObject({
        done: false,
        field: 'selfAssessment.4.2.3',
        detail: { en: '20 of 23 items answered; missing: 4.2.3, 4.5.2, 4.7.5.' },
      });
    });
  });

  describe('self-assessment report', () => {
    it('needs a file', () => {
      const form = completeForm();
      form.selfAssessmentReportFileId = null;
      expect(item(form, 'self-assessment-report')).toMatchObject({
        done: false,
        field: 'selfAssessmentReportFileId',
      });
    });

    it('with the uploads known, needs the file among them and a PDF', () => {
      const form = completeForm();
      const check = (uploads: { id: string; mediaType: string }[]) =>
        applicationChecklist(form, jinshui2011, gbt19580_2012, uploads).find(
          (i) => i.key === 'self-assessment-report',
        );
      expect(check([{ id: 'f-report', mediaType: 'application/pdf' }])?.done).toBe(true);
      expect(check([{ id: 'f-other', mediaType: 'application/pdf' }])).toMatchObject({ done: false });
      expect(check([{ id: 'f-report', mediaType: 'image/png' }])).toMatchObject({
        done: false,
        detail: { en: 'The report must be a PDF file.' },
      });
    });
  });
});
