import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  auditCount,
  endorserScope,
  seedApplicationsIn,
  statusTally,
} from './support/concurrency-fixtures.js';
import { expertProfile } from './support/expert-fixtures.js';
import { registration } from './support/intake-fixtures.js';
import { creditCode, seedAcceptedApplication, seedPublishedCycle } from './support/seed-by-state.js';
import {
  createTestPlatform,
  DEMO_PASSWORD,
  type TestClient,
  type TestPlatform,
} from './support/test-platform.js';

/**
 * Races that PGlite hides (it runs one statement at a time) and PostgreSQL shows: each test fires
 * the same step at once and asserts exactly one effect. Run on PostgreSQL with TEST_DATABASE_URL.
 */
let platform: TestPlatform;
let cycleId: string;

async function signedIn(username: string, password = DEMO_PASSWORD): Promise<TestClient> {
  const client = platform.client();
  const response = await client.signIn(username, password);
  expect(response.statusCode, response.body).toBe(200);
  return client;
}

beforeAll(async () => {
  platform = await createTestPlatform();
  cycleId = await seedPublishedCycle(platform.db);
});
afterAll(() => platform.close());

describe('endorsements at the same moment', () => {
  it('marks every application endorsed when the town and the department agree at once', async () => {
    const scope = await endorserScope(platform.db);
    const ids = await seedApplicationsIn(platform.db, cycleId, 'awaiting_endorsement', scope, 20);
    const town = await signedIn('town');
    const dept = await signedIn('dept');
    const agree = (client: TestClient, id: string) =>
      client.post(`/api/applications/${id}/endorsements`, { decision: 'agreed', comments: '同意推荐' });
    const answers = await Promise.all(ids.flatMap((id) => [agree(town, id), agree(dept, id)]));
    expect(statusTally(answers)).toEqual({ 200: 40 });

    const rows = await platform.db.query<{ status: string; n: number }>(
      'SELECT status, count(*)::int AS n FROM applications WHERE id = ANY($1::uuid[]) GROUP BY status',
      [ids],
    );
    expect(rows).toEqual([{ status: 'endorsed', n: 20 }]);
    for (const id of ids) {
      expect(await auditCount(platform.db, 'application.endorsed', id)).toBe(1);
      expect(await auditCount(platform.db, 'application.endorsement-recorded', id)).toBe(1);
    }
  });
});

describe('sign-in lock-out under parallel guesses', () => {
  it('locks after the configured number of failures even when 20 wrong passwords arrive at once', async () => {
    const max = platform.config.signIn.maxFailedAttempts;
    const admin = await signedIn('admin');
    const created = await admin.post('/api/accounts', {
      username: 'guessed',
      displayName: '被猜测的账号',
      roles: [{ role: 'auditor' }],
      password: 'Secret#2026quality',
    });
    expect(created.statusCode, created.body).toBe(201);
    const attempts = Array.from({ length: 20 }, () => platform.client().signIn('guessed', `Wrong#2026guess`));
    const answers = await Promise.all(attempts);
    // The first max-1 failures are counted and refused; the max-th locks; the rest meet the lock.
    expect(statusTally(answers)).toEqual({ 401: max - 1, 423: 20 - max + 1 });
    const [user] = await platform.db.query<{ failed_sign_ins: number; locked_until: Date | null }>(
      "SELECT failed_sign_ins, locked_until FROM users WHERE username = 'guessed'",
    );
    expect(user!.failed_sign_ins).toBe(max);
    expect(user!.locked_until).not.toBeNull();
    const [locked] = await platform.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM audit_log WHERE action = 'account.locked' AND before IS NOT NULL AND after->>'failedSignIns' = $1",
      [String(max)],
    );
    expect(locked!.n).toBe(1);

    const right = await platform.client().signIn('guessed', 'Secret#2026quality');
    expect(right.statusCode).toBe(423);
  });
});

