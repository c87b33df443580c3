import { emptyApplicationForm } from '../../../src/applications/core/application-form.js';
import type { ApplicationStatus } from '../../../src/applications/core/application-status.js';
import type { Database } from '../../../src/platform/db/database.js';
import { creditCode } from './seed-by-state.js';

/** The town and department of the demo endorsers (`town`, `dept`). */
export async function endorserScope(db: Database): Promise<{ townId: number; departmentId: number }> {
  const [row] = await db.query<{ town_id: number; department_id: number }>(
    `SELECT (SELECT town_id FROM user_roles r JOIN users u ON u.id = r.user_id WHERE u.username = 'town') AS town_id,
            (SELECT department_id FROM user_roles r JOIN users u ON u.id = r.user_id WHERE u.username = 'dept') AS department_id`,
  );
  return { townId: row!.town_id, departmentId: row!.department_id };
}

/**
 * Seeds `count` organisations of the given town and department, each with an application in
 * `status` (Documenso's seed-by-state), numbered from `from` so several calls do not collide.
 */
export async function seedApplicationsIn(
  db: Database,
  cycleId: string,
  status: ApplicationStatus,
  scope: { townId: number; departmentId: number },
  count: number,
  from = 100,
): Promise<string[]> {
  const ids: string[] = [];
  for (let n = from; n < from + count; n++) {
    const [org] = await db.query<{ id: string }>(
      `INSERT INTO organisations (credit_code, name, kind, address, town_id, department_id, legal_representative,
         industry, registration_date, contact_name, contact_phone)
       VALUES ($1, $2, 'enterprise', '郑州市金水区', $3, $4, '法人', 'C', '2010-01-01', '联系人', '0371-60000000')
       RETURNING id::text AS id`,
      [creditCode(n), `并发测试企业${n}`, scope.townId, scope.departmentId],
    );
    const [application] = await db.query<{ id: string }>(
      `INSERT INTO applications (cycle_id, organisation_id, status, form) VALUES ($1, $2, $3, $4)
       RETURNING id::text AS id`,
      [cycleId, org!.id, status, JSON.stringify(emptyApplicationForm())],
    );
    ids.push(application!.id);
  }
  return ids;
}

/** How many audit entries of `action` a record has. */
export async function auditCount(db: Database, action: string, recordId?: string): Promise<number> {
  const [row] = await db.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM audit_log WHERE action = $1 AND ($2::text IS NULL OR record_id = $2)',
    [action, recordId ?? null],
  );
  return row!.n;
}

/** Counts answers by status code: `{ 200: 1, 409: 1 }`. */
export function statusTally(responses: readonly { statusCode: number }[]): Record<number, number> {
  const tally: Record<number, number> = {};
  for (const r of responses) tally[r.statusCode] = (tally[r.statusCode] ?? 0) + 1;
  return tally;
}
