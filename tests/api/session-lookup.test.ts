import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countingDatabase, type CountingDatabase } from './support/counting-database.js';
import { createTestPlatform, DEMO_PASSWORD, type TestPlatform } from './support/test-platform.js';

/**
 * Every signed-in request starts by resolving its session cookie; on reads by id that lookup was
 * half the statements sent. It is one statement: the session, its account and the roles.
 */
let platform: TestPlatform;
let counter: CountingDatabase;
beforeAll(async () => {
  platform = await createTestPlatform({}, { wrapDatabase: (db) => (counter = countingDatabase(db)) });
});
afterAll(() => platform.close());

describe('the session lookup', () => {
  it('costs one statement more than the same request from a visitor', async () => {
    const office = platform.client();
    await office.signIn('office', DEMO_PASSWORD);
    // The first request after sign-in is within the last-seen interval: no touch is due.
    const visitor = await counter.count(() => platform.client().get('/api/public/draws'));
    const signedIn = await counter.count(async () => {
      const response = await office.get('/api/public/draws');
      expect(response.statusCode).toBe(200);
    });
    expect(signedIn - visitor).toBe(1);
  });

  it('still knows the person and their roles, and drops a session whose account was disabled', async () => {
    const admin = platform.client();
    await admin.signIn('admin', DEMO_PASSWORD);
    const session = (await admin.get('/api/auth/session')).json();
    expect(session.user).toMatchObject({ username: 'admin', roles: ['system_admin'] });

    const member = platform.client();
    await member.signIn('member', DEMO_PASSWORD);
    await platform.db.query("UPDATE users SET status = 'disabled' WHERE username = 'member'");
    const after = (await member.get('/api/auth/session')).json();
    expect(after.authenticated).toBe(false);
    const left = await platform.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM sessions s JOIN users u ON u.id = s.user_id WHERE u.username = 'member'",
    );
    expect(left[0]!.n).toBe(0);
  });
});
