/**
 * `npx tsx bench/draw-freeze-api.ts` (in `npm run bench`): POST /api/panels/:id/freeze through
 * HTTP on the platform with embedded PGlite, with BENCH_FREEZE_EXPERTS experts (100,000) over the
 * 20 industry sections and BENCH_FREEZE_CONFLICTS confirmed conflicts (10,000), for panels of
 * 7 + 2 over two sections (~11,000 candidates each). Prints each freeze's wall time and the
 * process's CPU time beside it (the server runs in this process). Data is generated in SQL from
 * fixed rules. Targets are written beside each figure; tests never check timings.
 */
import { performance } from 'node:perf_hooks';
import { DEMO_PASSWORD } from '../src/demo/seed-demo.js';
import { INDUSTRY_SECTIONS } from '../src/organisations/core/organisation.js';
import { startPlatform } from '../src/server/start.js';
import {
  creditCode,
  seedAcceptedApplication,
  seedPublishedCycle,
} from '../tests/api/support/seed-by-state.js';
import { HttpSession } from './http-session.js';

const EXPERTS = Number(process.env.BENCH_FREEZE_EXPERTS ?? 100_000);
const CONFLICTS = Number(process.env.BENCH_FREEZE_CONFLICTS ?? 10_000);
const PANELS = 5;

const line = (name: string, value: string, target: string) =>
  console.info(`${name.padEnd(38)} ${value.padStart(22)}   target: ${target}`);

let start = performance.now();
const platform = await startPlatform({ port: 0, seedDemo: true, quiet: true, host: '127.0.0.1' });
try {
  const { db } = platform;
  // Experts E200001…: one section (two for 3 in 10), 15 % may lead, 2 % suspended, 0.5 %
  // disqualified, a third with a qualification (some expired), 5 % unavailable this cycle.
  await db.query(
    `INSERT INTO users (username, display_name, password_hash)
     SELECT 'bench-expert-' || i, '基准专家' || i, 'not-a-password' FROM generate_series(1, $1::int) i`,
    [EXPERTS],
  );
  await db.query(
    `INSERT INTO experts (programme_id, code, user_id, name, identity_number, employer, title, qualifications, industries,
       years_in_quality_work, region, phone, can_lead, status)
     SELECT 'jinshui', 'E' || lpad((200000 + i)::text, 6, '0'), u.id, u.display_name, 'BENCH' || i, '河南测试' || (i % 5000) || '公司',
       '高级工程师',
       CASE WHEN i % 3 = 0 THEN jsonb_build_array(jsonb_build_object('name', '卓越绩效评价师',
         'certificateNumber', 'C' || i, 'expiresOn', (2024 + i % 6)::text || '-06-30')) ELSE '[]'::jsonb END,
       CASE WHEN i % 10 < 3 THEN ARRAY[($2::text[])[1 + i % 20], ($2::text[])[1 + (i / 20) % 20]]
            ELSE ARRAY[($2::text[])[1 + i % 20]] END,
       10, '郑州', '13800000000', i % 20 < 3,
       CASE WHEN i % 200 = 7 THEN 'disqualified' WHEN i % 50 = 11 THEN 'suspended' ELSE 'active' END
     FROM generate_series(1, $1::int) i JOIN users u ON u.username = 'bench-expert-' || i`,
    [EXPERTS, [...INDUSTRY_SECTIONS]],
  );
  const cycle = { id: await seedPublishedCycle(db, 2030) };
  // 200 applicants with accepted applications; the first PANELS are reviewed by the panels.
  const applications: { id: string }[] = [];
  for (let i = 0; i < 200; i++) {
    const seeded = await seedAcceptedApplication(db, cycle.id, {
      name: `基准申报单位${i}有限公司`,
      creditCode: creditCode(9000 + i),
    });
    applications.push({ id: seeded.applicationId });
  }
  await db.query(
    `INSERT INTO expert_availability (expert_id, cycle_id, available)
     SELECT id, $1, false FROM experts WHERE code LIKE 'E2%' AND substr(code, 2)::int % 20 = 3`,
    [cycle.id],
  );
  // Conflicts over the installation's organisations, every one confirmed.
  await db.query(
    `WITH o AS (SELECT array_agg(id ORDER BY id) AS ids FROM organisations)
     INSERT INTO conflicts (expert_id, organisation_id, kind, source, status)
     SELECT e.id, o.ids[1 + (substr(e.code, 2)::int / 7) % array_length(o.ids, 1)], 'former_employer', 'office', 'confirmed'
     FROM (SELECT id, code FROM experts WHERE code LIKE 'E2%' ORDER BY code LIMIT $1) e, o`,
    [CONFLICTS],
  );
  const [counts] = await db.query<{ experts: number; conflicts: number }>(
    `SELECT (SELECT count(*)::int FROM experts) AS experts,
       (SELECT count(*)::int FROM conflicts WHERE status = 'confirmed') AS conflicts`,
  );
  line(
    `seed ${counts!.experts} experts, ${counts!.conflicts} conflicts`,
    `${((performance.now() - start) / 1000).toFixed(1)} s`,
    '(setup)',
  );

  const office = new HttpSession(platform.url);
  await office.signIn('office', DEMO_PASSWORD);
  const walls: number[] = [];
  for (let p = 0; p < PANELS; p++) {
    const sections = [INDUSTRY_SECTIONS[(2 + p) % 20]!, INDUSTRY_SECTIONS[(9 + p) % 20]!];
    const [panel] = await db.query<{ id: string }>(
      `INSERT INTO panels (cycle_id, name, industries, size, reserves) VALUES ($1, $2, $3, 7, 2)
       RETURNING id::text AS id`,
      [cycle.id, `基准评审组 ${p + 1}`, sections],
    );
    const application = applications[p];
    if (application) {
      await db.query('INSERT INTO panel_applications (panel_id, application_id) VALUES ($1, $2)', [
        panel!.id,
        application.id,
      ]);
    }
    const cpu = process.cpuUsage();
    start = performance.now();
    const response = await office.request('POST', `/api/panels/${panel!.id}/freeze`, {});
    const body = (await response.json()) as { draws: { poolDocument: { eligible: string[] } }[] };
    const wall = performance.now() - start;
    const used = process.cpuUsage(cpu);
    if (response.status !== 200) throw new Error(`freeze: ${response.status} ${JSON.stringify(body)}`);
    walls.push(wall);
    line(
      `API freeze #${p + 1} (${sections.join('+')}, ${body.draws[0]!.poolDocument.eligible.length} eligible)`,
      `${wall.toFixed(0)} ms (cpu ${((used.user + used.system) / 1000).toFixed(0)} ms)`,
      '< 200 ms',
    );
  }
  walls.sort((a, b) => a - b);
  line('API freeze, median of the runs', `${walls[Math.floor(walls.length / 2)]!.toFixed(0)} ms`, '< 200 ms');
} finally {
  await platform.close();
}
