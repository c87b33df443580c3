import type { Database, Transaction } from '../../../src/platform/db/database.js';

/** A Database that counts the SQL statements sent through it, in transactions or not. */
export interface CountingDatabase extends Database {
  readonly statements: number;
  /** Rows the statements returned, all told. */
  readonly rows: number;
  /** The statements sent while `work` ran. */
  count(work: () => Promise<unknown>): Promise<number>;
  /** The rows read while `work` ran. */
  countRows(work: () => Promise<unknown>): Promise<number>;
}

export function countingDatabase(db: Database): CountingDatabase {
  let statements = 0;
  let rows = 0;
  const counted = async <T>(result: Promise<T[]>) => {
    const read = await result;
    rows += read.length;
    return read;
  };
  const countingTx = (tx: Transaction): Transaction => ({
    query: (sql, params) => {
      statements++;
      return counted(tx.query(sql, params));
    },
    exec: (sql) => {
      statements++;
      return tx.exec(sql);
    },
  });
  return {
    get engine() {
      return db.engine;
    },
    get statements() {
      return statements;
    },
    get rows() {
      return rows;
    },
    query: (sql, params) => {
      statements++;
      return counted(db.query(sql, params));
    },
    exec: (sql) => {
      statements++;
      return db.exec(sql);
    },
    transaction: (work) => db.transaction((tx) => work(countingTx(tx))),
    close: () => db.close(),
    async count(work) {
      const before = statements;
      await work();
      return statements - before;
    },
    async countRows(work) {
      const before = rows;
      await work();
      return rows - before;
    },
  };
}
