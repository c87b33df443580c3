import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, DEMO_PASSWORD, type TestPlatform } from './support/test-platform.js';

let platform: TestPlatform;
beforeAll(async () => {
  platform = await createTestPlatform();
});
afterAll(() => platform.close());

const minutes = (n: number) => n * 60_000;
const advance = (ms: number) => {
  platform.clock.now = new Date(platform.clock.now.getTime() + ms);
};

describe('sign-in', () => {
  it('signs in, reports the session with roles and abilities, and sets an HttpOnly SameSite cookie', async () => {
    const client = platform.client();
    const response = await client.signIn('admin', DEMO_PASSWORD);
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'qa_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    const session = (await client.get('/api/auth/session')).json();
    expect(session.user).toMatchObject({ username: 'admin', roles: ['system_admin'] });
    expect(session.user.abilities).toContain('account.manage');
    expect(session.user.abilities).not.toContain('audit.read');
  });

  it('refuses a wrong password with the same message as an unknown user, in the caller’s language', async () => {
    const zh = await platform.client('zh-CN').signIn('member', 'Wrong#password1');
    expect(zh.statusCode).toBe(401);
    expect(zh.json()).toEqual({ code: 'auth/invalid-credentials', message: '用户名或密码不正确。' });
    const en = await platform.client('en').signIn('nobody-here', 'Wrong#password1');
    expect(en.statusCode).toBe(401);
    expect(en.json()).toEqual({
      code: 'auth/invalid-credentials',
      message: 'The user name or password is incorrect.',
    });
  });

  it('locks the account on the 5th failure for 15 minutes, refusing even the right password meanwhile', async () => {
    const client = platform.client();
    for (let attempt = 1; attempt <= 4; attempt += 1) {
      expect((await client.signIn('expert', `Wrong#pass${attempt}`)).statusCode).toBe(401);
    }
    const fifth = await client.signIn('expert', 'Wrong#pass5');
    expect(fifth.statusCode).toBe(423);
    expect(fifth.json().code).toBe('auth/locked');
    expect(fifth.json().message).toMatch(/锁定至 \d{4}\/\d{2}\/\d{2} \d{2}:\d{2}/);
    expect((await client.signIn('expert', DEMO_PASSWORD)).statusCode).toBe(423);
    advance(minutes(14));
    expect((await client.signIn('expert', DEMO_PASSWORD)).statusCode).toBe(423);
    advance(minutes(1) + 1);
    expect((await client.signIn('expert', DEMO_PASSWORD)).statusCode).toBe(200);
    const audit = await platform.db.query<{ action: string }>(
      "SELECT action FROM audit_log WHERE action IN ('account.locked', 'account.sign-in-failed') ORDER BY id",
    );
    expect(audit.map((a) => a.action).filter((a) => a === 'account.locked')).toHaveLength(1);
  });

  it('ends a session idle for 30 minutes and says so', async () => {
    const client = platform.client();
    await client.signIn('office', DEMO_PASSWORD);
    advance(minutes(29));
    expect((await client.get('/api/auth/session')).json().authenticated).toBe(true);
    advance(minutes(29)); // active 29 minutes ago: still alive
    expect((await client.get('/api/auth/session')).json().authenticated).toBe(true);
    advance(minutes(31));
    const expired = await client.get('/api/accounts');
    expect(expired.statusCode).toBe(401);
    expect(expired.json().code).toBe('auth/session-expired');
  });

  it('signs out: the old cookie no longer works', async () => {
    const client = platform.client();
    await client.signIn('chair', DEMO_PASSWORD);
    const stolen = client.cookies.get('qa_session')!;
    expect((await client.post('/api/auth/sign-out')).statusCode).toBe(204);
    const thief = platform.client();
    thief.cookies.set('qa_session', stolen);
    const response = await thief.get('/api/accounts');
    expect(response.statusCode).toBe(401);
    expect(response.json().code).toBe('auth/session-expired');
  });

  it('treats a forged session token as no session', async () => {
    const client = platform.client('en');
    client.cookies.set('qa_session', 'forged-token-value');
    const response = await client.get('/api/audit');
    expect(response.statusCode).toBe(401);
    expect(response.json().message).toMatch(/session has expired/);
  });
});

describe('CSRF', () => {
  it('refuses a state-changing request without the token, and with another session’s token', async () => {
    const victim = platform.client();
    await victim.signIn('admin', DEMO_PASSWORD);
    const attacker = platform.client();
    await attacker.signIn('office', DEMO_PASSWORD);
    const before = await platform.db.query('SELECT count(*)::int AS n FROM towns');

    const missing = await victim.request(
      'POST',
      '/api/reference/towns',
      { code: 'X1', name: { zh: '甲', en: 'A' } },
      {
        headers: { 'x-csrf-token': '' },
      },
    );
    expect(missing.statusCode).toBe(403);
    expect(missing.json().code).toBe('auth/csrf-missing');

    const wrong = await victim.request(
      'POST',
      '/api/reference/towns',
      { code: 'X1', name: { zh: '甲', en: 'A' } },
      {
        headers: { 'x-csrf-token': attacker.csrfToken! },
      },
    );
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json().code).toBe('auth/csrf-invalid');
    expect(await platform.db.query('SELECT count(*)::int AS n FROM towns')).toEqual(before);
  });

  it('protects sign-in itself with a double-submit token', async () => {
    const client = platform.client();
    const response = await client.request(
      'POST',
      '/api/auth/sign-in',
      { username: 'admin', password: DEMO_PASSWORD },
      {
        headers: { 'x-csrf-token': 'guessed' },
      },
    );
    expect(response.statusCode).toBe(403);
  });
});

describe('password change', () => {
  it('enforces the policy, then changes the password and ends the other sessions', async () => {
    const phone = platform.client();
    await phone.signIn('approver', DEMO_PASSWORD);
    const desk = platform.client();
    await desk.signIn('approver', DEMO_PASSWORD);

    const weak = await desk.post('/api/auth/password', {
      currentPassword: DEMO_PASSWORD,
      newPassword: 'short',
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().code).toBe('auth/password-policy');
    expect(weak.json().details.map((d: { path: string }) => d.path)).toContain('newPassword');

    const wrongCurrent = await desk.post('/api/auth/password', {
      currentPassword: 'Not#theRight1',
      newPassword: 'Brand#New2026pw',
    });
    expect(wrongCurrent.json().code).toBe('auth/wrong-current-password');

    const ok = await desk.post('/api/auth/password', {
      currentPassword: DEMO_PASSWORD,
      newPassword: 'Brand#New2026pw',
    });
    expect(ok.statusCode).toBe(204);
    expect((await desk.get('/api/auth/session')).json().authenticated).toBe(true);
    expect((await phone.get('/api/auth/session')).json().authenticated).toBe(false);
    expect((await platform.client().signIn('approver', DEMO_PASSWORD)).statusCode).toBe(401);
    expect((await platform.client().signIn('approver', 'Brand#New2026pw')).statusCode).toBe(200);
  });
});

describe('a stale tab', () => {
  it('is told its session expired when it posts after the idle timeout', async () => {
    const client = platform.client();
    await client.signIn('office', DEMO_PASSWORD);
    platform.clock.now = new Date(platform.clock.now.getTime() + 31 * 60_000);
    const response = await client.post('/api/auth/password', { currentPassword: 'a', newPassword: 'b' });
    expect(response.statusCode).toBe(401);
    expect(response.json().code).toBe('auth/session-expired');
  });
});
