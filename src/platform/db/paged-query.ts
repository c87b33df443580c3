import type { Queryable, Row } from './database.js';

export interface PageWindow {
  offset: number;
  pageSize: number;
}

/**
 * One page of a query's rows and the number of rows in all pages, in one statement: the count
 * rides on each row (`count(*) OVER ()`). Only a page past the end, which has no row to carry
 * it, costs a second statement. `orderBy` names output columns of `sql`, ending with a unique
 * one so that pages neither overlap nor skip.
 */
export async function pagedQuery<T extends Row>(
  db: Queryable,
  sql: string,
  params: readonly unknown[],
  orderBy: string,
  page: PageWindow,
): Promise<{ rows: T[]; total: number }> {
  const n = params.length;
  const rows = await db.query<T & { page_total__: string | number }>(
    `SELECT count(*) OVER () AS page_total__, page.* FROM (${sql}) page
     ORDER BY ${orderBy} LIMIT $${n + 1} OFFSET $${n + 2}`,
    [...params, page.pageSize, page.offset],
  );
  if (rows[0]) return { rows, total: Number(rows[0].page_total__) };
  if (page.offset === 0) return { rows: [], total: 0 };
  const counted = await db.query<{ total: string | number }>(
    `SELECT count(*) AS total FROM (${sql}) page`,
    params,
  );
  return { rows: [], total: Number(counted[0]?.total ?? 0) };
}
