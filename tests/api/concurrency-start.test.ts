import { describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, seedDemo, ZHENGZHOU_LOCALITIES } from '../../src/demo/seed-demo.js';
import { jinshui2011 } from '../../src/programmes/versions/jinshui-2011.js';
import type { Database } from '../../src/platform/db/database.js';
import { migrate, readMigrations } from '../../src/platform/db/migrate.js';
import { openDatabase } from '../../src/platform/db/open-database.js';
import { registerCatalogue } from '../../src/programmes/register-catalogue.js';
import { startPlatform } from '../../src/server/start.js';
import { createEmptyServerDatabase } from './support/empty-database.js';

async function counts(db: Database) {
  const [row] = await db.query<Record<string, number>>(
    `SELECT (SELECT count(*)::int FROM schema_migrations) AS migrations,
            (SELECT count(*)::int FROM catalogue_versions) AS catalogue,
            (SELECT count(*)::int FROM rules_versions) AS rules,
            (SELECT count(*)::int FROM audit_log WHERE action = 'rules-version.registered') AS rules_audited,
            (SELECT count(*)::int FROM users) AS users,
            (SELECT count(*)::int FROM towns) AS towns,
            (SELECT count(*)::int FROM organisations) AS organisations,
            (SELECT count(*)::int FROM experts) AS experts,
            (SELECT count(*)::int FROM audit_log WHERE action = 'account.created') AS accounts_audited`,
  );
  return row!;
}

describe('two instances starting together on one database', () => {
  it('both start; migrations, catalogue and demo data land once', async () => {
    const server = await createEmptyServerDatabase();
    if (server) {
      // Two whole platforms, as two processes behind a load balancer would start.
      try {
        const options = { databaseUrl: server.url, port: 0, quiet: true, seedDemo: true } as const;
        const [a, b] = await Promise.all([startPlatform(options), startPlatform(options)]);
        try {
          expect([a.migrationsApplied.length, b.migrationsApplied.length].sort()).toEqual([
            0,
            readMigrations().length,
          ]);
          expect([a.demoSeeded, b.demoSeeded].sort()).toEqual([false, true]);
          expect(await counts(a.db)).toMatchObject(once);
        } finally {
          await Promise.all([a.close(), b.close()]);
        }
      } finally {
        await server.drop();
      }
      return;
    }
    // The embedded engine has one connection per process: the same start steps twice at once.
    const db = await openDatabase({});
    try {
      const start = async () => {
        const applied = await migrate(db);
        await registerCatalogue(db);
        return { applied: applied.length, seeded: await seedDemo(db) };
      };
      const results = await Promise.all([start(), start()]);
      expect(results.map((r) => r.applied).sort()).toEqual([0, readMigrations().length]);
      expect(results.map((r) => r.seeded).sort()).toEqual([false, true]);
      expect(await counts(db)).toMatchObject(once);
    } finally {
      await db.close();
    }
  });
});

/** What one start leaves: every migration once, the demo data once. */
const once = {
  migrations: readMigrations().length,
  // The framework; the programmes' rules live in rules_versions: Jinshui 2011 and the demo's second programme.
  catalogue: 1,
  rules: 2,
  rules_audited: 2,
  // Jinshui's towns and the city programme's districts.
  towns: jinshui2011.localities.length + ZHENGZHOU_LOCALITIES.length,
  accounts_audited: DEMO_ACCOUNTS.length,
  organisations: 1,
};