describe('the draw of a panel', () => {
  let office: TestClient;
  let panelId: string;
  const expertIds: string[] = [];

  beforeAll(async () => {
    office = await signedIn('office');
    const accepted = await seedAcceptedApplication(platform.db, cycleId, {
      name: '郑州并发电力有限公司',
      creditCode: creditCode(500),
    });
    // Eight experts in power and utilities (D, which the demo pool leaves empty); three may lead.
    for (let n = 501; n <= 508; n += 1) {
      const response = await office.post('/api/experts', expertProfile(n, { canLead: n <= 503 }));
      expect(response.statusCode, response.body).toBe(201);
      expertIds.push(response.json<{ id: string }>().id);
    }
    const plan = await office.post(`/api/cycles/${cycleId}/panels`, {
      name: '并发电力组',
      industries: ['D'],
      applicationIds: [accepted.applicationId],
      size: 5,
      reserves: 2,
    });
    expect(plan.statusCode, plan.body).toBe(201);
    panelId = plan.json<{ id: string }>().id;
  });

  it('freezes the pool once when two staff freeze it at once; the other is told, not a 500', async () => {
    const second = await signedIn('office');
    const answers = await Promise.all([
      office.post(`/api/panels/${panelId}/freeze`, {}),
      second.post(`/api/panels/${panelId}/freeze`, {}),
    ]);
    const tally = statusTally(answers);
    expect(tally[409], answers.map((a) => a.body).join('\n')).toBe(1);
    expect(tally[500]).toBeUndefined();
    expect(answers.find((a) => a.statusCode === 409)!.json()).toMatchObject({ code: 'draw/state' });
    const [commitments] = await platform.db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM draw_commitments WHERE panel_id = $1',
      [panelId],
    );
    expect(commitments!.n).toBe(1);
    expect(await auditCount(platform.db, 'draw.pool-frozen', panelId)).toBe(1);
  });

  it('answers 404, not 500, for availability in a cycle that does not exist', async () => {
    const response = await office.request(
      'PUT',
      `/api/cycles/00000000-0000-4000-8000-000000000000/availability/${expertIds[0]}`,
      { available: true, note: '' },
    );
    expect(response.statusCode, response.body).toBe(404);
    expect(response.json()).toMatchObject({ code: 'record/not-found' });
  });
});

describe('reference items', () => {
  it('keeps both a rename and a deactivation sent at once', async () => {
    const admin = await signedIn('admin');
    const towns = await platform.db.query<{ id: number }>('SELECT id FROM towns ORDER BY id LIMIT 10');
    const answers = await Promise.all(
      towns.flatMap(({ id }) => [
        admin.patch(`/api/reference/towns/${id}`, { name: { zh: `改名${id}`, en: `Renamed ${id}` } }),
        admin.patch(`/api/reference/towns/${id}`, { active: false }),
      ]),
    );
    expect(statusTally(answers)).toEqual({ 200: towns.length * 2 });
    const after = await platform.db.query<{ id: number; name_zh: string; active: boolean }>(
      'SELECT id, name_zh, active FROM towns WHERE id = ANY($1::int[]) ORDER BY id',
      [towns.map((t) => t.id)],
    );
    expect(after).toEqual(towns.map(({ id }) => ({ id, name_zh: `改名${id}`, active: false })));
  });
});

describe('organisation registration', () => {
  it('registers one organisation when the same credit code is sent twice at once', async () => {
    const scope = await endorserScope(platform.db);
    const code = creditCode(900);
    const answers = await Promise.all([
      platform
        .client()
        .post(
          '/api/organisations/register',
          registration({ ...scope, creditCode: code, username: 'twice.a' }),
        ),
      platform
        .client()
        .post(
          '/api/organisations/register',
          registration({ ...scope, creditCode: code, username: 'twice.b' }),
        ),
    ]);
    expect(statusTally(answers)).toEqual({ 201: 1, 409: 1 });
    const [row] = await platform.db.query<{ organisations: number; users: number }>(
      `SELECT (SELECT count(*)::int FROM organisations WHERE credit_code = $1) AS organisations,
              (SELECT count(*)::int FROM users WHERE username IN ('twice.a', 'twice.b')) AS users`,
      [code],
    );
    expect(row).toEqual({ organisations: 1, users: 1 });
  });
});
