import { createActivatedAccount } from './support/account-fixtures.js';
import { validCreditCode } from './support/scenario-steps.js';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { completeForm, pdfBytes, registration, upload } from './support/intake-fixtures.js';
import {
  createTestPlatform,
  DEMO_PASSWORD,
  type TestClient,
  type TestPlatform,
} from './support/test-platform.js';

let platform: TestPlatform;
let office: TestClient;
let chair: TestClient;
let town: TestClient;
let dept: TestClient;
let applicant: TestClient;
let scope: { townId: number; departmentId: number };
let cycleId: string;
let applicationId: string;

const DEADLINE = '2026-12-31T17:00:00+08:00';

async function signedIn(username: string, password = DEMO_PASSWORD) {
  const client = platform.client();
  const response = await client.signIn(username, password);
  expect(response.statusCode, response.body).toBe(200);
  return client;
}

beforeAll(async () => {
  platform = await createTestPlatform();
  platform.clock.now = new Date('2026-11-26T10:00:00+08:00');
  office = await signedIn('office');
  chair = await signedIn('chair');
  town = await signedIn('town');
  dept = await signedIn('dept');
  const [row] = await platform.db.query<{ town_id: number; department_id: number }>(
    `SELECT (SELECT town_id FROM user_roles r JOIN users u ON u.id = r.user_id WHERE u.username = 'town') AS town_id,
            (SELECT department_id FROM user_roles r JOIN users u ON u.id = r.user_id WHERE u.username = 'dept') AS department_id`,
  );
  scope = { townId: row!.town_id, departmentId: row!.department_id };
});
afterAll(() => platform.close());

describe('the yearly cycle', () => {
  it('is created by the Office, approved by the chair, and published', async () => {
    const created = await office.post('/api/cycles', {
      rulesVersionId: 'jinshui-2011',
      frameworkId: 'gbt19580-2012',
      year: 2026,
      announcementDate: '2026-11-20',
      applicationDeadline: DEADLINE,
      plan: { materialReviewFrom: '2027-01-10', materialReviewTo: '2027-01-31' },
      announcement: { contacts: [{ name: '李娜', phone: '0371-65550000' }] },
    });
    expect(created.statusCode, created.body).toBe(201);
    cycleId = created.json().id;
    expect(created.json()).toMatchObject({ stage: 'draft', window: 'not-published', transitions: [] });

    const early = await office.post(`/api/cycles/${cycleId}/stage`, { to: 'published' });
    expect(early.statusCode).toBe(409);

    const wrongRole = await office.post(`/api/cycles/${cycleId}/stage`, { to: 'criteria_approved' });
    expect(wrongRole.json()).toMatchObject({ code: 'cycle/transition-refused', clause: '第五条' });

    const approved = await chair.post(`/api/cycles/${cycleId}/stage`, { to: 'criteria_approved' });
    expect(approved.json().stage).toBe('criteria_approved');
    expect((await office.get(`/api/cycles/${cycleId}`)).json().transitions, 'offered to the Office').toEqual([
      'published',
    ]);
    // The approval is the chair's (Art. 5): the Office may not withdraw it.
    const withdrawn = await office.post(`/api/cycles/${cycleId}/stage`, { to: 'draft' });
    expect(withdrawn.statusCode).toBe(409);
    expect(withdrawn.json()).toMatchObject({ code: 'cycle/transition-refused', clause: '第五条' });
    expect((await office.get(`/api/cycles/${cycleId}`)).json().stage).toBe('criteria_approved');
    const published = await office.post(`/api/cycles/${cycleId}/stage`, { to: 'published' });
    expect(published.json()).toMatchObject({ stage: 'published', window: 'open' });

    const unknownFields = await office.post('/api/cycles', created.json() as object);
    expect(unknownFields.statusCode).toBe(400);
    const duplicate = await office.post('/api/cycles', {
      rulesVersionId: 'jinshui-2011',
      frameworkId: 'gbt19580-2012',
      year: 2026,
      announcementDate: '2026-11-21',
      applicationDeadline: DEADLINE,
      plan: {},
      announcement: {},
    });
    expect(duplicate.json().code).toBe('cycle/exists');
  });

  it('is on the public announcement with the server time', async () => {
    const pub = (await platform.client().get('/api/public/cycles')).json();
    expect(pub.items[0]).toMatchObject({ id: cycleId, year: 2026, window: 'open' });
    expect(pub.serverTime).toBe('2026-11-26T02:00:00.000Z');
  });
});

