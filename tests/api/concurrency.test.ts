import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  auditCount,
  endorserScope,
  seedApplicationsIn,
  statusTally,
} from './support/concurrency-fixtures.js';
import { seedPublishedCycle } from './support/seed-by-state.js';
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
