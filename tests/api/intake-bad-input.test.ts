import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { completeForm, multipart, pdfBytes, registration, upload } from './support/intake-fixtures.js';
import {
  createTestPlatform,
  DEMO_PASSWORD,
  type TestClient,
  type TestPlatform,
} from './support/test-platform.js';

/**
 * The intake refusals one by one, each on an application walked to the point where it matters.
 * Uploads here are limited to 64 KiB so "over the limit" is cheap to send.
 */
let platform: TestPlatform;
let office: TestClient;
let applicant: TestClient;
let applicationId: string;
const DEADLINE = new Date('2026-12-31T17:00:00+08:00');

async function signedIn(username: string, password = DEMO_PASSWORD) {
  const client = platform.client();
  expect((await client.signIn(username, password)).statusCode).toBe(200);
  return client;
}

async function countFiles(): Promise<{ rows: number; stored: number }> {
  const [row] = await platform.db.query<{ n: number }>('SELECT count(*)::int AS n FROM files');
  const entries = await readdir(platform.filesRoot, { recursive: true, withFileTypes: true });
  return { rows: row!.n, stored: entries.filter((e) => e.isFile()).length };
}

beforeAll(async () => {
  platform = await createTestPlatform({ uploadMaxBytes: 64 * 1024 });
  platform.clock.now = new Date('2026-11-26T10:00:00+08:00');
  office = await signedIn('office');
  const chair = await signedIn('chair');
  const cycle = (
    await office.post('/api/cycles', {
      rulesVersionId: 'jinshui-2011',
      frameworkId: 'gbt19580-2012',
      year: 2026,
      announcementDate: '2026-11-20',
      applicationDeadline: DEADLINE.toISOString(),
      plan: {},
      announcement: {},
    })
  ).json();
  await chair.post(`/api/cycles/${cycle.id}/stage`, { to: 'criteria_approved' });
  await office.post(`/api/cycles/${cycle.id}/stage`, { to: 'published' });
  const [scope] = await platform.db.query<{ town_id: number; department_id: number }>(
    `SELECT (SELECT town_id FROM user_roles r JOIN users u ON u.id = r.user_id WHERE u.username = 'town') AS town_id,
            (SELECT department_id FROM user_roles r JOIN users u ON u.id = r.user_id WHERE u.username = 'dept') AS department_id`,
  );
  await platform
    .client()
    .post(
      '/api/organisations/register',
      registration({ townId: scope!.town_id, departmentId: scope!.department_id }),
    );
  applicant = await signedIn('shifan', 'Apply#2026quality');
  applicationId = (await applicant.post('/api/applications', { cycleId: cycle.id })).json().id;
});
afterAll(() => platform.close());

describe('uploads', () => {
  it('refuses a renamed file: a PDF named .docx', async () => {
    const before = await countFiles();
    const response = await upload(applicant, applicationId, 'evidence', '检验报告.docx', await pdfBytes());
    expect(response.statusCode).toBe(415);
    expect(response.json()).toMatchObject({ code: 'file/type-mismatch' });
    expect(response.json().message).toContain('检验报告.docx');
    expect(await countFiles()).toEqual(before);
  });

  it('refuses a Word file as the self-assessment report, which must be a PDF', async () => {
    const response = await upload(
      applicant,
      applicationId,
      'self-assessment-report',
      'a.png',
      Buffer.from(
        '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082',
        'hex',
      ),
    );
    expect(response.statusCode).toBe(415);
    expect(response.json().code).toBe('file/type-not-allowed');
  });

  it('refuses a file over the limit, keeping nothing', async () => {
    const before = await countFiles();
    const big = Buffer.concat([await pdfBytes(), Buffer.alloc(70 * 1024, 0x20)]);
    const response = await upload(applicant, applicationId, 'evidence', 'big.pdf', big);
    expect(response.statusCode).toBe(413);
    expect(response.json().message).toMatch(/64 KB|64 KiB/);
    expect(await countFiles()).toEqual(before);
  });

  it('keeps nothing of an upload cut off halfway', async () => {
    const before = await countFiles();
    const body = multipart('cut.pdf', Buffer.concat([await pdfBytes(), Buffer.alloc(20 * 1024, 0x20)]));
    // The body ends before the closing boundary: what a dropped connection leaves.
    const truncated = body.payload.subarray(0, body.payload.length - 2000);
    const response = await applicant.request(
      'POST',
      `/api/applications/${applicationId}/files?purpose=evidence`,
      truncated,
      {
        headers: { 'content-type': body.contentType },
      },
    );
    expect(response.statusCode).toBeGreaterThanOrEqual(400);
    expect(response.statusCode, response.body).toBeLessThan(500);
    expect(await countFiles()).toEqual(before);
    const leftovers = await readdir(join(platform.filesRoot, '.incoming')).catch(() => []);
    expect(leftovers).toEqual([]);
  });

  it('refuses a request without a file', async () => {
    const response = await applicant.request(
      'POST',
      `/api/applications/${applicationId}/files?purpose=evidence`,
      {},
    );
    expect(response.statusCode).toBe(415);
  });
});

