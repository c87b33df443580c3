import { describe, expect, it } from 'vitest';
import { initialiseInstallation } from '../../src/accounts/use-cases/initialise-installation.js';
import { DEMO_PASSWORD } from '../../src/demo/seed-demo.js';
import { startPlatform } from '../../src/server/start.js';
import { createEmptyServerDatabase } from './support/empty-database.js';

/** A server installation (issue 16.1): no demo data, no published password. */
async function installation() {
  const server = await createEmptyServerDatabase();
  const platform = await startPlatform({
    databaseUrl: server?.url,
    port: 0,
    host: '127.0.0.1',
    quiet: true,
    seedDemo: false,
  });
  return {
    platform,
    close: async () => {
      await platform.close();
      await server?.drop();
    },
  };
}

async function post(url: string, path: string, body: unknown, cookie = '') {
  const session = await fetch(`${url}/api/auth/session`, { headers: { cookie } });
  const csrf = (await session.json()) as { csrfToken: string };
  const csrfCookie = session.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return fetch(`${url}${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-csrf-token': csrf.csrfToken,
      cookie: [cookie, csrfCookie].filter(Boolean).join('; '),
    },
    body: JSON.stringify(body),
  });
}

describe('a server installation', () => {
  it('starts with an administrator and an auditor, no demo data, and a setup code for each', async () => {
    const { platform, close } = await installation();
    try {
      expect(platform.demoSeeded).toBe(false);
      const users = await platform.db.query<{ username: string; password_hash: string }>(
        'SELECT username, password_hash FROM users ORDER BY username',
      );
      expect(users.map((u) => u.username)).toEqual(['admin', 'auditor']);
      expect(users.every((u) => u.password_hash === '!unset')).toBe(true);
      const [organisations] = await platform.db.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM organisations',
      );
      expect(organisations!.n).toBe(0);
      expect(platform.setupCodes.map((s) => [s.username, s.role])).toEqual([
        ['admin', 'system_admin'],
        ['auditor', 'auditor'],
      ]);

      // The README's password opens nothing; the setup code lets the administrator set their own.
      const demo = await post(platform.url, '/api/auth/sign-in', {
        username: 'admin',
        password: DEMO_PASSWORD,
      });
      expect(demo.status).toBe(401);
      const admin = platform.setupCodes[0]!;
      const weak = await post(platform.url, '/api/auth/activate', {
        username: 'admin',
        code: admin.code,
        newPassword: DEMO_PASSWORD,
      });
      expect(((await weak.json()) as { code: string }).code).toBe('auth/password-policy');
      const set = await post(platform.url, '/api/auth/activate', {
        username: 'admin',
        code: admin.code,
        newPassword: 'Lantern-Copper-Quilt-71',
      });
      expect(set.status).toBe(204);
      const signedIn = await post(platform.url, '/api/auth/sign-in', {
        username: 'admin',
        password: 'Lantern-Copper-Quilt-71',
      });
      expect(signedIn.status).toBe(200);
      const trail = await platform.db.query<{ action: string }>('SELECT action FROM audit_log ORDER BY id');
      expect(trail.map((t) => t.action)).toEqual(
        expect.arrayContaining(['account.created', 'account.setup-issued', 'account.set-up']),
      );
    } finally {
      await close();
    }
  });

  it('issues a new setup code with admin:init, voiding the old password; the auditor only once', async () => {
    const { platform, close } = await installation();
    try {
      const [auditorCode] = platform.setupCodes.filter((s) => s.role === 'auditor');
      const set = await post(platform.url, '/api/auth/activate', {
        username: 'auditor',
        code: auditorCode!.code,
        newPassword: 'Walnut-Harbour-Signal-38',
      });
      expect(set.status).toBe(204);
      const config = { activationCodeHours: 72 };
      const [renewed] = await initialiseInstallation(platform.db, config, new Date(), {
        roles: ['system_admin'],
        onlyIfEmpty: false,
      });
      expect(renewed!.username).toBe('admin');
      const old = platform.setupCodes.find((s) => s.role === 'system_admin')!;
      const stale = await post(platform.url, '/api/auth/activate', {
        username: 'admin',
        code: old.code,
        newPassword: 'Lantern-Copper-Quilt-71',
      });
      expect(stale.status).toBe(400);
      // Whoever runs admin:init on the server must not take an auditor's account once one exists.
      await expect(
        initialiseInstallation(platform.db, config, new Date(), { roles: ['auditor'], onlyIfEmpty: false }),
      ).rejects.toThrow(/auditor has already set a password/);
      // A second start changes nothing: the accounts exist.
      expect(
        await initialiseInstallation(platform.db, config, new Date(), {
          roles: ['system_admin', 'auditor'],
          onlyIfEmpty: true,
        }),
      ).toEqual([]);
    } finally {
      await close();
    }
  });
});
