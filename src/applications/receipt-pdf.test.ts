import { execFile, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fontPath } from '../platform/pdf/fonts.js';
import type { ReceiptFacts } from './receipt-pdf.js';
import { formatBeijingTime } from '../platform/kernel/time.js';
import { renderReceiptPdf } from './receipt-pdf.js';

const HAS_PDFTOTEXT = !spawnSync('pdftotext', ['-v']).error;
// On a developer's machine the text checks may skip; in CI a missing tool is a failure, not a pass.
const IN_CI = process.env.CI === 'true';
if (!HAS_PDFTOTEXT) {
  console.warn('pdftotext not found: skipping the text-extraction checks (apt-get install poppler-utils).');
}

const FACTS: ReceiptFacts = {
  receiptNumber: 'ZLJ-2026-000123',
  programmeTitle: { zh: '省质量奖', en: 'Provincial Quality Award' },
  cycleYear: 2026,
  organisationName: '杭州示例精密机械股份有限公司',
  creditCode: '91330100MA2AB3CD4E',
  applicationId: '0b9f3c1e-6a7d-4e2b-9c8f-1d2e3f4a5b6c',
  version: 3,
  submittedAt: new Date('2026-11-26T09:45:03Z'),
  contentSha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  issuer: { zh: '省质量奖评审委员会办公室', en: 'Office of the Provincial Quality Award Committee' },
};

describe('formatBeijingTime', () => {
  it('shows an instant in Beijing time, in both languages', () => {
    expect(formatBeijingTime(new Date('2026-11-26T09:45:03Z'))).toEqual({
      zh: '2026年11月26日 17:45:03（北京时间）',
      en: '26 November 2026, 17:45:03 (Beijing time, UTC+8)',
    });
  });

  it('moves to the next day in Beijing when it is still the evening before in UTC', () => {
    expect(formatBeijingTime(new Date('2026-12-31T16:00:00Z')).zh).toBe('2027年1月1日 00:00:00（北京时间）');
  });
});

describe('fontPath', () => {
  it('finds both Noto Sans Hans weights in @embedpdf/fonts-sc', () => {
    expect(existsSync(fontPath('regular'))).toBe(true);
    expect(existsSync(fontPath('bold'))).toBe(true);
    expect(path.basename(fontPath('bold'))).toBe('NotoSansHans-Bold.otf');
  });
});

describe('renderReceiptPdf', { timeout: 30_000 }, () => {
  it.runIf(IN_CI)('has pdftotext to read the receipt back in CI', () => {
    expect(HAS_PDFTOTEXT, 'pdftotext (poppler-utils) must be installed in CI').toBe(true);
  });

  let dir: string;
  let pdf: Buffer;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'qap-receipt-'));
    pdf = await renderReceiptPdf(FACTS);
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function extractText(bytes: Buffer): Promise<string> {
    const file = path.join(dir, `${Math.random().toString(36).slice(2)}.pdf`);
    await writeFile(file, bytes);
    const { stdout } = await promisify(execFile)('pdftotext', ['-enc', 'UTF-8', file, '-']);
    return stdout;
  }

  it('is a PDF that embeds a subset of the CJK font, not the whole 8 MB', () => {
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.toString('latin1')).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansHans-Regular/);
    expect(pdf.length).toBeLessThan(1024 * 1024);
  });

  it('fits on one page', () => {
    expect(pdf.toString('latin1').match(/\/Type \/Page\b(?!s)/g)).toHaveLength(1);
  });

  it.skipIf(!HAS_PDFTOTEXT && !IN_CI)(
    'carries the Chinese text, the organisation and the receipt number',
    async () => {
      const text = await extractText(pdf);
      expect(text).toContain('申报受理回执');
      expect(text).toContain(FACTS.organisationName);
      expect(text).toContain(FACTS.receiptNumber);
      expect(text).toContain('2026年11月26日 17:45:03（北京时间）');
      expect(text).toContain('Application ID');
    },
  );

  it.skipIf(!HAS_PDFTOTEXT && !IN_CI)(
    'prints the whole digest, wrapped, and says what it is for',
    async () => {
      const text = await extractText(pdf);
      expect(text.replace(/\s+/g, '')).toContain(FACTS.contentSha256);
      expect(text).toContain('任何人均可');
      expect(text).toMatch(/Anyone can recompute it/);
    },
  );

  it.skipIf(!HAS_PDFTOTEXT && !IN_CI)('keeps long names on one page, wrapping them', async () => {
    const long = await renderReceiptPdf({
      ...FACTS,
      organisationName:
        '中国某某省某某市某某区高新技术产业开发区某某精密机械制造集团股份有限公司（有限合伙）第二分公司',
      programmeTitle: {
        zh: '某某省人民政府质量奖（组织类）暨卓越绩效标杆企业评选',
        en: 'Provincial Government Quality Award (Organisations) and Performance Excellence Benchmark Selection',
      },
    });
    expect(long.toString('latin1').match(/\/Type \/Page\b(?!s)/g)).toHaveLength(1);
    expect((await extractText(long)).replace(/\s+/g, '')).toContain('第二分公司');
  });
});
