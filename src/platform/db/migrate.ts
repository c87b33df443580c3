import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Database } from './database.js';
import { grantApplicationRole } from './grants.js';

export const MIGRATIONS_DIR = fileURLToPath(new URL('../../../migrations/', import.meta.url));

export interface Migration {
  name: string;
  sql: string;
}

/** Forward-only migrations: `migrations/NNNN_name.sql`, applied in name order, each once. */
export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((file) => /^\d{4}_[a-z0-9_]+\.sql$/.test(file))
    .sort()
    .map((file) => ({ name: file.replace(/\.sql$/, ''), sql: readFileSync(dir + file, 'utf8') }));
}

// An arbitrary constant: several servers starting at once take turns migrating.
const MIGRATION_LOCK = 7_241_011;

export interface MigrateOptions {
  /**
   * The application's role, when it is not the one migrating (MIGRATION_DATABASE_URL): granted
   * what it needs in the same transaction, under the same lock, so instances starting together
   * do not grant over each other.
   */
  grantTo?: string | undefined;
}

/** Applies pending migrations; returns the names applied now. */
export async function migrate(
  db: Database,
  migrations = readMigrations(),
  options: MigrateOptions = {},
): Promise<string[]> {
  return db.transaction(async (tx) => {
    // The lock comes first: two servers creating the table at once collide in the catalogue.
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      name text PRIMARY KEY,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const done = new Set(
      (await tx.query<{ name: string }>('SELECT name FROM schema_migrations')).map((r) => r.name),
    );
    const applied: string[] = [];
    for (const migration of migrations) {
      if (done.has(migration.name)) continue;
      await tx.exec(migration.sql);
      await tx.query('INSERT INTO schema_migrations (name) VALUES ($1)', [migration.name]);
      applied.push(migration.name);
    }
    if (options.grantTo) await grantApplicationRole(tx, options.grantTo);
    return applied;
  });
}

export async function migrationLevel(db: Database): Promise<{ latest: string | null; applied: number }> {
  const rows = await db.query<{ name: string }>('SELECT name FROM schema_migrations ORDER BY name');
  return { latest: rows.at(-1)?.name ?? null, applied: rows.length };
}
