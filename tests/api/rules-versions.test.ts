import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProgrammeVersion } from '../../src/programmes/programme.types.js';
import { creditCode, seedAcceptedApplication } from './support/seed-by-state.js';
import { signedIn } from './support/scenario-steps.js';
import {
  createTestPlatform,
  DEMO_PASSWORD,
  type TestClient,
  type TestPlatform,
} from './support/test-platform.js';

/**
 * Rules as data (issue 8, items 3 and 6): the Office drafts a rules version from an existing
 * one, the chair approves it, and a cycle made on it runs by its numbers and cites its articles.
 */

let platform: TestPlatform;
let office: TestClient;
let chair: TestClient;
let applicant: TestClient;
/** The second demo programme's Office: sees its own versions and records only. */
let cityOffice: TestClient;
beforeAll(async () => {
  platform = await createTestPlatform();
  office = await signedIn(platform, 'office');
  cityOffice = await signedIn(platform, 'zz.office');
  chair = await signedIn(platform, 'chair');
  applicant = await signedIn(platform, 'applicant');
});
afterAll(() => platform?.close());

interface Version {
  id: string;
  family: string;
  status: string;
  revision: number;
  sha256: string;
  basedOn: string | null;
  abilities: { edit: boolean; approve: boolean; draftFrom: boolean };
  document: ProgrammeVersion;
}

interface ClauseResult {
  key: string;
  label: { zh: string; en: string };
  verdict: string;
  reason: { zh: string; en: string };
  summary: { zh: string; en: string };
}

/** A published cycle on a rules version, seeded by state, with one accepted application. */
async function cycleOn(rulesVersionId: string, year: number, n: number) {
  const [cycle] = await platform.db.query<{ id: string }>(
    `INSERT INTO cycles (programme_id, rules_version_id, framework_id, year, stage, announcement_date, application_deadline, published_at)
     VALUES ((SELECT family FROM rules_versions WHERE id = $1), $1, 'gbt19580-2012', $2, 'published',
       now()::date - 10, now() + interval '30 days', now())
     RETURNING id::text AS id`,
    [rulesVersionId, year],
  );
  const seeded = await seedAcceptedApplication(platform.db, cycle!.id, {
    name: `规则单位${n}`,
    creditCode: creditCode(900 + n),
  });
  return { cycleId: cycle!.id, ...seeded };
}

async function eligibilityOf(
  applicationId: string,
  reader: TestClient = office,
): Promise<Map<string, ClauseResult>> {
  const view = await reader.get(`/api/applications/${applicationId}`);
  expect(view.statusCode, view.body).toBe(200);
  const results = view.json<{ eligibility: { results: ClauseResult[] } }>().eligibility.results;
  return new Map(results.map((r) => [r.key, r]));
}

describe('GET /api/rules-versions', () => {
  it("lists each programme's own versions to its people, approved, paged with a total", async () => {
    const all = await office.get('/api/rules-versions');
    expect(all.statusCode, all.body).toBe(200);
    const ids = all.json<{ items: Version[] }>().items.map((v) => [v.id, v.family, v.status]);
    expect(ids).toEqual([['jinshui-2011', 'jinshui', 'approved']]);
    const city = (await cityOffice.get('/api/rules-versions')).json<{ items: Version[] }>();
    expect(city.items.map((v) => v.id)).toEqual(['zhengzhou-demo-2024']);
    // Another programme's version is not found, exactly as one that does not exist.
    const other = await office.get('/api/rules-versions/zhengzhou-demo-2024');
    const missing = await office.get('/api/rules-versions/no-such-version');
    expect([other.statusCode, other.json()]).toEqual([missing.statusCode, missing.json()]);
    const page = await chair.get('/api/rules-versions?pageSize=1&page=1');
    expect(page.json()).toMatchObject({ total: 1, page: 1, pageSize: 1 });
    expect(page.json().items).toHaveLength(1);
    expect((await applicant.get('/api/rules-versions')).statusCode).toBe(403);
    expect((await platform.client().get('/api/rules-versions')).statusCode).toBe(401);
  });

  it('serves the approved versions to the public, and the same hash the registry stored', async () => {
    const listed = (await platform.client().get('/api/programmes')).json<{
      items: { id: string; sha256: string }[];
    }>();
    const stored = (await office.get('/api/rules-versions/jinshui-2011')).json<Version>();
    expect(listed.items.find((p) => p.id === 'jinshui-2011')?.sha256).toBe(stored.sha256);
    const zz = await platform.client().get('/api/programmes/zhengzhou-demo-2024');
    expect(zz.json<ProgrammeVersion>().clauses['years-operating']).toEqual({ article: 6, clause: 2 });
  });
});

