import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, DEMO_PASSWORD, type TestPlatform } from './support/test-platform.js';
import { readMigrations } from '../../src/platform/db/migrate.js';

let platform: TestPlatform;
beforeAll(async () => {
  platform = await createTestPlatform();
});
afterAll(() => platform.close());

describe('smoke', () => {
  it('answers health and signs in', async () => {
    const client = platform.client();
    const health = await client.get('/api/health');
    expect(health.json()).toMatchObject({
      status: 'ok',
      database: { migration: readMigrations().at(-1)!.name },
    });
    const signIn = await client.signIn('office', DEMO_PASSWORD);
    expect(signIn.statusCode, signIn.body).toBe(200);
    const session = await client.get('/api/auth/session');
    expect(session.json()).toMatchObject({ authenticated: true, user: { username: 'office' } });
  });
});
