import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import type { Database, Row, Transaction } from './database.js';
import { INT8_OID } from './database.js';

type PgliteTarget = Pick<PGlite, 'query' | 'exec'>;

/** Embedded PostgreSQL (PGlite, WebAssembly). `dataDir` undefined keeps it in memory (tests). */
export async function openPgliteDatabase(dataDir: string | undefined): Promise<Database> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const pg = await PGlite.create(dataDir, {
    parsers: { [INT8_OID]: (value: string) => Number(value) },
  });
  const wrap = (target: PgliteTarget): Transaction => ({
    async query<T extends Row>(sql: string, params?: readonly unknown[]) {
      const result = await target.query<T>(sql, params ? [...params] : undefined);
      return result.rows;
    },
    async exec(sql) {
      await target.exec(sql);
    },
  });
  return {
    engine: 'pglite',
    ...wrap(pg),
    transaction: (work) => pg.transaction((tx) => work(wrap(tx))),
    close: () => pg.close(),
  };
}
