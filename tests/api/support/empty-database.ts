import { randomBytes } from 'node:crypto';
import pg from 'pg';

/**
 * A new, empty database (not migrated) on the PostgreSQL server named by TEST_DATABASE_URL, for
 * starting whole platforms against it; `drop` removes it. Undefined on the embedded engine.
 */
export async function createEmptyServerDatabase(): Promise<
  { url: string; drop: () => Promise<void> } | undefined
> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) return undefined;
  const name = `qa_empty_${randomBytes(6).toString('hex')}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    await client.query(sql);
    await client.end();
  };
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}