describe('the deadline', () => {
  async function readyToSubmit() {
    const report = (
      await upload(applicant, applicationId, 'self-assessment-report', 'report.pdf', await pdfBytes())
    ).json();
    const evidence = (
      await upload(applicant, applicationId, 'evidence', 'evidence.pdf', await pdfBytes('e'))
    ).json();
    const current = (await applicant.get(`/api/applications/${applicationId}`)).json();
    const saved = await applicant.request('PUT', `/api/applications/${applicationId}/form`, {
      revision: current.revision,
      form: completeForm(report.id, evidence.id, 2025),
    });
    expect(saved.json().complete).toBe(true);
    expect((await applicant.post(`/api/applications/${applicationId}/endorsement-request`)).statusCode).toBe(
      200,
    );
    await (
      await signedIn('town')
    ).post(`/api/applications/${applicationId}/endorsements`, { decision: 'agreed', comments: '' });
    const endorsed = await (
      await signedIn('dept')
    ).post(`/api/applications/${applicationId}/endorsements`, {
      decision: 'agreed',
      comments: '',
    });
    expect(endorsed.json().status).toBe('endorsed');
  }

  it('refuses a submission one second after the deadline, showing it; an extension lets it in', async () => {
    await readyToSubmit();
    platform.clock.now = new Date(DEADLINE.getTime() + 1000);
    // A month passed: everyone signs in again.
    applicant = await signedIn('shifan', 'Apply#2026quality');
    office = await signedIn('office');
    const late = await applicant.post(`/api/applications/${applicationId}/submission`);
    expect(late.statusCode).toBe(409);
    expect(late.json()).toMatchObject({ code: 'application/transition-refused', clause: '第十四条' });
    expect(late.json().message).toContain('2026-12-31 17:00:00');

    const noReason = await office.post(`/api/applications/${applicationId}/extension`, {
      deadline: '2027-01-08T17:00:00+08:00',
      reason: '',
    });
    expect(noReason.statusCode).toBe(400);
    const extended = await office.post(`/api/applications/${applicationId}/extension`, {
      deadline: '2027-01-08T17:00:00+08:00',
      reason: '因系统维护未能按时提交，经办公室核实准予延期',
    });
    expect(extended.statusCode, extended.body).toBe(200);
    platform.clock.now = new Date('2027-01-08T17:00:00+08:00');
    applicant = await signedIn('shifan', 'Apply#2026quality');
    office = await signedIn('office');
    const inTime = await applicant.post(`/api/applications/${applicationId}/submission`);
    expect(inTime.statusCode, inTime.body).toBe(201);
  });

  it('refuses an acceptance over an automatic failure without a written override', async () => {
    await platform.db.query(
      "INSERT INTO fraud_findings (programme_id, organisation_id, found_on, reference) SELECT 'jinshui', organisation_id, '2025-05-01', '金质监〔2025〕3号' FROM applications WHERE id = $1",
      [applicationId],
    );
    const view = (await office.get(`/api/applications/${applicationId}`)).json();
    const fraud = view.eligibility.results.find((r: { key: string }) => r.key === 'award-fraud');
    expect(fraud).toMatchObject({ verdict: 'fail', source: 'platform-records' });
    const refused = await office.post(`/api/applications/${applicationId}/decision`, {
      decision: 'accepted',
      note: '',
      overrides: [],
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().code).toBe('application/reason-required');
    const rejected = await office.post(`/api/applications/${applicationId}/decision`, {
      decision: 'rejected',
      note: '三年内在本奖项中有弄虚作假记录',
      clause: { article: 9, clause: 5 },
      overrides: [],
    });
    expect(rejected.json().status).toBe('rejected');
    const seen = (await applicant.get(`/api/applications/${applicationId}`)).json();
    expect(seen.lastDecision).toMatchObject({ decision: 'rejected', clause: { article: 9, clause: 5 } });
  });
});
