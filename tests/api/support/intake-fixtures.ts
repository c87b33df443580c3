import PDFDocument from 'pdfkit';
import type { ApplicationForm } from '../../../src/applications/core/application-form.js';
import { DECLARATION_CLAUSES } from '../../../src/applications/core/application-form.js';
import { gbt19580_2012 } from '../../../src/scoring/frameworks/gbt19580-2012.js';
import type { TestClient } from './test-platform.js';

/** A small real PDF, for uploads. */
export function pdfBytes(text = 'Self-assessment report'): Promise<Buffer> {
  return new Promise((resolve) => {
    const doc = new PDFDocument();
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.text(text);
    doc.end();
  });
}

/** A multipart body with one file, as a browser sends it. */
export function multipart(fileName: string, content: Buffer, mediaType = 'application/pdf') {
  const boundary = '----qa-test-boundary-7MA4YWxkTrZu0gW';
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\n` +
      `Content-Type: ${mediaType}\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return {
    payload: Buffer.concat([head, content, tail]),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}

export async function upload(
  client: TestClient,
  applicationId: string,
  purpose: string,
  name: string,
  content: Buffer,
) {
  const body = multipart(name, content);
  return client.request('POST', `/api/applications/${applicationId}/files?purpose=${purpose}`, body.payload, {
    headers: { 'content-type': body.contentType },
  });
}

/** A complete form that meets every condition, with the given report and evidence files. */
export function completeForm(
  reportFileId: string,
  evidenceFileId: string,
  lastYear: number,
): ApplicationForm {
  const items = gbt19580_2012.categories.flatMap((c) => c.items.map((i) => i.code));
  return {
    registeredInJurisdiction: true,
    legalPerson: true,
    employees: 860,
    mainProducts: '智能仪表、工业传感器',
    financials: [0, 1, 2].map((back) => ({
      year: lastYear - back,
      revenue: 52_000 - back * 3000,
      profitAndTax: 6_100 - back * 200,
      totalAssets: 88_000 - back * 5000,
      netProfit: 3_900 - back * 100,
    })),
    qms: {
      certified: true,
      standard: 'GB/T 19001-2016 / ISO 9001:2015',
      certificateNumber: '00119Q31234R2L',
      certificationBody: '中国质量认证中心',
      effectiveSince: '2015-06-01',
    },
    honours: ['henan_famous_product'],
    declarations: Object.fromEntries(
      DECLARATION_CLAUSES.map((clause) => [clause, { compliant: true, note: '', fileIds: [evidenceFileId] }]),
    ),
    overview: '本单位成立于2010年，专注于智能仪表研发与制造。'.repeat(10),
    selfAssessment: Object.fromEntries(items.map((code) => [code, `条款 ${code} 的自评说明。`])),
    selfAssessmentReportFileId: reportFileId,
  };
}

export const VALID_CREDIT_CODE = '914403001922038216';

export function registration(overrides: {
  creditCode?: string;
  username?: string;
  townId: number;
  departmentId: number;
}) {
  return {
    organisation: {
      creditCode: overrides.creditCode ?? VALID_CREDIT_CODE,
      name: '郑州示范仪表有限公司',
      kind: 'enterprise',
      address: '郑州市金水区花园路 100 号',
      townId: overrides.townId,
      departmentId: overrides.departmentId,
      legalRepresentative: '王建国',
      industry: 'C',
      registrationDate: '2010-03-15',
      contactName: '李敏',
      contactPhone: '0371-66668888',
      contactEmail: 'limin@example.cn',
    },
    account: {
      username: overrides.username ?? 'shifan',
      displayName: '李敏（郑州示范仪表）',
      password: 'Apply#2026quality',
    },
  };
}
