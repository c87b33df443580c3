import type { Queryable } from './database.js';

/** A role or table name as an SQL identifier, quoted (GRANT takes no parameters). */
export function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

export interface TableGrants {
  /** The application may read, add, change and delete rows (no TRUNCATE, no DDL). */
  mutable: string[];
  /** Tables that refuse TRUNCATE by trigger (the append-only convention): SELECT and INSERT only. */
  appendOnly: string[];
}

/**
 * The tables of schema `public` by what the application may do to them. A table is append-only
 * when an enabled BEFORE TRUNCATE trigger refuses TRUNCATE on it (migrations declare it that
 * way, see 0008_audit_protection.sql); `schema_migrations` is read-only and listed in neither.
 */
export async function classifyTables(db: Queryable): Promise<TableGrants> {
  // pg_trigger.tgtype bits: 2 = BEFORE, 32 = TRUNCATE.
  const rows = await db.query<{ name: string; append_only: boolean }>(
    `SELECT c.relname AS name,
       EXISTS (SELECT 1 FROM pg_trigger t WHERE t.tgrelid = c.oid AND NOT t.tgisinternal
               AND t.tgenabled <> 'D' AND (t.tgtype & 34) = 34) AS append_only
     FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND c.relname <> 'schema_migrations'
     ORDER BY c.relname`,
  );
  return {
    mutable: rows.filter((r) => !r.append_only).map((r) => r.name),
    appendOnly: rows.filter((r) => r.append_only).map((r) => r.name),
  };
}

/**
 * Gives the application's role exactly what it needs, run by the role that owns the tables
 * after migrating (each start, so new tables are covered): SELECT/INSERT/UPDATE/DELETE on the
 * ordinary tables, SELECT/INSERT on the append-only ones, SELECT on schema_migrations, the
 * identity sequences. Never TRUNCATE, never ownership, so it can neither empty a log nor switch
 * a trigger off. Whatever it had before is revoked first, so the grants converge.
 */
export async function grantApplicationRole(owner: Queryable, role: string): Promise<TableGrants> {
  const [me] = await owner.query<{ user: string }>('SELECT current_user AS user');
  if (me?.user === role) {
    throw new Error(`the application's role ${role} is the one that migrates: it would own its tables`);
  }
  const who = quoteIdentifier(role);
  const tables = await classifyTables(owner);
  const list = (names: string[]) => names.map(quoteIdentifier).join(', ');
  await owner.query(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${who}`);
  await owner.query(`REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM ${who}`);
  await owner.query(`GRANT USAGE ON SCHEMA public TO ${who}`);
  await owner.query(`GRANT SELECT ON schema_migrations TO ${who}`);
  if (tables.mutable.length > 0) {
    await owner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ${list(tables.mutable)} TO ${who}`);
  }
  if (tables.appendOnly.length > 0) {
    await owner.query(`GRANT SELECT, INSERT ON ${list(tables.appendOnly)} TO ${who}`);
  }
  await owner.query(`GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO ${who}`);
  return tables;
}

/**
 * Why the connected role could alter the logs despite their triggers: it is a superuser, or it
 * owns an append-only table (and so may disable its triggers). Empty when it can do neither.
 */
export async function ownershipProblems(db: Queryable): Promise<string[]> {
  const rows = await db.query<{ superuser: boolean; owned: string[] | null }>(
    `SELECT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AS superuser,
       (SELECT array_agg(tablename::text ORDER BY tablename) FROM pg_tables
        WHERE schemaname = 'public' AND tableowner = current_user) AS owned`,
  );
  const row = rows[0];
  const problems: string[] = [];
  if (row?.superuser) problems.push('it is a superuser');
  if (row?.owned?.length)
    problems.push(`it owns ${row.owned.length} tables (${row.owned.slice(0, 3).join(', ')}…)`);
  return problems;
}
