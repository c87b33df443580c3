import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registration } from './support/intake-fixtures.js';
import {
  createTestPlatform,
  DEMO_PASSWORD,
  UNREACHABLE_RATE_LIMITS,
  type TestPlatform,
} from './support/test-platform.js';

/**
 * The session and CSRF hooks decide on the route the router matched, not on the raw path: an
 * encoded, doubled, dotted or re-cased path reaches either the same checks or no route at all.
 */
let platform: TestPlatform;
let origin: string;
let scope: { townId: number; departmentId: number };
beforeAll(async () => {
  platform = await createTestPlatform(UNREACHABLE_RATE_LIMITS);
  await platform.app.listen({ port: 0, host: '127.0.0.1' });
  origin = `http://127.0.0.1:${(platform.app.server.address() as AddressInfo).port}`;
  const [town] = await platform.db.query<{ id: number }>('SELECT id FROM towns ORDER BY id LIMIT 1');
  const [department] = await platform.db.query<{ id: number }>(
    'SELECT id FROM departments ORDER BY id LIMIT 1',
  );
  scope = { townId: town!.id, departmentId: department!.id };
});
afterAll(() => platform.close());

/** A request over a real socket, the path sent byte for byte as given (no URL normalisation). */
function raw(method: string, path: string, body: unknown, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const payload = JSON.stringify(body);
    const req = httpRequest(
      `${origin}/`,
      {
        method,
        path,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(payload),
          ...headers,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }));
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

const VARIANTS = (path: string) => [
  path.replace('/api/', '/%61pi/'),
  path.replace('/api/', '/%61%70%69/'),
  path.replace('/api/', '/%2561pi/'),
  `/${path}`,
  path.replace('/api/', '/api/../api/'),
  path.replace('/api/', '/x/../api/'),
  path.replace('/api/', '/api/./'),
  path.replace('/api/', '/api//'),
  path.replace('/api/', '/API/'),
  path.replace('/api/', '/Api/'),
  path.replace(/\/([a-z])/, (_, c: string) => `/%${c.charCodeAt(0).toString(16).toUpperCase()}`),
  path.replace('sign-in', '%73ign-in').replace('register', '%72egister'),
];

describe('a state-changing request without a CSRF token, whatever the path spelling', () => {
  it('refuses sign-in at every spelling of /api/auth/sign-in (403 or 404, never a session)', async () => {
    for (const path of VARIANTS('/api/auth/sign-in')) {
      const response = await raw('POST', path, { username: 'admin', password: DEMO_PASSWORD });
      expect([403, 404], `${path}: ${response.status} ${response.body}`).toContain(response.status);
      expect(response.body).not.toContain('csrfToken');
    }
  });

  it('refuses registration at every spelling of /api/organisations/register', async () => {
    for (const [i, path] of VARIANTS('/api/organisations/register').entries()) {
      const body = registration({ ...scope, username: `pathvariant${i}` });
      const response = await raw('POST', path, body);
      expect([403, 404], `${path}: ${response.status} ${response.body}`).toContain(response.status);
    }
    const made = await platform.db.query("SELECT 1 FROM users WHERE username LIKE 'pathvariant%'");
    expect(made).toHaveLength(0);
  });

  it('refuses the same through the in-process client (light-my-request normalises differently)', async () => {
    for (const path of VARIANTS('/api/auth/sign-in')) {
      const response = await platform.app.inject({
        method: 'POST',
        url: path,
        payload: { username: 'admin', password: DEMO_PASSWORD },
      });
      expect([403, 404], `${path}: ${response.statusCode} ${response.body}`).toContain(response.statusCode);
    }
  });

  it('still signs in at the plain path with the token, and an encoded path then carries the session', async () => {
    const client = platform.client();
    expect((await client.signIn('admin', DEMO_PASSWORD)).statusCode).toBe(200);
    const encoded = await client.get('/%61pi/auth/session');
    expect(encoded.statusCode).toBe(200);
    expect(encoded.json().user?.username).toBe('admin');
  });
});
