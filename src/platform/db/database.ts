/**
 * One SQL dialect (PostgreSQL), two engines: embedded PGlite by default, a PostgreSQL server
 * when DATABASE_URL is set. Repositories see only this interface.
 */
export type DatabaseEngine = 'pglite' | 'postgresql';

export type Row = Record<string, unknown>;

export interface Queryable {
  query<T extends Row = Row>(sql: string, params?: readonly unknown[]): Promise<T[]>;
}

export interface Transaction extends Queryable {
  /** Runs a script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export interface Database extends Transaction {
  readonly engine: DatabaseEngine;
  /** Runs `work` in one transaction: everything it wrote commits together, or nothing does. */
  transaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** PostgreSQL type OIDs whose default parsing differs between the engines. */
export const INT8_OID = 20;
export const NUMERIC_OID = 1700;

export async function queryOne<T extends Row>(
  db: Queryable,
  sql: string,
  params?: readonly unknown[],
): Promise<T | undefined> {
  const rows = await db.query<T>(sql, params);
  return rows[0];
}

/** Whether a database error is a unique-constraint violation (two requests racing to create one thing). */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505';
}
