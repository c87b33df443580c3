import { isIsoDate } from '../../platform/kernel/time.js';
import type { LocalizedText } from '../../platform/i18n/localized.js';
import { articleLabel, categoryLabel } from '../../programmes/catalogue.js';
import type { ProgrammeVersion } from '../../programmes/programme.types.js';
import type { FrameworkVersion } from '../../scoring/framework.types.js';
import type { ApplicationForm, FinancialYear } from './application-form.js';
import { DECLARATION_CLAUSES } from './application-form.js';

/**
 * What is still missing from an application form, item by item, so the applicant sees it while
 * filling in and the form cannot go to the endorsers incomplete. The checklist is about
 * completeness only; whether the answers make the organisation eligible is the eligibility
 * engine's business.
 */
export interface ChecklistItem {
  key: ChecklistKey;
  label: LocalizedText;
  done: boolean;
  /** Path of the form field to focus, dot-separated as in validation problems ('qms.effectiveSince'). */
  field: string;
  /** What exactly is missing or wrong, when not done. */
  detail?: LocalizedText;
}

export type ChecklistKey =
  | 'jurisdiction'
  | 'employees'
  | 'main-products'
  | 'financials'
  | 'qms'
  | 'declarations'
  | 'overview'
  | 'self-assessment'
  | 'self-assessment-report';

/** A file uploaded to the application, as far as the checklist needs to know it. */
export interface UploadedFile {
  id: string;
  mediaType: string;
}

/**
 * Characters as people count them: Unicode code points, so 中 is one and 😀 is one (not two
 * UTF-16 units, not three or four UTF-8 bytes).
 */
export function countCharacters(text: string): number {
  return [...text].length;
}

export interface SelfAssessmentProgress {
  answered: number;
  total: number;
  /** Item codes of the framework without an answer, in the framework's order. */
  missing: string[];
}

/** How many of the framework's items the self-assessment answers (non-blank text). */
export function selfAssessmentProgress(
  form: ApplicationForm,
  framework: FrameworkVersion,
): SelfAssessmentProgress {
  const codes = framework.categories.flatMap((category) => category.items.map((item) => item.code));
  const missing = codes.filter((code) => !form.selfAssessment[code]?.trim());
  return { answered: codes.length - missing.length, total: codes.length, missing };
}

const FINANCIAL_FIELDS = [
  { key: 'revenue', zh: '营业收入', en: 'revenue' },
  { key: 'profitAndTax', zh: '利税总额', en: 'profit and tax' },
  { key: 'totalAssets', zh: '总资产', en: 'total assets' },
  { key: 'netProfit', zh: '净利润', en: 'net profit' },
] as const satisfies readonly { key: keyof FinancialYear; zh: string; en: string }[];

function financialsItem(form: ApplicationForm, yearsNeeded: number): ChecklistItem {
  const item = {
    key: 'financials' as const,
    label: {
      zh: `近 ${yearsNeeded} 个财务年度的数据（营业收入、利税总额、总资产、净利润）`,
      en: `Financial data of the last ${yearsNeeded} years (revenue, profit and tax, total assets, net profit)`,
    },
  };
  const notDone = (field: string, zh: string, en: string): ChecklistItem => ({
    ...item,
    done: false,
    field,
    detail: { zh, en },
  });

  const entries = form.financials.map((entry, index) => ({ entry, index }));
  const badYear = entries.find(({ entry }) => !Number.isInteger(entry.year));
  if (badYear) return notDone(`financials.${badYear.index}.year`, '请填写年度。', 'Enter the year.');
  const seen = new Set<number>();
  for (const { entry, index } of entries) {
    if (seen.has(entry.year)) {
      return notDone(
        `financials.${index}.year`,
        `${entry.year} 年填写了不止一次。`,
        `${entry.year} is entered more than once.`,
      );
    }
    seen.add(entry.year);
  }
  if (entries.length < yearsNeeded) {
    return notDone(
      'financials',
      `需填写 ${yearsNeeded} 个财务年度，已填写 ${entries.length} 个。`,
      `${yearsNeeded} financial years are needed; ${entries.length} entered.`,
    );
  }
  const recent = [...entries].sort((a, b) => b.entry.year - a.entry.year).slice(0, yearsNeeded);
  const years = recent.map(({ entry }) => entry.year);
  if (years.some((year, i) => i > 0 && year !== (years[i - 1] ?? year) - 1)) {
    return notDone(
      'financials',
      `财务年度须为连续的 ${yearsNeeded} 年（当前最近的为 ${years.join('、')}）。`,
      `The ${yearsNeeded} financial years must be consecutive (the most recent entered are ${years.join(', ')}).`,
    );
  }
  for (const { entry, index } of recent) {
    const missing = FINANCIAL_FIELDS.filter((f) => {
      const value = entry[f.key];
      return value === null || !Number.isFinite(value);
    });
    const first = missing[0];
    if (first) {
      return notDone(
        `financials.${index}.${first.key}`,
        `${entry.year} 年缺少：${missing.map((f) => f.zh).join('、')}。`,
        `${entry.year}: ${missing.map((f) => f.en).join(', ')} missing.`,
      );
    }
  }
  return { ...item, done: true, field: 'financials' };
}

