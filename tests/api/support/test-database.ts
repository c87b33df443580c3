import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Database } from '../../../src/platform/db/database.js';
import { migrate, readMigrations, type Migration } from '../../../src/platform/db/migrate.js';
import { openDatabase } from '../../../src/platform/db/open-database.js';

/**
 * A fresh, migrated database for one test file: in-memory PGlite by default, or a new database
 * on the PostgreSQL server named by TEST_DATABASE_URL (dropped again by `drop`). `db` is the
 * owner's connection (tests tamper through it); `appDb` is the application's: with TEST_APP_ROLE
 * (scripts/with-postgres.sh sets it) a role that owns nothing and has only the grants
 * `migrate` gives it, as production runs with MIGRATION_DATABASE_URL; otherwise `db` itself.
 */
export async function createTestDatabase(
  /** The migrations to apply: all by default; fewer to stand in for an older installation. */
  migrations: Migration[] = readMigrations(),
): Promise<{
  db: Database;
  appDb: Database;
  drop: () => Promise<void>;
}> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const db = await openDatabase({});
    await migrate(db, migrations);
    return { db, appDb: db, drop: () => db.close() };
  }
  const appRole = process.env.TEST_APP_ROLE || undefined;
  const name = `qa_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const db = await openDatabase({ databaseUrl: url.toString() });
  await migrate(db, migrations, { grantTo: appRole });
  let appDb = db;
  if (appRole) {
    url.username = appRole;
    appDb = await openDatabase({ databaseUrl: url.toString() });
  }
  return {
    db,
    appDb,
    drop: async () => {
      if (appDb !== db) await appDb.close();
      await db.close();
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}
