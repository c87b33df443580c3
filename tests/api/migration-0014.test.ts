import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyApplicationForm } from '../../src/applications/core/application-form.js';
import type { Database } from '../../src/platform/db/database.js';
import { seedDemo } from '../../src/demo/seed-demo.js';
import { registerCatalogue } from '../../src/programmes/register-catalogue.js';
import { creditCode, seedAcceptedApplication, seedPublishedCycle } from './support/seed-by-state.js';
import { createTestDatabase } from './support/test-database.js';

/**
 * The data steps of 0014 (after its table), run again over rows as an older release left them:
 * answers, overrides and acknowledgements keyed by Jinshui's article numbers (`art8.1` …).
 */
const sql = readFileSync(new URL('../../migrations/0014_rules_versions.sql', import.meta.url), 'utf8');
const dataSteps = sql.slice(sql.indexOf('CREATE TEMPORARY TABLE legacy_rule_keys'));

let db: Database;
let drop: () => Promise<void>;
beforeAll(async () => {
  ({ db, drop } = await createTestDatabase());
  await registerCatalogue(db);
  await seedDemo(db);
});
afterAll(() => drop());

describe('migration 0014 on an older installation', () => {
  it('renames the legacy clause keys of answers and decisions to rule kinds, and keeps the rest', async () => {
    const cycleId = await seedPublishedCycle(db, 2030);
    const { applicationId } = await seedAcceptedApplication(db, cycleId, {
      name: '旧数据单位',
      creditCode: creditCode(7014),
    });
    const legacyForm = {
      ...emptyApplicationForm(),
      declarations: {
        'art8.1': { compliant: true, note: '已满五年', fileIds: [] },
        'art9.5': { compliant: false, note: '', fileIds: ['f1'] },
      },
    };
    const decision = {
      overrides: [{ key: 'art9.5', verdict: 'pass', reason: '认定已撤销' }],
      acknowledgements: [{ key: 'art8.3', note: '已核实检验报告' }],
    };
    const [office] = await db.query<{ id: string }>(
      `SELECT u.id::text AS id FROM users u WHERE u.username = 'office'`,
    );
    await db.query(`UPDATE applications SET form = $2, last_decision = $3 WHERE id = $1`, [
      applicationId,
      JSON.stringify(legacyForm),
      JSON.stringify({ decision: 'accepted', note: '', ...decision }),
    ]);
    await db.query(
      `INSERT INTO application_decisions (application_id, decision, overrides, acknowledgements, decided_by, decided_at)
       VALUES ($1, 'accepted', $2, $3, $4, now())`,
      [
        applicationId,
        JSON.stringify(decision.overrides),
        JSON.stringify(decision.acknowledgements),
        office!.id,
      ],
    );

    await db.exec(dataSteps);
    await db.exec(dataSteps); // a second run changes nothing more

    const [application] = await db.query<{ form: typeof legacyForm; last_decision: typeof decision }>(
      'SELECT form, last_decision FROM applications WHERE id = $1',
      [applicationId],
    );
    expect(application!.form.declarations).toEqual({
      'years-operating': { compliant: true, note: '已满五年', fileIds: [] },
      'award-fraud': { compliant: false, note: '', fileIds: ['f1'] },
    });
    expect(application!.form.overview).toBe(legacyForm.overview);
    expect(application!.last_decision).toMatchObject({
      decision: 'accepted',
      overrides: [{ key: 'award-fraud', verdict: 'pass', reason: '认定已撤销' }],
      acknowledgements: [{ key: 'no-major-accident', note: '已核实检验报告' }],
    });
    const [stored] = await db.query<{ overrides: unknown; acknowledgements: unknown }>(
      'SELECT overrides, acknowledgements FROM application_decisions WHERE application_id = $1',
      [applicationId],
    );
    expect(stored).toEqual({
      overrides: [{ key: 'award-fraud', verdict: 'pass', reason: '认定已撤销' }],
      acknowledgements: [{ key: 'no-major-accident', note: '已核实检验报告' }],
    });
  });
});