function qmsItem(form: ApplicationForm): ChecklistItem {
  const item = {
    key: 'qms' as const,
    label: { zh: '质量管理体系认证情况', en: 'Quality management system certification' },
  };
  const { qms } = form;
  if (qms.certified === null) {
    return {
      ...item,
      done: false,
      field: 'qms.certified',
      detail: { zh: '请说明是否通过质量管理体系认证。', en: 'Say whether the QMS is certified.' },
    };
  }
  if (qms.certified) {
    const missing = [
      { field: 'qms.standard', zh: '认证标准', en: 'standard', ok: qms.standard.trim() !== '' },
      {
        field: 'qms.certificateNumber',
        zh: '证书编号',
        en: 'certificate number',
        ok: qms.certificateNumber.trim() !== '',
      },
      {
        field: 'qms.certificationBody',
        zh: '认证机构',
        en: 'certification body',
        ok: qms.certificationBody.trim() !== '',
      },
      {
        field: 'qms.effectiveSince',
        zh: '有效运行起始日期',
        en: 'effective-since date',
        ok: isIsoDate(qms.effectiveSince),
      },
    ].filter((f) => !f.ok);
    const first = missing[0];
    if (first) {
      return {
        ...item,
        done: false,
        field: first.field,
        detail: {
          zh: `缺少：${missing.map((f) => f.zh).join('、')}。`,
          en: `Missing: ${missing.map((f) => f.en).join(', ')}.`,
        },
      };
    }
  }
  return { ...item, done: true, field: 'qms.certified' };
}

function declarationsItem(form: ApplicationForm, programme: ProgrammeVersion): ChecklistItem {
  const conditions = categoryLabel(programme, 'condition');
  const exclusions = categoryLabel(programme, 'exclusion');
  const item = {
    key: 'declarations' as const,
    label: {
      zh: `逐条声明${conditions.zh}申报条件和${exclusions.zh}排除情形（共 ${DECLARATION_CLAUSES.length} 项）`,
      en: `A declaration for every condition of ${conditions.en} and exclusion of ${exclusions.en} (${DECLARATION_CLAUSES.length} in all)`,
    },
  };
  const missing = DECLARATION_CLAUSES.filter(
    (clause) => (form.declarations[clause]?.compliant ?? null) === null,
  );
  const first = missing[0];
  if (!first) return { ...item, done: true, field: 'declarations' };
  const labels = missing.map((clause) => articleLabel(programme.clauses[clause]));
  return {
    ...item,
    done: false,
    field: `declarations.${first}`,
    detail: {
      zh: `尚未声明（${missing.length} 项）：${labels.map((l) => l.zh).join('、')}。`,
      en: `Not declared yet (${missing.length}): ${labels.map((l) => l.en).join(', ')}.`,
    },
  };
}

function overviewItem(form: ApplicationForm, maxChars: number): ChecklistItem {
  const item = {
    key: 'overview' as const,
    label: {
      zh: `单位概述（不超过 ${maxChars} 字）`,
      en: `Organisation overview (at most ${maxChars} characters)`,
    },
    field: 'overview',
  };
  const count = countCharacters(form.overview);
  if (form.overview.trim() === '') {
    return { ...item, done: false, detail: { zh: '尚未填写概述。', en: 'The overview is empty.' } };
  }
  if (count > maxChars) {
    return {
      ...item,
      done: false,
      detail: {
        zh: `概述共 ${count} 字，超出 ${maxChars} 字的上限 ${count - maxChars} 字。`,
        en: `The overview has ${count} characters, ${count - maxChars} over the limit of ${maxChars}.`,
      },
    };
  }
  return { ...item, done: true };
}

