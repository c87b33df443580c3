import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, DEMO_PASSWORD, type TestPlatform } from './support/test-platform.js';

/** Issue 16.6: a password change gives the session a new token; the old one opens nothing. */
let platform: TestPlatform;
beforeAll(async () => {
  platform = await createTestPlatform();
});
afterAll(() => platform.close());

describe('a password change', () => {
  it('rotates the session token: the old token no longer signs in, the new one keeps working', async () => {
    const desk = platform.client();
    expect((await desk.signIn('approver', DEMO_PASSWORD)).statusCode).toBe(200);
    const oldToken = desk.cookies.get('qa_session')!;
    const changed = await desk.post('/api/auth/password', {
      currentPassword: DEMO_PASSWORD,
      newPassword: 'Brand#New2026pw',
    });
    expect(changed.statusCode, changed.body).toBe(204);
    const newToken = desk.cookies.get('qa_session');
    expect(newToken).toBeDefined();
    expect(newToken).not.toBe(oldToken);
    const cookie = (changed.cookies as { name: string; httpOnly?: boolean; secure?: boolean }[]).find(
      (c) => c.name === 'qa_session',
    );
    expect(cookie).toMatchObject({ httpOnly: true, secure: true });

    // Whoever kept the old token has nothing.
    const thief = platform.client();
    thief.cookies.set('qa_session', oldToken);
    expect((await thief.get('/api/auth/session')).json()).toMatchObject({ authenticated: false });
    expect((await thief.get('/api/accounts')).statusCode).toBe(401);
    // The same tab goes on, CSRF token unchanged.
    expect((await desk.get('/api/auth/session')).json()).toMatchObject({ authenticated: true });
    expect((await desk.post('/api/auth/sign-out')).statusCode).toBe(204);

    const [{ n }] = (await platform.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM sessions s JOIN users u ON u.id = s.user_id WHERE u.username = 'approver'`,
    )) as [{ n: number }];
    expect(n).toBe(0);
  });
});
