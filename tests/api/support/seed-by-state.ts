import { emptyApplicationForm } from '../../../src/applications/core/application-form.js';
import { creditCodeCheckCharacter } from '../../../src/organisations/core/credit-code.js';
import type { Database } from '../../../src/platform/db/database.js';

/** A valid credit code registered in Jinshui District, numbered n. */
export function creditCode(n: number): string {
  const first17 = `91410105MA${String(n).padStart(6, '0')}X`;
  return first17 + creditCodeCheckCharacter(first17);
}

/** Seeds straight to a state (Documenso's seedPendingDocument): a published cycle open now. */
export async function seedPublishedCycle(db: Database, year = 2026): Promise<string> {
  const rows = await db.query<{ id: string }>(
    `INSERT INTO cycles (programme_id, rules_version_id, framework_id, year, stage, announcement_date, application_deadline, published_at)
     VALUES ('jinshui', 'jinshui-2011', 'gbt19580-2012', $1, 'published', now()::date - 10, now() + interval '30 days', now())
     RETURNING id::text AS id`,
    [year],
  );
  return rows[0]!.id;
}

/** An organisation with an application already accepted in the preliminary check. */
export async function seedAcceptedApplication(
  db: Database,
  cycleId: string,
  organisation: { name: string; creditCode: string },
): Promise<{ organisationId: string; applicationId: string }> {
  const [town] = await db.query<{ id: number }>('SELECT id FROM towns ORDER BY id LIMIT 1');
  const [department] = await db.query<{ id: number }>('SELECT id FROM departments ORDER BY id LIMIT 1');
  const [org] = await db.query<{ id: string }>(
    `INSERT INTO organisations (credit_code, name, kind, address, town_id, department_id, legal_representative, industry,
       registration_date, contact_name, contact_phone)
     VALUES ($1, $2, 'enterprise', '郑州市金水区', $3, $4, '法人', 'C', '2010-01-01', '联系人', '0371-60000000')
     RETURNING id::text AS id`,
    [organisation.creditCode, organisation.name, town!.id, department!.id],
  );
  const [application] = await db.query<{ id: string }>(
    `INSERT INTO applications (cycle_id, organisation_id, status, form) VALUES ($1, $2, 'accepted', $3)
     RETURNING id::text AS id`,
    [cycleId, org!.id, JSON.stringify(emptyApplicationForm())],
  );
  return { organisationId: org!.id, applicationId: application!.id };
}