function selfAssessmentItem(form: ApplicationForm, framework: FrameworkVersion): ChecklistItem {
  const progress = selfAssessmentProgress(form, framework);
  const item = {
    key: 'self-assessment' as const,
    label: {
      zh: `按${framework.standard}逐项自评（共 ${progress.total} 项）`,
      en: `Self-assessment against ${framework.standard}, item by item (${progress.total} items)`,
    },
  };
  const first = progress.missing[0];
  if (!first) return { ...item, done: true, field: 'selfAssessment' };
  return {
    ...item,
    done: false,
    field: `selfAssessment.${first}`,
    detail: {
      zh: `已填写 ${progress.answered}/${progress.total} 项，尚缺：${progress.missing.join('、')}。`,
      en: `${progress.answered} of ${progress.total} items answered; missing: ${progress.missing.join(', ')}.`,
    },
  };
}

function reportItem(form: ApplicationForm, uploads: readonly UploadedFile[] | undefined): ChecklistItem {
  const item = {
    key: 'self-assessment-report' as const,
    label: { zh: '自评报告全文（PDF）', en: 'The full self-assessment report (PDF)' },
    field: 'selfAssessmentReportFileId',
  };
  const fileId = form.selfAssessmentReportFileId;
  if (!fileId) {
    return {
      ...item,
      done: false,
      detail: { zh: '尚未上传自评报告。', en: 'The report has not been uploaded.' },
    };
  }
  if (uploads) {
    const file = uploads.find((u) => u.id === fileId);
    if (!file) {
      return {
        ...item,
        done: false,
        detail: {
          zh: '找不到已上传的自评报告，请重新上传。',
          en: 'The uploaded report cannot be found; upload it again.',
        },
      };
    }
    if (file.mediaType !== 'application/pdf') {
      return {
        ...item,
        done: false,
        detail: { zh: '自评报告须为 PDF 文件。', en: 'The report must be a PDF file.' },
      };
    }
  }
  return { ...item, done: true };
}

/**
 * The checklist of an application form. `uploads`, when given, are the files of this
 * application: the report must then be one of them and a PDF.
 */
export function applicationChecklist(
  form: ApplicationForm,
  programme: ProgrammeVersion,
  framework: FrameworkVersion,
  uploads?: readonly UploadedFile[],
): ChecklistItem[] {
  const jurisdiction = programme.parameters.jurisdiction.value;
  const unanswered = [
    form.registeredInJurisdiction === null && {
      field: 'registeredInJurisdiction',
      zh: `是否在${jurisdiction}登记注册`,
      en: `whether registered in ${jurisdiction}`,
    },
    form.legalPerson === null && {
      field: 'legalPerson',
      zh: '是否具有法人资格',
      en: 'whether a legal person',
    },
  ].filter((x) => x !== false);
  const firstUnanswered = unanswered[0];

  const employeesOk = form.employees !== null && Number.isInteger(form.employees) && form.employees > 0;

  return [
    {
      key: 'jurisdiction',
      label: {
        zh: `登记注册地（${jurisdiction}）和法人资格`,
        en: `Registration in the jurisdiction (${jurisdiction}) and legal-person status`,
      },
      done: !firstUnanswered,
      field: firstUnanswered?.field ?? 'registeredInJurisdiction',
      ...(firstUnanswered && {
        detail: {
          zh: `尚未回答：${unanswered.map((u) => u.zh).join('；')}。`,
          en: `Not answered yet: ${unanswered.map((u) => u.en).join('; ')}.`,
        },
      }),
    },
    {
      key: 'employees',
      label: { zh: '职工人数', en: 'Number of employees' },
      done: employeesOk,
      field: 'employees',
      ...(!employeesOk && {
        detail: {
          zh: '请填写职工人数（正整数）。',
          en: 'Enter the number of employees (a whole number above 0).',
        },
      }),
    },
    {
      key: 'main-products',
      label: { zh: '主要产品或服务', en: 'Main products or services' },
      done: form.mainProducts.trim() !== '',
      field: 'mainProducts',
      ...(form.mainProducts.trim() === '' && {
        detail: { zh: '请填写主要产品或服务。', en: 'Name the main products or services.' },
      }),
    },
    financialsItem(form, programme.parameters.lossFreeYears.value),
    qmsItem(form),
    declarationsItem(form, programme),
    overviewItem(form, programme.parameters.overviewMaxChars.value),
    selfAssessmentItem(form, framework),
    reportItem(form, uploads),
  ];
}

/** Whether every item of the checklist is done: the form may then go to the endorsers. */
export function isFormComplete(checklist: readonly ChecklistItem[]): boolean {
  return checklist.every((item) => item.done);
}
