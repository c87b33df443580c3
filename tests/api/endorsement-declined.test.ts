import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditCount, endorserScope, seedApplicationsIn } from './support/concurrency-fixtures.js';
import { seedPublishedCycle } from './support/seed-by-state.js';
import {
  createTestPlatform,
  DEMO_PASSWORD,
  type TestClient,
  type TestPlatform,
} from './support/test-platform.js';

// Issue 14.3: the endorsers' page promised 不同意推荐 (do not recommend); the API had only agree
// and return. Declining needs its reason and ends the application for the cycle (Art. 14, 8(6)).
let platform: TestPlatform;
let town: TestClient;
let dept: TestClient;
let office: TestClient;
let cycleId: string;

async function signedIn(username: string): Promise<TestClient> {
  const client = platform.client();
  expect((await client.signIn(username, DEMO_PASSWORD)).statusCode).toBe(200);
  return client;
}

beforeAll(async () => {
  platform = await createTestPlatform();
  [town, dept, office] = await Promise.all([signedIn('town'), signedIn('dept'), signedIn('office')]);
  cycleId = await seedPublishedCycle(platform.db);
});
afterAll(() => platform.close());

describe('an endorser declines to recommend (不同意推荐)', () => {
  it('needs the reason, citing Art. 14', async () => {
    const [id] = await seedApplicationsIn(
      platform.db,
      cycleId,
      'awaiting_endorsement',
      await endorserScope(platform.db),
      1,
      200,
    );
    for (const comments of ['', ' 否 ']) {
      const refused = await town.post(`/api/applications/${id}/endorsements`, {
        decision: 'declined',
        comments,
      });
      expect(refused.statusCode).toBe(400);
      expect(refused.json()).toMatchObject({ code: 'application/reason-required', clause: '第十四条' });
    }
    expect((await office.get(`/api/applications/${id}`)).json().status).toBe('awaiting_endorsement');
  });

  it('ends the application for the cycle: not recommended, nothing more to endorse or submit', async () => {
    const [id] = await seedApplicationsIn(
      platform.db,
      cycleId,
      'awaiting_endorsement',
      await endorserScope(platform.db),
      1,
      210,
    );
    const declined = await town.post(`/api/applications/${id}/endorsements`, {
      decision: 'declined',
      comments: '该单位近三年有环保处罚记录，不符合推荐条件',
    });
    expect(declined.statusCode, declined.body).toBe(200);
    expect(declined.json()).toMatchObject({
      status: 'not_recommended',
      endorsements: [
        { kind: 'locality', decision: 'declined', comments: '该单位近三年有环保处罚记录，不符合推荐条件' },
      ],
      abilities: { endorseAs: [] },
    });
    expect(await auditCount(platform.db, 'application.not_recommended', id)).toBe(1);

    // The department comes too late: the application no longer waits for opinions.
    const late = await dept.post(`/api/applications/${id}/endorsements`, {
      decision: 'agreed',
      comments: '同意',
    });
    expect(late.statusCode).toBe(409);
    expect(late.json().code).toBe('application/not-editable');
    // The endorsers still see it (their queue's history), and the Office cannot decide on it.
    expect((await dept.get(`/api/applications/${id}`)).statusCode).toBe(200);
    const decided = await office.post(`/api/applications/${id}/decision`, {
      decision: 'accepted',
      note: '',
      overrides: [],
    });
    expect(decided.statusCode).toBe(409);
  });

  it('fails Art. 8(6) when the department declines', async () => {
    const [id] = await seedApplicationsIn(
      platform.db,
      cycleId,
      'awaiting_endorsement',
      await endorserScope(platform.db),
      1,
      220,
    );
    const declined = await dept.post(`/api/applications/${id}/endorsements`, {
      decision: 'declined',
      comments: '不符合本行业推荐要求',
    });
    expect(declined.statusCode, declined.body).toBe(200);
    const art86 = declined
      .json()
      .eligibility.results.find((r: { key: string }) => r.key === 'department-recommendation');
    expect(art86).toMatchObject({ verdict: 'fail', reason: { zh: '主管部门不同意推荐' } });
  });
});