describe('drafting, bad input, approval and a cycle on the new version', () => {
  let draft: Version;

  it('lets the Office draft from an approved version; the draft inherits the family', async () => {
    const made = await office.post('/api/rules-versions', { basedOn: 'jinshui-2011', id: 'jinshui-2027' });
    expect(made.statusCode, made.body).toBe(201);
    draft = made.json<Version>();
    expect(draft).toMatchObject({
      id: 'jinshui-2027',
      family: 'jinshui',
      status: 'draft',
      revision: 1,
      basedOn: 'jinshui-2011',
      abilities: { edit: true, approve: false, draftFrom: true },
    });
    expect(draft.document.id).toBe('jinshui-2027');
    const again = await office.post('/api/rules-versions', { basedOn: 'jinshui-2011', id: 'jinshui-2027' });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('rules/exists');
    expect((await chair.post('/api/rules-versions', { basedOn: 'jinshui-2011', id: 'x-1' })).statusCode).toBe(
      403,
    );
    const [audit] = await platform.db.query<{ action: string }>(
      `SELECT action FROM audit_log WHERE record_type = 'rules-version' AND record_id = 'jinshui-2027'`,
    );
    expect(audit?.action).toBe('rules-version.drafted');
  });

  it('refuses a document missing a required parameter, saying which', async () => {
    const document = structuredClone(draft.document) as unknown as { parameters: Record<string, unknown> };
    delete document.parameters.publicNoticeMinDays;
    const refused = await office.request('PUT', '/api/rules-versions/jinshui-2027', {
      revision: 1,
      document,
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({
      code: 'rules/invalid-document',
      message: '评奖规则文件有误：缺少参数 publicNoticeMinDays',
      details: [{ path: 'parameters.publicNoticeMinDays', message: '缺少参数 publicNoticeMinDays' }],
    });
  });

  it('refuses a cap below 1, in English for an English reader', async () => {
    const document = structuredClone(draft.document);
    document.parameters.maxWinnersPerYear.value = 0;
    const english = platform.client('en');
    expect((await english.signIn('office', DEMO_PASSWORD)).statusCode).toBe(200);
    const refused = await english.request('PUT', '/api/rules-versions/jinshui-2027', {
      revision: 1,
      document,
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({
      code: 'rules/invalid-document',
      details: [
        {
          path: 'parameters.maxWinnersPerYear.value',
          message: 'parameters.maxWinnersPerYear.value must be at least 1 (it is 0)',
        },
      ],
    });
    const unchanged = (await office.get('/api/rules-versions/jinshui-2027')).json<Version>();
    expect(unchanged.revision).toBe(1);
    expect(unchanged.document.parameters.maxWinnersPerYear.value).toBe(3);
  });

  it('saves new numbers at the revision read, and refuses a save from an older revision', async () => {
    const document = structuredClone(draft.document);
    document.parameters.minYearsInOperation.value = 20;
    document.parameters.panelSizeMin.value = 6;
    document.parameters.panelSizeMax.value = 6;
    const saved = await office.request('PUT', '/api/rules-versions/jinshui-2027', { revision: 1, document });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json<Version>()).toMatchObject({ revision: 2, status: 'draft' });
    expect(saved.json<Version>().sha256).not.toBe(draft.sha256);
    const stale = await office.request('PUT', '/api/rules-versions/jinshui-2027', { revision: 1, document });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('rules/revision-conflict');
    const [audit] = await platform.db.query<{ before: { changed: object }; after: { changed: object } }>(
      `SELECT before, after FROM audit_log WHERE action = 'rules-version.updated' AND record_id = 'jinshui-2027'`,
    );
    expect(audit?.after.changed).toMatchObject({
      minYearsInOperation: { value: 20 },
      panelSizeMin: { value: 6 },
    });
    expect(audit?.before.changed).toMatchObject({ minYearsInOperation: { value: 5 } });
  });

  it('runs no cycle on a draft', async () => {
    const refused = await office.post('/api/cycles', {
      rulesVersionId: 'jinshui-2027',
      frameworkId: 'gbt19580-2012',
      year: 2027,
      announcementDate: '2027-03-01',
      applicationDeadline: '2027-05-31T17:00:00+08:00',
      plan: {},
      announcement: {},
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().code).toBe('rules/not-approved');
  });

  it('lets the chair approve at the revision read — not the Office, not an older revision — and then it is final', async () => {
    expect((await office.post('/api/rules-versions/jinshui-2027/approval', { revision: 2 })).statusCode).toBe(
      404,
    );
    const stale = await chair.post('/api/rules-versions/jinshui-2027/approval', { revision: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('rules/revision-conflict');
    const approved = await chair.post('/api/rules-versions/jinshui-2027/approval', { revision: 2 });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json<Version>()).toMatchObject({
      status: 'approved',
      abilities: { edit: false, approve: false },
    });
    const twice = await chair.post('/api/rules-versions/jinshui-2027/approval', { revision: 2 });
    expect(twice.json().code).toBe('rules/not-editable');
    const edit = await office.request('PUT', '/api/rules-versions/jinshui-2027', {
      revision: 2,
      document: approved.json<Version>().document,
    });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().code).toBe('rules/not-editable');
    await expect(
      platform.db.query(`UPDATE rules_versions SET revision = 9 WHERE id = 'jinshui-2027'`),
    ).rejects.toThrow(/approved/);
  });

  it('a cycle made on the approved version applies its numbers', async () => {
    const { cycleId, applicationId } = await cycleOn('jinshui-2027', 2031, 1);
    const results = await eligibilityOf(applicationId);
    const operating = results.get('years-operating')!;
    expect(operating.label.zh).toBe('第八条(一)');
    expect(operating.verdict).toBe('fail');
    expect(operating.reason.zh).toContain('不足 20 年');
    const panel = await office.post(`/api/cycles/${cycleId}/panels`, {
      name: '七人组',
      industries: ['C'],
      applicationIds: [applicationId],
      size: 7,
      reserves: 0,
    });
    expect(panel.statusCode).toBe(400);
    expect(panel.json().message).toContain('6—6');
  });
});

describe('the second demo programme (zhengzhou-demo-2024)', () => {
  it('refuses by its own numbers and cites its own articles', async () => {
    const { cycleId, applicationId, organisationId } = await cycleOn('zhengzhou-demo-2024', 2031, 2);
    // Found four years ago: past Jinshui's three-year look-back, within Zhengzhou's five.
    await platform.db.query(
      `INSERT INTO fraud_findings (programme_id, organisation_id, found_on, reference) VALUES ('zhengzhou-demo', $1, now()::date - 4 * 365, '演示认定')`,
      [organisationId],
    );
    const results = await eligibilityOf(applicationId, cityOffice);
    expect(results.get('award-fraud')).toMatchObject({
      label: { zh: '第七条(一)', en: 'Art. 7(1)' },
      verdict: 'fail',
    });
    expect(results.get('department-recommendation')?.label.zh).toBe('第六条(一)');
    expect(results.get('years-operating')?.label.zh).toBe('第六条(二)');
    expect(results.get('years-operating')?.summary.zh).toContain(
      '在郑州市登记注册，具有法人资格，合法经营满 3 年',
    );
    // A district's organisation (credit code 410105…) lies within the city's jurisdiction: no hint.
    expect(results.get('years-operating')?.reason.zh).not.toContain('辖区代码');
    expect(results.get('title-validity')?.summary.zh).toContain('称号有效期 3 年');
    expect(results.get('title-validity')?.label.zh).toBe('第十一条');

    const panel = await cityOffice.post(`/api/cycles/${cycleId}/panels`, {
      name: '五人组',
      industries: ['C'],
      applicationIds: [applicationId],
      size: 5,
      reserves: 0,
    });
    expect(panel.statusCode).toBe(400);
    expect(panel.json()).toMatchObject({ clause: '第四条' });
    expect(panel.json().message).toContain('7—7');
  });

  it('the same facts under Jinshui 2011 cite Jinshui’s articles and pass its three-year look-back', async () => {
    const { applicationId, organisationId } = await cycleOn('jinshui-2011', 2032, 3);
    await platform.db.query(
      `INSERT INTO fraud_findings (programme_id, organisation_id, found_on, reference) VALUES ('jinshui', $1, now()::date - 4 * 365, '演示认定')`,
      [organisationId],
    );
    const results = await eligibilityOf(applicationId);
    expect(results.get('award-fraud')).toMatchObject({ label: { zh: '第九条(五)' }, verdict: 'needs-check' });
    expect(results.get('title-validity')?.label.zh).toBe('第二十条');
  });

  it("bars by another programme's fraud finding only in that programme (Art. 9(5) is each award's)", async () => {
    const { applicationId, organisationId } = await cycleOn('jinshui-2011', 2033, 4);
    await platform.db.query(
      `INSERT INTO fraud_findings (programme_id, organisation_id, found_on, reference) VALUES ('zhengzhou-demo', $1, now()::date - 365, '演示认定')`,
      [organisationId],
    );
    expect((await eligibilityOf(applicationId)).get('award-fraud')?.verdict).not.toBe('fail');
    await platform.db.query(
      `INSERT INTO fraud_findings (programme_id, organisation_id, found_on, reference) VALUES ('jinshui', $1, now()::date - 365, '演示认定')`,
      [organisationId],
    );
    expect((await eligibilityOf(applicationId)).get('award-fraud')?.verdict).toBe('fail');
  });
});
