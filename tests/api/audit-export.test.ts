import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shanghaiDate } from '../../src/platform/kernel/time.js';
import {
  createTestPlatform,
  DEMO_PASSWORD,
  type TestClient,
  type TestPlatform,
} from './support/test-platform.js';

/** The auditor's filters (person, record, action, time) in SQL with totals, and the Excel exports. */
let platform: TestPlatform;
let auditor: TestClient;
let townId: string;
const today = shanghaiDate(new Date());

async function sheetOf(payload: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(payload as unknown as ArrayBuffer);
  const rows: string[][] = [];
  workbook.worksheets[0]!.eachRow((row) => {
    rows.push((row.values as unknown[]).slice(1).map((value) => String(value ?? '')));
  });
  return rows;
}

beforeAll(async () => {
  platform = await createTestPlatform();
  auditor = platform.client();
  await auditor.signIn('auditor', DEMO_PASSWORD);
  const admin = platform.client();
  await admin.signIn('admin', DEMO_PASSWORD);
  const town = await admin.post('/api/reference/towns', {
    code: 'T90',
    name: { zh: '导出街道', en: 'Export Sub-district' },
  });
  townId = String(town.json().id);
  await admin.patch(`/api/reference/towns/${townId}`, { name: { zh: '导出街道二', en: 'Export 2' } });
  await platform.client().signIn('office', 'Wrong#password9');
});
afterAll(() => platform.close());

describe('the audit trail’s filters', () => {
  it('finds a person’s entries by part of their name or username, with the total of all pages', async () => {
    const all = (await auditor.get('/api/audit?pageSize=200')).json();
    const byAdmin = (await auditor.get(`/api/audit?pageSize=1&person=${encodeURIComponent('王磊')}`)).json();
    const expected = all.items.filter(
      (e: { actor: { displayName: string } | null }) => e.actor?.displayName === '系统管理员 王磊',
    );
    expect(expected.length).toBeGreaterThanOrEqual(3);
    expect(byAdmin.total).toBe(expected.length);
    expect(byAdmin.items).toHaveLength(1);
    expect((await auditor.get('/api/audit?person=admin')).json().total).toBe(expected.length);
    expect((await auditor.get('/api/audit?person=nobody-at-all')).json().total).toBe(0);
  });

  it('finds one record’s history by its type and id, and an action', async () => {
    const record = (await auditor.get(`/api/audit?recordType=towns&recordId=${townId}`)).json();
    expect(record.total).toBe(2);
    expect(record.items.map((e: { action: string }) => e.action)).toEqual([
      'reference.towns.updated',
      'reference.towns.created',
    ]);
    const updated = (
      await auditor.get(`/api/audit?action=reference.towns.updated&recordType=towns&recordId=${townId}`)
    ).json();
    expect(updated.total).toBe(1);
    expect((await auditor.get(`/api/audit?recordType=account&recordId=${townId}`)).json().total).toBe(0);
  });

  it('keeps to the days asked for', async () => {
    expect(
      (await auditor.get(`/api/audit?from=${today}&to=${today}&person=admin`)).json().total,
    ).toBeGreaterThan(0);
    expect((await auditor.get('/api/audit?to=2020-01-01')).json().total).toBe(0);
  });
});

describe('the access log’s filters', () => {
  it('filters by person, event and record, with totals', async () => {
    const failed = (await auditor.get('/api/access-log?event=sign-in-failed&search=office')).json();
    expect(failed.total).toBe(1);
    expect(failed.items[0]).toMatchObject({ username: 'office', event: 'sign-in-failed' });
    expect((await auditor.get('/api/access-log?recordType=file&recordId=none')).json().total).toBe(0);
  });
});

describe('the Excel exports', () => {
  it('exports the trail with the page’s filters, in words, and logs the export', async () => {
    const response = await auditor.get(
      `/api/audit/export.xlsx?recordType=towns&recordId=${townId}&from=${today}`,
    );
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    expect(response.headers['content-disposition']).toContain('audit-trail.xlsx');
    const rows = await sheetOf(response.rawPayload);
    expect(rows[0]).toEqual(['审计日志']);
    expect(rows[1]![0]).toContain('记录类型：镇（街道）');
    expect(rows[1]![0]).toContain(`起始日期：${today}`);
    expect(rows[2]!.slice(0, 6)).toEqual([
      '序号',
      '时间（北京时间）',
      '操作人',
      '实际操作人',
      '操作',
      '操作代码',
    ]);
    const body = rows.slice(3);
    expect(body.map((row) => row[5])).toEqual(['reference.towns.updated', 'reference.towns.created']);
    expect(body.map((row) => row[4])).toEqual(['修改镇（街道）', '新增镇（街道）']);
    expect(body[0]![2]).toBe('系统管理员 王磊');

    const log = (await auditor.get('/api/access-log?event=export&pageSize=5')).json();
    expect(log.total).toBe(1);
    expect(log.items[0]).toMatchObject({ username: 'auditor', event: 'export', recordType: 'audit-trail' });
  });

  it('exports the whole trail across batches, newest first, in the caller’s language', async () => {
    const english = platform.client('en');
    await english.signIn('auditor', DEMO_PASSWORD);
    const total = (await english.get('/api/audit?pageSize=1')).json().total;
    const rows = await sheetOf((await english.get('/api/audit/export.xlsx')).rawPayload);
    expect(rows[0]).toEqual(['Audit trail']);
    expect(rows[1]![0]).toContain('Filters: none');
    const ids = rows.slice(3).map((row) => Number(row[0]));
    expect(ids).toHaveLength(total);
    expect([...ids].sort((a, b) => b - a)).toEqual(ids);
  });

  it('exports the access log with its filters, the export itself included', async () => {
    const response = await auditor.get('/api/access-log/export.xlsx?event=export');
    expect(response.statusCode).toBe(200);
    const rows = await sheetOf(response.rawPayload);
    expect(rows[0]).toEqual(['访问日志']);
    expect(rows[1]![0]).toContain('事件：导出');
    const body = rows.slice(3);
    expect(body.map((row) => [row[3], row[4], row[6]])).toEqual([
      ['auditor', '导出', '访问日志'],
      ['auditor', '导出', '审计日志'],
      ['auditor', '导出', '审计日志'],
    ]);
  });

  it('is the auditor’s: others are refused and nothing is logged for them', async () => {
    const office = platform.client();
    await office.signIn('office', DEMO_PASSWORD);
    expect((await office.get('/api/audit/export.xlsx')).statusCode).toBe(403);
    expect((await office.get('/api/access-log/export.xlsx')).statusCode).toBe(403);
    expect((await platform.client().get('/api/audit/export.xlsx')).statusCode).toBe(401);
    expect((await auditor.get('/api/audit/export.xlsx?from=2026-02-30')).statusCode).toBe(400);
    const exports = (await auditor.get('/api/access-log?event=export&search=office')).json();
    expect(exports.total).toBe(0);
  });
});
