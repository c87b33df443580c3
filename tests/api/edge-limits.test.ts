import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../../src/server/build-app.js';
import { registration } from './support/intake-fixtures.js';
import { creditCode } from './support/seed-by-state.js';
import { loadConfig } from '../../src/platform/config/config.js';
import { createTestPlatform, DEMO_PASSWORD, TestClient, type TestPlatform } from './support/test-platform.js';

// Defect 9: three headers and no rate limits. The platform keeps production defaults here.
let platform: TestPlatform;
let secondInstance: App;

beforeAll(async () => {
  platform = await createTestPlatform();
  // A second server on the same database, as behind a load balancer.
  secondInstance = await buildApp({
    db: platform.db,
    config: platform.config,
    clock: () => platform.clock.now,
    files: platform.app.services.files,
  });
  await secondInstance.ready();
});
afterAll(async () => {
  await secondInstance.close();
  await platform.close();
});

const attempt = (client: TestClient, username: string) =>
  client.post('/api/auth/sign-in', { username, password: 'Wrong#Password99' });

describe('rate limits', () => {
  it('refuses the 11th sign-in for one name in a minute with 429, Retry-After, in Chinese and English', async () => {
    expect(platform.config.rateLimits.signIn).toEqual({ max: 10, windowSeconds: 60 });
    const zh = platform.client('zh-CN');
    const en = platform.client('en');
    await zh.refreshSession();
    await en.refreshSession();
    // The 5th failure from this address locks it out of the name (423); the limit counts on.
    const statuses: number[] = [];
    for (let n = 1; n <= 10; n += 1) statuses.push((await attempt(zh, 'nobody')).statusCode);
    expect(statuses).toEqual([401, 401, 401, 401, 423, 423, 423, 423, 423, 423]);
    const refused = await attempt(zh, 'nobody');
    expect(refused.statusCode).toBe(429);
    expect(refused.json()).toMatchObject({ code: 'request/rate-limited' });
    expect(refused.json().message).toContain('请求过于频繁');
    const retryAfter = Number(refused.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    const refusedEn = await attempt(en, 'nobody');
    expect(refusedEn.statusCode).toBe(429);
    expect(refusedEn.json().message).toMatch(/^Too many requests; try again in \d+ seconds\.$/);
    // Another name from the same address is counted apart; a new window starts afresh.
    expect((await attempt(zh, 'somebody-else')).statusCode).toBe(401);
    platform.clock.now = new Date(platform.clock.now.getTime() + 61_000);
    // A new window is no longer limited; the 15-minute lock-out of this address for this name runs on.
    expect((await attempt(zh, 'nobody')).statusCode).toBe(423);
    platform.clock.now = new Date(platform.clock.now.getTime() + 15 * 60_000);
    expect((await attempt(zh, 'nobody')).statusCode).toBe(401);
  });

  it('counts across two instances on one database', async () => {
    const first = platform.client('en');
    const second = new TestClient(secondInstance, 'en');
    await first.refreshSession();
    await second.refreshSession();
    const statuses: number[] = [];
    for (let n = 1; n <= 5; n += 1) {
      statuses.push((await attempt(first, 'shared')).statusCode);
      statuses.push((await attempt(second, 'shared')).statusCode);
    }
    // Both instances count the same failures too: the 5th, whichever instance took it, locks.
    expect(statuses).toEqual([401, 401, 401, 401, 423, 423, 423, 423, 423, 423]);
    expect((await attempt(first, 'shared')).statusCode).toBe(429);
    expect((await attempt(second, 'shared')).statusCode).toBe(429);
    const [row] = await platform.db.query<{ count: number }>(
      "SELECT count FROM rate_limit_hits WHERE key LIKE 'sign-in|%|shared'",
    );
    expect(row?.count).toBe(12);
  });

  it('limits public forms per address: the 21st anonymous write in a minute is refused', async () => {
    const visitor = platform.client('en');
    await visitor.refreshSession();
    const statuses: number[] = [];
    for (let n = 1; n <= 21; n += 1) statuses.push((await visitor.post('/api/auth/sign-out')).statusCode);
    expect(statuses.slice(0, 20).every((s) => s === 204)).toBe(true);
    expect(statuses[20]).toBe(429);
  });

  it('limits registration per address: the 6th in ten minutes is refused', async () => {
    const visitor = platform.client('en');
    await visitor.refreshSession();
    const statuses: number[] = [];
    for (let n = 1; n <= 6; n += 1) {
      statuses.push(
        (
          await visitor.post(
            '/api/organisations/register',
            registration({
              creditCode: creditCode(n),
              username: `ratelimit${n}`,
              townId: 1,
              departmentId: 1,
            }),
          )
        ).statusCode,
      );
    }
    expect(statuses.slice(0, 5).every((s) => s !== 429 && s < 500)).toBe(true);
    expect(statuses[5]).toBe(429);
  });
});

describe('security headers', () => {
  it('send a content security policy, no framing, and HSTS by default', async () => {
    const response = await platform.client().get('/api/health');
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self' 'unsafe-inline'");
    expect(csp).toContain("img-src 'self' data: blob:");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain('upgrade-insecure-requests');
    expect(response.headers['x-frame-options']).toBe('DENY');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('same-origin');
    expect(response.headers['strict-transport-security']).toMatch(/max-age=\d{7,}/);
  });

  it('mark every cookie Secure by default (issue 15.7)', async () => {
    const client = platform.client();
    const visitor = await client.get('/api/auth/session');
    const signedIn = await client.signIn('office', DEMO_PASSWORD);
    const cookies = [visitor, signedIn].flatMap((r) => r.cookies as { name: string; secure?: boolean }[]);
    expect(cookies.map((c) => c.name)).toEqual(expect.arrayContaining(['qa_session']));
    expect(cookies.filter((c) => c.secure !== true)).toEqual([]);
  });

  it('send neither Secure cookies nor HSTS only when configured for plain HTTP (SECURE_COOKIES=false)', async () => {
    const plain = await buildApp({
      ...platform.app.services,
      config: { ...platform.config, session: loadConfig({ SECURE_COOKIES: 'false' }).session },
    });
    try {
      const response = await plain.inject({ method: 'GET', url: '/api/auth/session' });
      expect(response.headers['strict-transport-security']).toBeUndefined();
      expect(String(response.headers['content-security-policy'])).not.toContain('upgrade-insecure-requests');
      const cookies = response.cookies as { name: string; secure?: boolean }[];
      expect(cookies.length).toBeGreaterThan(0);
      expect(cookies.filter((c) => c.secure)).toEqual([]);
    } finally {
      await plain.close();
    }
  });

  it('keep the API reference loadable: its page and scripts come from this origin', async () => {
    const page = await platform.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(page.statusCode).toBe(200);
    const scripts = [...page.body.matchAll(/<script src="([^"]+)"/g)].map((m) => m[1]!);
    expect(scripts.length).toBeGreaterThan(0);
    expect(page.body).not.toMatch(/<script>(?!\s*<\/script>)/);
    for (const src of scripts) {
      expect(src.startsWith('./') || src.startsWith('/')).toBe(true);
      const script = await platform.app.inject({
        method: 'GET',
        url: new URL(src, 'http://x/api/docs/').pathname,
      });
      expect(script.statusCode, src).toBe(200);
    }
  });
});
