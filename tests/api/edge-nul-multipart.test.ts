import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registration } from './support/intake-fixtures.js';
import { seedPublishedCycle } from './support/seed-by-state.js';
import {
  createTestPlatform,
  DEMO_PASSWORD,
  type TestClient,
  type TestPlatform,
} from './support/test-platform.js';

/**
 * Issue 16.6: a NUL character in any text field is the caller's 400 with a clear message in
 * their language, never a 500 from the database (PostgreSQL stores no NUL in text or jsonb);
 * a multipart body without a boundary is a 4xx. On both engines.
 */
let platform: TestPlatform;
let admin: TestClient;
let adminEn: TestClient;
const NUL = '\u0000';

const audits = async () =>
  (await platform.db.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_log'))[0]!.n;

beforeAll(async () => {
  platform = await createTestPlatform();
  admin = platform.client();
  expect((await admin.signIn('admin', DEMO_PASSWORD)).statusCode).toBe(200);
  adminEn = platform.client('en');
  expect((await adminEn.signIn('admin', DEMO_PASSWORD)).statusCode).toBe(200);
});
afterAll(() => platform.close());

describe('a NUL character', () => {
  it.each([
    ['in a text column', { code: 'N1', name: { zh: `甲${NUL}乙`, en: 'A' } }, 'name.zh'],
    ['in a code', { code: `N${NUL}2`, name: { zh: '甲', en: 'A' } }, 'code'],
  ])('%s is a 400 naming the field, in Chinese by default', async (_, body, path) => {
    const before = await audits();
    const response = await admin.post('/api/reference/departments', body);
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json()).toMatchObject({ code: 'request/nul-character', details: [{ path }] });
    expect(response.json().message).toContain('空字符');
    expect(await audits()).toBe(before);
  });

  it('is explained in English to an English reader', async () => {
    const response = await adminEn.post('/api/reference/departments', {
      code: 'N3',
      name: { zh: '甲', en: `A${NUL}` },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toMatch(/NUL character/);
    expect(response.json().details).toEqual([{ path: 'name.en', message: expect.stringMatching(/NUL/) }]);
  });

  it('in a query string, a sign-in name and a field name is a 400 too', async () => {
    const search = await admin.get(`/api/accounts?search=${encodeURIComponent(`ad${NUL}min`)}`);
    expect(search.statusCode, search.body).toBe(400);
    expect(search.json().code).toBe('request/nul-character');
    const visitor = platform.client();
    await visitor.refreshSession();
    const signIn = await visitor.post('/api/auth/sign-in', {
      username: `admin${NUL}`,
      password: DEMO_PASSWORD,
    });
    expect(signIn.statusCode, signIn.body).toBe(400);
    const key = await admin.post('/api/reference/departments', {
      code: 'N4',
      name: { zh: '甲', en: 'A' },
      [`x${NUL}`]: 1,
    });
    expect(key.statusCode).toBe(400);
  });
});

describe('a multipart body', () => {
  it('without a boundary is a 4xx, not a 500', async () => {
    await seedPublishedCycle(platform.db);
    const [scope] = await platform.db.query<{ town_id: number; department_id: number }>(
      'SELECT (SELECT min(id) FROM towns) AS town_id, (SELECT min(id) FROM departments) AS department_id',
    );
    const registered = await platform
      .client()
      .post(
        '/api/organisations/register',
        registration({ townId: scope!.town_id, departmentId: scope!.department_id }),
      );
    expect(registered.statusCode, registered.body).toBe(201);
    const applicant = platform.client();
    expect((await applicant.signIn('shifan', 'Apply#2026quality')).statusCode).toBe(200);
    const [cycle] = await platform.db.query<{ id: string }>(
      'SELECT id::text AS id FROM cycles ORDER BY created_at DESC LIMIT 1',
    );
    const started = await applicant.post('/api/applications', { cycleId: cycle!.id });
    expect(started.statusCode, started.body).toBe(201);
    const id = started.json<{ id: string }>().id;
    for (const contentType of [
      'multipart/form-data',
      'multipart/form-data; boundary=',
      'multipart/form-data; charset=utf-8',
    ]) {
      const response = await applicant.request(
        'POST',
        `/api/applications/${id}/files?purpose=evidence`,
        'abc',
        {
          headers: { 'content-type': contentType },
        },
      );
      expect(response.statusCode, `${contentType}: ${response.body}`).toBeGreaterThanOrEqual(400);
      expect(response.statusCode, `${contentType}: ${response.body}`).toBeLessThan(500);
    }
  });
});
