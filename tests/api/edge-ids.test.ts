import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expertProfile } from './support/expert-fixtures.js';
import { seedPublishedCycle } from './support/seed-by-state.js';
import {
  createTestPlatform,
  DEMO_PASSWORD,
  type TestClient,
  type TestPlatform,
} from './support/test-platform.js';

// Defect 10: ids that are not UUIDs (36 dashes passed the old pattern) and ids of rows that do not
// exist reached PostgreSQL and came back as 500 server/internal.
const DASHES = '-'.repeat(36);
const NOT_UUIDS = [DASHES, 'zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz', '12345678-1234-1234-1234-1234567890123'];

let platform: TestPlatform;
let office: TestClient;
let visitor: TestClient;
let cycleId: string;
let expertId: string;

beforeAll(async () => {
  platform = await createTestPlatform();
  office = platform.client('en');
  await office.signIn('office', DEMO_PASSWORD);
  visitor = platform.client();
  cycleId = await seedPublishedCycle(platform.db);
  const expert = await office.post('/api/experts', expertProfile(1));
  expect(expert.statusCode, expert.body).toBe(201);
  expertId = expert.json().id;
});
afterAll(() => platform.close());

function expectRefused(response: { statusCode: number; body: string }) {
  expect(response.statusCode, response.body).toBeGreaterThanOrEqual(400);
  expect(response.statusCode, response.body).toBeLessThan(500);
}

describe('malformed ids are the caller’s mistake, never a 500', () => {
  it.each(NOT_UUIDS)('GET /api/panels/%s', async (id) => {
    expectRefused(await office.get(`/api/panels/${id}`));
  });

  it.each(NOT_UUIDS)('GET /api/public/draws/%s and its verification', async (id) => {
    expectRefused(await visitor.get(`/api/public/draws/${id}`));
    expectRefused(await visitor.get(`/api/public/draws/${id}/verification`));
  });

  it.each(NOT_UUIDS)('GET and POST /api/cycles/%s/panels', async (id) => {
    const list = await office.get(`/api/cycles/${id}/panels`);
    expect(list.statusCode, list.body).toBe(400);
    expect(list.json().code).toBe('request/invalid');
    const create = await office.post(`/api/cycles/${id}/panels`, {
      name: '电力一组',
      industries: ['D'],
      applicationIds: [],
      size: 5,
      reserves: 0,
    });
    expect(create.statusCode, create.body).toBe(400);
  });

  it.each(NOT_UUIDS)('POST /api/cycles/%s/conflict-detection', async (id) => {
    const response = await office.post(`/api/cycles/${id}/conflict-detection`);
    expect(response.statusCode, response.body).toBe(400);
  });

  it('POST /api/cycles/:id/conflict-detection on a cycle that does not exist is 404, recording nothing (issue 16.6)', async () => {
    const cycleId = randomUUID();
    const response = await office.post(`/api/cycles/${cycleId}/conflict-detection`);
    expect(response.statusCode, response.body).toBe(404);
    expect(response.json().code).toBe('record/not-found');
    const [audit] = await platform.db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM audit_log WHERE record_id = $1',
      [cycleId],
    );
    expect(audit!.n).toBe(0);
  });

  it('POST /api/conflicts naming an organisation that does not exist is 404, in the caller’s language', async () => {
    const response = await office.post('/api/conflicts', {
      expertId,
      organisationId: randomUUID(),
      kind: 'current_employer',
      evidence: 'employer',
    });
    expect(response.statusCode, response.body).toBe(404);
    expect(response.json().code).toMatch(/^record\//);
    expect(response.json().message).toMatch(/not (found|exist)/);
    const malformed = await office.post('/api/conflicts', {
      expertId: DASHES,
      organisationId: DASHES,
      kind: 'current_employer',
      evidence: 'employer',
    });
    expect(malformed.statusCode, malformed.body).toBe(400);
  });

  it('well-formed ids of nothing are 404, and a real cycle still answers', async () => {
    expect((await office.get(`/api/panels/${randomUUID()}`)).statusCode).toBe(404);
    expect((await visitor.get(`/api/public/draws/${randomUUID()}`)).statusCode).toBe(404);
    expect((await office.get(`/api/cycles/${cycleId}/panels`)).statusCode).toBe(200);
  });
});

describe('text PostgreSQL cannot store is the caller’s mistake too', () => {
  it('a NUL character in a sign-in name is 400, not 500 (found by npm run fuzz:api)', async () => {
    const client = platform.client('en');
    await client.refreshSession();
    const response = await client.post('/api/auth/sign-in', { username: 'a\u0000b', password: 'x' });
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json()).toMatchObject({
      code: 'request/nul-character',
      details: [{ path: 'username', message: expect.stringContaining('NUL') }],
    });
  });
});
