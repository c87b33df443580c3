import pg from 'pg';
import type { Database, Row, Transaction } from './database.js';
import { INT8_OID } from './database.js';

pg.types.setTypeParser(INT8_OID, (value: string) => Number(value));

/** A PostgreSQL server reached by connection string; the same SQL and migrations as PGlite. */
export async function openPostgresDatabase(connectionString: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString, max: 10 });
  // An idle connection the server closes (restart, failover, an administrator) must not take the
  // process down: the pool drops it and opens a new one on demand.
  pool.on('error', (error) => console.error(`PostgreSQL: idle connection lost: ${error.message}`));
  // Fail at start, not at the first request, when the server is unreachable.
  const probe = await pool.connect();
  probe.release();
  const wrap = (target: pg.Pool | pg.PoolClient): Transaction => ({
    async query<T extends Row>(sql: string, params?: readonly unknown[]) {
      const result = await target.query<T>(sql, params ? [...params] : undefined);
      return result.rows;
    },
    async exec(sql) {
      await target.query(sql);
    },
  });
  return {
    engine: 'postgresql',
    ...wrap(pool),
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(wrap(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