describe('an organisation registers', () => {
  it('refuses an invalid credit code, naming the problem', async () => {
    const response = await platform
      .client()
      .post('/api/organisations/register', registration({ ...scope, creditCode: '914403001922038217' }));
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('organisation/invalid-credit-code');
    expect(response.json().details[0].path).toBe('organisation.creditCode');
  });

  it('registers once per credit code', async () => {
    const first = await platform.client().post('/api/organisations/register', registration(scope));
    expect(first.statusCode, first.body).toBe(201);
    const second = await platform
      .client('en')
      .post('/api/organisations/register', registration({ ...scope, username: 'another' }));
    expect(second.statusCode).toBe(409);
    // One answer for a taken code and a taken name, naming neither (issue 15.5).
    expect(second.json().code).toBe('organisation/registration-conflict');
    expect(second.json().message).not.toContain('914403001922038216');
    const takenName = await platform
      .client('en')
      .post(
        '/api/organisations/register',
        registration({ ...scope, creditCode: validCreditCode('91410105MA000099X') }),
      );
    expect(takenName.json()).toEqual(second.json());
    applicant = await signedIn('shifan', 'Apply#2026quality');
  });
});

describe('the application', () => {
  it('starts, saves drafts with a revision, and refuses a stale save', async () => {
    const started = await applicant.post('/api/applications', { cycleId });
    expect(started.statusCode, started.body).toBe(201);
    applicationId = started.json().id;
    expect(started.json().complete).toBe(false);
    const stale = await applicant.request('PUT', `/api/applications/${applicationId}/form`, {
      revision: 1,
      form: { ...started.json().form, mainProducts: 'x' },
    });
    expect(stale.statusCode).toBe(200);
    const conflict = await applicant.request('PUT', `/api/applications/${applicationId}/form`, {
      revision: 1,
      form: { ...started.json().form, mainProducts: 'y' },
    });
    expect(conflict.json().code).toBe('record/conflict');
  });

  it('refuses an overview of 3001 characters, citing the limit', async () => {
    const current = (await applicant.get(`/api/applications/${applicationId}`)).json();
    const response = await applicant.request('PUT', `/api/applications/${applicationId}/form`, {
      revision: current.revision,
      form: { ...current.form, overview: '质'.repeat(3001) },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      code: 'application/overview-too-long',
      message: '单位概述最多 3000 字，当前 3001 字。',
    });
    const exact = await applicant.request('PUT', `/api/applications/${applicationId}/form`, {
      revision: current.revision,
      form: { ...current.form, overview: '质'.repeat(3000) },
    });
    expect(exact.statusCode).toBe(200);
  });

  it('uploads files checked by content, keeping Chinese names', async () => {
    const report = await upload(
      applicant,
      applicationId,
      'self-assessment-report',
      '自评报告.pdf',
      await pdfBytes(),
    );
    expect(report.statusCode, report.body).toBe(201);
    expect(report.json()).toMatchObject({ originalName: '自评报告.pdf', mediaType: 'application/pdf' });
    const renamed = await upload(
      applicant,
      applicationId,
      'evidence',
      '证明.pdf',
      Buffer.from('just text, not a PDF'),
    );
    expect(renamed.statusCode).toBe(415);
    expect(renamed.json().code).toBe('file/type-not-allowed');
    const evidence = await upload(
      applicant,
      applicationId,
      'evidence',
      '营业执照.pdf',
      await pdfBytes('licence'),
    );
    const current = (await applicant.get(`/api/applications/${applicationId}`)).json();
    const saved = await applicant.request('PUT', `/api/applications/${applicationId}/form`, {
      revision: current.revision,
      form: completeForm(report.json().id, evidence.json().id, 2025),
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().complete).toBe(true);
    expect(
      saved.json().eligibility.results.find((r: { key: string }) => r.key === 'award-fraud').verdict,
    ).toBe('pass');
    const download = await applicant.get(`/api/files/${report.json().id}`);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-disposition']).toContain("filename*=UTF-8''%E8%87%AA%E8%AF%84");
  });

  it('needs both endorsements: the wrong town’s endorser cannot see it', async () => {
    expect((await applicant.post(`/api/applications/${applicationId}/endorsement-request`)).statusCode).toBe(
      200,
    );
    const otherTown = await platform.db.query<{ id: number }>('SELECT id FROM towns WHERE id <> $1 LIMIT 1', [
      scope.townId,
    ]);
    const adminClient = await signedIn('admin');
    const { client: other } = await createActivatedAccount(
      platform,
      adminClient,
      {
        username: 'town.other',
        displayName: '其他街道',
        roles: [{ role: 'locality_endorser', programmeId: 'jinshui', townId: otherTown[0]!.id }],
      },
      'Other#Town2026x',
    );
    const refused = await other.post(`/api/applications/${applicationId}/endorsements`, {
      decision: 'agreed',
      comments: '',
    });
    expect(refused.statusCode).toBe(404);

    const early = await applicant.post(`/api/applications/${applicationId}/submission`);
    expect(early.statusCode).toBe(409);

    expect(
      (
        await town.post(`/api/applications/${applicationId}/endorsements`, {
          decision: 'agreed',
          comments: '同意推荐',
        })
      ).statusCode,
    ).toBe(200);
    const both = await dept.post(`/api/applications/${applicationId}/endorsements`, {
      decision: 'agreed',
      comments: '同意',
    });
    expect(both.json().status).toBe('endorsed');
  });

  it('submits once, with a receipt whose hash covers the frozen content', async () => {
    const first = await applicant.post(`/api/applications/${applicationId}/submission`);
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json().receiptNumber).toMatch(/^ZLJ2026-\d{6}$/);
    const second = await applicant.post(`/api/applications/${applicationId}/submission`);
    expect(second.statusCode).toBe(409);
    const versions = await platform.db.query<{ version: number; content: unknown; content_sha256: string }>(
      'SELECT version, content, content_sha256 FROM application_versions WHERE application_id = $1',
      [applicationId],
    );
    expect(versions).toHaveLength(1);
    // Recompute the digest from the frozen content as stored: SHA-256 of its canonical JSON (keys
    // sorted at every level), which is what the receipt, the API and the database must all show.
    const frozen = versions[0]!;
    const recomputed = createHash('sha256').update(sortedJson(frozen.content)).digest('hex');
    expect(frozen.content_sha256).toBe(recomputed);
    expect(first.json().contentSha256).toBe(recomputed);
    // The hash covers what was submitted: the form and the files by their own hashes.
    expect(frozen.content).toMatchObject({ applicationId, form: { overview: expect.any(String) } });
    expect((frozen.content as { files: { sha256: string }[] }).files.length).toBeGreaterThan(0);
    const pdf = await applicant.get(`/api/applications/${applicationId}/versions/1/receipt.pdf`);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 4).toString()).toBe('%PDF');
  });

  it('is returned by the Office for correction, resubmitted, then accepted', async () => {
    const list = (await office.get(`/api/applications?cycleId=${cycleId}`)).json().items;
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ status: 'submitted', priority: true });
    const returned = await office.post(`/api/applications/${applicationId}/decision`, {
      decision: 'returned',
      note: '请补充近三年产品检验报告',
      resubmitBy: '2027-01-05',
      overrides: [],
    });
    expect(returned.statusCode, returned.body).toBe(200);
    const seen = (await applicant.get(`/api/applications/${applicationId}`)).json();
    expect(seen).toMatchObject({ status: 'returned', lastDecision: { note: '请补充近三年产品检验报告' } });
    expect((await applicant.post(`/api/applications/${applicationId}/submission`)).statusCode).toBe(201);

    // Clauses the engine leaves 待核实 hold an acceptance until the Office notes what it checked.
    const view = (await office.get(`/api/applications/${applicationId}`)).json();
    const open = (
      view.eligibility.results as { key: string; verdict: string; label: { zh: string } }[]
    ).filter((r) => r.verdict === 'needs-check');
    expect(open.length).toBeGreaterThan(0);
    const refused = await office.post(`/api/applications/${applicationId}/decision`, {
      decision: 'accepted',
      note: '',
      overrides: [],
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'application/transition-refused', clause: '第十五条' });
    expect(refused.json().message).toContain(open[0]!.label.zh);
    const tooShort = await office.post(`/api/applications/${applicationId}/decision`, {
      decision: 'accepted',
      note: '',
      overrides: [],
      acknowledgements: open.map((r) => ({ key: r.key, note: ' 可 ' })),
    });
    expect(tooShort.json().code).toBe('application/reason-required');
    expect((await office.get(`/api/applications/${applicationId}`)).json().status).toBe('submitted');

    const acknowledgements = open.map((r) => ({ key: r.key, note: `已核对：${r.label.zh}` }));
    const accepted = await office.post(`/api/applications/${applicationId}/decision`, {
      decision: 'accepted',
      note: '',
      overrides: [],
      acknowledgements,
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toMatchObject({ status: 'accepted', lastDecision: { acknowledgements } });
    const [stored] = await platform.db.query<{ acknowledgements: unknown }>(
      "SELECT acknowledgements FROM application_decisions WHERE application_id = $1 AND decision = 'accepted'",
      [applicationId],
    );
    expect(stored!.acknowledgements).toEqual(acknowledgements);
  });
});

/** Canonical JSON written out here, not borrowed from the code under test: keys sorted at every level. */
function sortedJson(value: unknown): string {
  const sort = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(sort)
      : v && typeof v === 'object'
        ? Object.fromEntries(
            Object.keys(v)
              .sort()
              .map((key) => [key, sort((v as Record<string, unknown>)[key])]),
          )
        : v;
  return JSON.stringify(sort(value));
}
