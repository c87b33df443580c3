import { describe, expect, it } from 'vitest';
import type { DetectedType, FileKind } from './file-kinds.js';
import { classify, describeKinds, extensionOf, FILE_KINDS } from './file-kinds.js';

const ALL: readonly FileKind[] = FILE_KINDS;

/** What file-type 21 reports for the formats we accept. */
const DETECTED = {
  pdf: { ext: 'pdf', mime: 'application/pdf' },
  jpg: { ext: 'jpg', mime: 'image/jpeg' },
  png: { ext: 'png', mime: 'image/png' },
  gif: { ext: 'gif', mime: 'image/gif' },
  webp: { ext: 'webp', mime: 'image/webp' },
  tif: { ext: 'tif', mime: 'image/tiff' },
  bmp: { ext: 'bmp', mime: 'image/bmp' },
  docx: { ext: 'docx', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  xlsx: { ext: 'xlsx', mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  pptx: { ext: 'pptx', mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation' },
  cfb: { ext: 'cfb', mime: 'application/x-cfb' },
  odt: { ext: 'odt', mime: 'application/vnd.oasis.opendocument.text' },
  ods: { ext: 'ods', mime: 'application/vnd.oasis.opendocument.spreadsheet' },
  odp: { ext: 'odp', mime: 'application/vnd.oasis.opendocument.presentation' },
  exe: { ext: 'exe', mime: 'application/x-msdownload' },
  zip: { ext: 'zip', mime: 'application/zip' },
} satisfies Record<string, DetectedType>;

describe('classify', () => {
  it.each([
    [DETECTED.pdf, '申报书.pdf', 'pdf', 'application/pdf', 'pdf'],
    [DETECTED.jpg, 'photo.JPG', 'image', 'image/jpeg', 'jpg'],
    [DETECTED.jpg, 'photo.jpeg', 'image', 'image/jpeg', 'jpeg'],
    [DETECTED.png, '组织架构图.png', 'image', 'image/png', 'png'],
    [DETECTED.gif, 'a.gif', 'image', 'image/gif', 'gif'],
    [DETECTED.webp, 'a.webp', 'image', 'image/webp', 'webp'],
    [DETECTED.tif, 'scan.tiff', 'image', 'image/tiff', 'tiff'],
    [DETECTED.tif, 'scan.tif', 'image', 'image/tiff', 'tif'],
    [DETECTED.bmp, 'a.bmp', 'image', 'image/bmp', 'bmp'],
    [DETECTED.docx, '自评报告.docx', 'office', DETECTED.docx.mime, 'docx'],
    [DETECTED.xlsx, '财务数据.xlsx', 'office', DETECTED.xlsx.mime, 'xlsx'],
    [DETECTED.pptx, '汇报.pptx', 'office', DETECTED.pptx.mime, 'pptx'],
    [DETECTED.cfb, '旧版报告.doc', 'office', 'application/msword', 'doc'],
    [DETECTED.cfb, '旧版表格.XLS', 'office', 'application/vnd.ms-excel', 'xls'],
    [DETECTED.cfb, '旧版汇报.ppt', 'office', 'application/vnd.ms-powerpoint', 'ppt'],
    [DETECTED.odt, 'a.odt', 'office', DETECTED.odt.mime, 'odt'],
    [DETECTED.ods, 'a.ods', 'office', DETECTED.ods.mime, 'ods'],
    [DETECTED.odp, 'a.odp', 'office', DETECTED.odp.mime, 'odp'],
  ] as const)('accepts %o named %s as %s', (detected, name, kind, mediaType, extension) => {
    expect(classify(detected, name, ALL)).toEqual({ ok: true, kind, mediaType, extension });
  });

  it('stores the media type of our table, not the one sniffed', () => {
    expect(classify({ ext: 'pdf', mime: 'application/x-weird' }, 'a.pdf', ALL)).toMatchObject({
      ok: true,
      mediaType: 'application/pdf',
    });
  });

  it('refuses content it cannot identify (plain text) as unknown', () => {
    expect(classify(undefined, 'notes.pdf', ALL)).toEqual({
      ok: false,
      problem: 'not-allowed',
      detectedLabel: 'unknown',
    });
  });

  it('refuses an executable renamed .pdf as not allowed, naming what it really is', () => {
    expect(classify(DETECTED.exe, 'report.pdf', ALL)).toEqual({
      ok: false,
      problem: 'not-allowed',
      detectedLabel: 'exe',
    });
  });

  it('refuses a bare zip (not an Office package) even when named .docx', () => {
    expect(classify(DETECTED.zip, 'report.docx', ALL)).toMatchObject({ problem: 'not-allowed' });
  });

  it('refuses a kind the caller did not allow, even with a matching name', () => {
    expect(classify(DETECTED.docx, 'report.docx', ['pdf'])).toEqual({
      ok: false,
      problem: 'not-allowed',
      detectedLabel: 'DOCX',
    });
    expect(classify(DETECTED.png, 'photo.png', ['pdf', 'office'])).toMatchObject({ problem: 'not-allowed' });
    expect(classify(DETECTED.png, 'photo.png', [])).toMatchObject({ problem: 'not-allowed' });
  });

  it('reports a .docx renamed .pdf as a mismatch', () => {
    expect(classify(DETECTED.docx, 'report.pdf', ALL)).toEqual({
      ok: false,
      problem: 'mismatch',
      detectedLabel: 'DOCX',
    });
  });

  it('reports a PDF renamed .docx as a mismatch', () => {
    expect(classify(DETECTED.pdf, 'report.docx', ALL)).toMatchObject({ ok: false, problem: 'mismatch' });
  });

  it('reports a PNG named .jpg as a mismatch: images are not interchangeable by name', () => {
    expect(classify(DETECTED.png, 'photo.jpg', ALL)).toMatchObject({ problem: 'mismatch' });
  });

  it('keeps legacy Office to doc/xls/ppt: a compound file named .wps or .msi is a mismatch', () => {
    expect(classify(DETECTED.cfb, '报告.wps', ALL)).toEqual({
      ok: false,
      problem: 'mismatch',
      detectedLabel: 'DOC/XLS/PPT',
    });
    expect(classify(DETECTED.cfb, 'setup.msi', ALL)).toMatchObject({ problem: 'mismatch' });
  });

  it('reports a name without an extension as a mismatch', () => {
    expect(classify(DETECTED.pdf, '申报书', ALL)).toMatchObject({ problem: 'mismatch' });
  });

  it('is not fooled by prototype names', () => {
    expect(classify({ ext: 'constructor', mime: 'x' }, 'a.pdf', ALL)).toMatchObject({
      problem: 'not-allowed',
    });
    expect(classify(DETECTED.pdf, 'a.toString', ALL)).toMatchObject({ problem: 'mismatch' });
  });
});

describe('extensionOf', () => {
  it.each([
    ['report.pdf', 'pdf'],
    ['REPORT.PDF', 'pdf'],
    ['质量奖 申报书（终稿）.v2.DOCX', 'docx'],
    ['  spaced.pdf  ', 'pdf'],
    ['C:\\Users\\张三\\a.xlsx', 'xlsx'],
    ['folder.d/file', ''],
    ['noext', ''],
    ['.pdf', ''],
    ['trailing.', ''],
  ])('%s → %s', (name, ext) => {
    expect(extensionOf(name)).toBe(ext);
  });
});

describe('describeKinds', () => {
  it('lists the allowed kinds in both languages, in a stable order', () => {
    const text = describeKinds(['office', 'pdf']);
    expect(text.zh).toMatch(/^PDF 文件或Office 文档/);
    expect(text.en).toMatch(/^PDF files or Office documents/);
  });

  it('joins three kinds with commas and a final "or"', () => {
    const text = describeKinds(ALL);
    expect(text.en).toMatch(/^PDF files, images \(.*\) or Office documents/);
    expect(text.zh).toMatch(/^PDF 文件、图片（.*）或Office 文档/);
  });

  it('names a single kind alone', () => {
    expect(describeKinds(['pdf'])).toEqual({ zh: 'PDF 文件', en: 'PDF files' });
  });
});
