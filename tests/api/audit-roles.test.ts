import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/platform/config/config.js';
import { FileStorage } from '../../src/platform/files/file-storage.js';
import { ownershipProblems } from '../../src/platform/db/grants.js';
import { openDatabase } from '../../src/platform/db/open-database.js';
import { buildApp, type App } from '../../src/server/build-app.js';
import { startPlatform, type RunningPlatform } from '../../src/server/start.js';
import { createEmptyServerDatabase } from './support/empty-database.js';
import { DEMO_PASSWORD, TestClient, UNREACHABLE_RATE_LIMITS } from './support/test-platform.js';

/**
 * The application as a role that does not own its tables (MIGRATION_DATABASE_URL for the owner,
 * DATABASE_URL for the application): it works, and it cannot empty, alter or unprotect the logs.
 * PostgreSQL only: PGlite is one embedded user with no roles to speak of, so there the triggers
 * (tests/api/audit-tamper.test.ts) and the published heads are the protection.
 */
const serverUrl = process.env.TEST_DATABASE_URL;

describe.skipIf(!serverUrl)('the application’s database role (PostgreSQL)', () => {
  let server: { url: string; drop: () => Promise<void> };
  let platform: RunningPlatform;
  let app: App;
  let filesRoot: string;
  let role: string;
  let createdRole = false;
  let appClient: pg.Client;

  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };

  beforeAll(async () => {
    server = (await createEmptyServerDatabase())!;
    // scripts/with-postgres.sh makes one (TEST_APP_ROLE); against another server, make our own.
    role = process.env.TEST_APP_ROLE ?? `qa_app_${randomBytes(4).toString('hex')}`;
    if (!process.env.TEST_APP_ROLE) {
      await admin(`CREATE ROLE ${role} LOGIN`);
      createdRole = true;
    }
    const appUrl = new URL(server.url);
    appUrl.username = role;
    platform = await startPlatform({
      databaseUrl: appUrl.toString(),
      migrationDatabaseUrl: server.url,
      port: 0,
      quiet: true,
      seedDemo: true,
    });
    filesRoot = await mkdtemp(join(tmpdir(), 'qa-roles-files-'));
    const config = { ...loadConfig({}), logLevel: 'silent' as const, ...UNREACHABLE_RATE_LIMITS };
    app = await buildApp(
      { db: platform.db, config, clock: () => new Date(), files: new FileStorage(filesRoot) },
      { checkResponseSchemas: true },
    );
    await app.ready();
    appClient = new pg.Client({ connectionString: appUrl.toString() });
    await appClient.connect();
  });

  afterAll(async () => {
    await appClient?.end();
    await app?.close();
    await platform?.close();
    await server?.drop();
    if (createdRole) await admin(`DROP ROLE IF EXISTS ${role}`);
    if (filesRoot) await rm(filesRoot, { recursive: true, force: true });
  });

  it('starts with migrations as the owner, the catalogue and demo data as the application', async () => {
    expect(platform.migrationsApplied.length).toBeGreaterThan(0);
    expect(platform.databaseRoleProblems).toEqual([]);
    const [me] = await platform.db.query<{ role: string }>('SELECT current_user AS role');
    expect(me!.role).toBe(role);
    // The one-URL default (here the superuser that owns everything) is named for what it is.
    const owner = await openDatabase({ databaseUrl: server.url });
    try {
      expect(await ownershipProblems(owner)).toEqual([
        'it is a superuser',
        expect.stringMatching(/^it owns \d+ tables/),
      ]);
    } finally {
      await owner.close();
    }
  });

  it('works as that role: signs in, changes, audits, verifies and publishes the head', async () => {
    const office = new TestClient(app, 'zh-CN');
    expect((await office.signIn('admin', DEMO_PASSWORD)).statusCode).toBe(200);
    const created = await office.post('/api/reference/towns', {
      code: 'T90',
      name: { zh: '测试街道', en: 'Test Sub-district' },
    });
    expect(created.statusCode).toBe(201);
    expect((await office.post('/api/auth/sign-out')).statusCode).toBe(204);
    const auditor = new TestClient(app, 'en');
    await auditor.signIn('auditor', DEMO_PASSWORD);
    const verdict = (await auditor.get('/api/audit/verification')).json();
    expect(verdict).toMatchObject({ ok: true });
    expect(verdict.checked).toBeGreaterThan(10);
    // The start published today's head as the application's role.
    const heads = (await auditor.get('/api/public/audit-heads')).json().items;
    expect(heads).toHaveLength(1);
  });

  const refusedAsApp = async (sql: string) => {
    await expect(appClient.query(sql)).rejects.toThrow(/permission denied|must be owner/);
  };

  const UPDATABLE_COLUMN: Record<string, string> = {
    audit_log: 'hash',
    access_log: 'event',
    audit_heads: 'hash',
    draw_results: 'outcome',
  };
  for (const table of ['audit_log', 'access_log', 'audit_heads', 'draw_results']) {
    it(`cannot TRUNCATE, DELETE, UPDATE or switch off the triggers of ${table}`, async () => {
      await refusedAsApp(`TRUNCATE ${table}`);
      await refusedAsApp(`DELETE FROM ${table}`);
      await refusedAsApp(`UPDATE ${table} SET ${UPDATABLE_COLUMN[table]} = ${UPDATABLE_COLUMN[table]}`);
      await refusedAsApp(`ALTER TABLE ${table} DISABLE TRIGGER ALL`);
      await refusedAsApp(`ALTER TABLE ${table} DISABLE TRIGGER USER`);
      await refusedAsApp(`DROP TABLE ${table}`);
      await refusedAsApp(`ALTER TABLE ${table} OWNER TO ${role}`);
    });
  }

  it('cannot switch triggers off for its session, nor truncate an ordinary table', async () => {
    await refusedAsApp('SET session_replication_role = replica');
    await refusedAsApp('TRUNCATE sessions');
    await refusedAsApp('DROP FUNCTION refuse_truncate() CASCADE');
    await refusedAsApp('DELETE FROM schema_migrations');
  });
});
