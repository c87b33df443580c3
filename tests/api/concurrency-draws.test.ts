import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activatedExpert } from './support/account-fixtures.js';
import { auditCount, statusTally } from './support/concurrency-fixtures.js';
import { expertProfile } from './support/expert-fixtures.js';
import { signedIn } from './support/scenario-steps.js';
import { creditCode, seedAcceptedApplication, seedPublishedCycle } from './support/seed-by-state.js';
import {
  createTestPlatform,
  UNREACHABLE_RATE_LIMITS,
  type TestClient,
  type TestPlatform,
} from './support/test-platform.js';

/**
 * The draw's edges under load (issues 15.3 and 16.4): many freezes, answers and replacements of
 * one panel at once. Each seat event and each commitment is decided under the panel's row lock,
 * so exactly one of a burst takes effect and every other answer is a 409, never a 500. Run on
 * PostgreSQL (TEST_DATABASE_URL); PGlite serialises and only checks the answers.
 */
let platform: TestPlatform;
let office: TestClient;
let panelId: string;
const experts = new Map<string, TestClient>();

beforeAll(async () => {
  platform = await createTestPlatform(UNREACHABLE_RATE_LIMITS);
  const cycleId = await seedPublishedCycle(platform.db);
  office = await signedIn(platform, 'office');
  const accepted = await seedAcceptedApplication(platform.db, cycleId, {
    name: '郑州并发抽取电力有限公司',
    creditCode: creditCode(700),
  });
  // Ten experts in power and utilities (D, empty in the demo pool); four may lead.
  for (let n = 701; n <= 710; n += 1) {
    const created = await office.post('/api/experts', expertProfile(n, { canLead: n <= 704 }));
    expect(created.statusCode, created.body).toBe(201);
    const { id, code } = created.json<{ id: string; code: string }>();
    experts.set(code, await activatedExpert(platform, office, id));
  }
  const plan = await office.post(`/api/cycles/${cycleId}/panels`, {
    name: '并发抽取电力组',
    industries: ['D'],
    applicationIds: [accepted.applicationId],
    size: 5,
    reserves: 2,
  });
  expect(plan.statusCode, plan.body).toBe(201);
  panelId = plan.json<{ id: string }>().id;
});
afterAll(() => platform.close());

const count = async (sql: string) => (await platform.db.query<{ n: number }>(sql, [panelId]))[0]!.n;
const commitments = () => count('SELECT count(*)::int AS n FROM draw_commitments WHERE panel_id = $1');
const seatEvents = (commitmentId: string) =>
  platform.db.query<{ kind: string; code: string }>(
    `SELECT e.kind, x.code FROM panel_events e JOIN experts x ON x.id = e.expert_id
     WHERE e.commitment_id = $1 ORDER BY e.id`,
    [commitmentId],
  );
const noServerErrors = (answers: { statusCode: number; body: string }[]) =>
  expect(
    answers.filter((a) => a.statusCode >= 500).map((a) => a.body),
    'no 5xx',
  ).toEqual([]);

let drawCount = 0;
async function draw(): Promise<{
  commitmentId: string;
  leader: string;
  members: string[];
  reserves: string[];
}> {
  drawCount += 1;
  const drawn = await office.post(`/api/panels/${panelId}/draw`, {
    publicValue: `2026年12月0${drawCount}日 福彩3D 第202632${drawCount}期 31${drawCount}`,
    supervisorName: '区纪委 王监督',
  });
  expect(drawn.statusCode, drawn.body).toBe(200);
  const outcome = drawn
    .json<{
      draws: { drawn: { outcome: { leader: string; members: string[]; reserves: string[] } } }[];
    }>()
    .draws.at(-1)!.drawn.outcome;
  const [commitment] = await platform.db.query<{ id: string }>(
    'SELECT id::text AS id FROM draw_commitments WHERE panel_id = $1 ORDER BY sequence DESC LIMIT 1',
    [panelId],
  );
  return { commitmentId: commitment!.id, ...outcome };
}

describe('a burst on one panel', () => {
  it('stores one commitment for 100 freezes at once; the other 99 are told 409', async () => {
    const staff = [office, await signedIn(platform, 'office'), await signedIn(platform, 'office')];
    const answers = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        staff[i % staff.length]!.post(`/api/panels/${panelId}/freeze`, {}),
      ),
    );
    noServerErrors(answers);
    expect(statusTally(answers)).toEqual({ 200: 1, 409: 99 });
    expect(await commitments()).toBe(1);
    expect(await auditCount(platform.db, 'draw.pool-frozen', panelId)).toBe(1);
  });

  it('stores one redraw for 50 redraws with a reason at once, and none without a reason', async () => {
    await draw();
    const staff = [office, await signedIn(platform, 'office')];
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        staff[i % staff.length]!.post(
          `/api/panels/${panelId}/freeze`,
          i % 5 === 0 ? {} : { reason: '专家回避，重新抽取' },
        ),
      ),
    );
    noServerErrors(answers);
    expect(statusTally(answers)[200]).toBe(1);
    expect(await commitments()).toBe(2);
    expect(await auditCount(platform.db, 'draw.pool-refrozen', panelId)).toBe(1);
  });

  it('draws once when 20 draws and 20 redraws arrive at once on a frozen pool', async () => {
    const before = await commitments();
    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        i % 2 === 0
          ? office.post(`/api/panels/${panelId}/draw`, {
              publicValue: '2026年12月09日 福彩3D 第2026329期 999',
              supervisorName: '区纪委 王监督',
            })
          : office.post(`/api/panels/${panelId}/freeze`, { reason: '再抽一次' }),
      ),
    );
    noServerErrors(answers);
    // Each commitment has at most one result, and at most one commitment awaits a draw.
    const results = await count(
      'SELECT count(*)::int AS n FROM draw_results r JOIN draw_commitments c ON c.id = r.commitment_id WHERE c.panel_id = $1',
    );
    const after = await commitments();
    expect(after - results).toBeLessThanOrEqual(1);
    expect(after).toBeGreaterThanOrEqual(before);
  });

  it('records exactly one answer per seat in 20 rounds of confirm and decline sent at once', async () => {
    let rounds = 0;
    while (rounds < 20) {
      const latest = (
        await platform.db.query<{ drawn: boolean }>(
          `SELECT EXISTS (SELECT 1 FROM draw_results r WHERE r.commitment_id = c.id) AS drawn
         FROM draw_commitments c WHERE panel_id = $1 ORDER BY sequence DESC LIMIT 1`,
          [panelId],
        )
      )[0]!;
      if (latest.drawn) {
        const refrozen = await office.post(`/api/panels/${panelId}/freeze`, { reason: `第 ${rounds} 轮` });
        expect(refrozen.statusCode, refrozen.body).toBe(200);
      }
      const { commitmentId, leader, members } = await draw();
      for (const code of [leader, ...members]) {
        const expert = experts.get(code)!;
        const url = `/api/my/panels/${commitmentId}/response`;
        const answers = await Promise.all([
          expert.post(url, { response: 'confirmed', reason: '' }),
          expert.post(url, { response: 'declined', reason: '与评审日期冲突' }),
          expert.post(url, { response: 'confirmed', reason: '' }),
          expert.post(url, { response: 'declined', reason: '与评审日期冲突' }),
        ]);
        noServerErrors(answers);
        expect(statusTally(answers), answers.map((a) => a.body).join('\n')).toMatchObject({ 409: 3 });
        rounds += 1;
      }
      const events = await seatEvents(commitmentId);
      const answered = events.map((e) => e.code);
      expect(answered.sort()).toEqual([leader, ...members].sort());
    }
  });

  it('fills a declined seat once for 10 replacements at once, and two declined seats with two reserves', async () => {
    const refrozen = await office.post(`/api/panels/${panelId}/freeze`, { reason: '替换测试' });
    expect(refrozen.statusCode, refrozen.body).toBe(200);
    const { commitmentId, members, reserves } = await draw();
    for (const code of members.slice(0, 2)) {
      const declined = await experts
        .get(code)!
        .post(`/api/my/panels/${commitmentId}/response`, { response: 'declined', reason: '身体原因' });
      expect(declined.statusCode, declined.body).toBe(204);
    }
    const staff = [office, await signedIn(platform, 'office')];
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        staff[i % 2]!.post(`/api/panels/${panelId}/replacements`, { expertCode: members[i % 2] }),
      ),
    );
    noServerErrors(answers);
    expect(statusTally(answers)).toEqual({ 200: 2, 409: 18 });
    const replaced = await platform.db.query<{ expert: string; replacement: string }>(
      `SELECT x.code AS expert, y.code AS replacement FROM panel_events e
       JOIN experts x ON x.id = e.expert_id JOIN experts y ON y.id = e.replacement_expert_id
       WHERE e.commitment_id = $1 AND e.kind = 'replaced'`,
      [commitmentId],
    );
    expect(replaced.map((r) => r.expert).sort()).toEqual(members.slice(0, 2).sort());
    expect(replaced.map((r) => r.replacement).sort()).toEqual([...reserves].sort());
  });

  it('refuses an answer to a draw that a redraw replaced, even sent at the moment of the redraw', async () => {
    const [current] = await platform.db.query<{ id: string; leader: string }>(
      `SELECT c.id::text AS id, r.outcome->>'leader' AS leader FROM draw_commitments c
       JOIN draw_results r ON r.commitment_id = c.id WHERE c.panel_id = $1 ORDER BY c.sequence DESC LIMIT 1`,
      [panelId],
    );
    const leader = experts.get(current!.leader)!;
    const url = `/api/my/panels/${current!.id}/response`;
    const [refrozen] = await Promise.all([
      office.post(`/api/panels/${panelId}/freeze`, { reason: '组长回避' }),
      leader.post(url, { response: 'confirmed', reason: '' }),
    ]);
    expect(refrozen.statusCode, refrozen.body).toBe(200);
    const late = await leader.post(url, { response: 'declined', reason: '与评审日期冲突' });
    expect(late.statusCode, late.body).toBe(409);
    expect(late.json()).toMatchObject({ code: 'draw/state' });
    const events = await seatEvents(current!.id);
    expect(events.filter((e) => e.code === current!.leader).length).toBeLessThanOrEqual(1);
  });

  it('refuses an answer to a draw once a redraw replaced it, and stores no event for it', async () => {
    const { commitmentId, members } = await draw();
    const member = experts.get(members[0]!)!;
    const redrawn = await office.post(`/api/panels/${panelId}/freeze`, { reason: '成员回避，重新抽取' });
    expect(redrawn.statusCode, redrawn.body).toBe(200);
    const answers = await Promise.all([
      member.post(`/api/my/panels/${commitmentId}/response`, { response: 'confirmed', reason: '' }),
      member.post(`/api/my/panels/${commitmentId}/response`, {
        response: 'declined',
        reason: '与评审日期冲突',
      }),
    ]);
    noServerErrors(answers);
    expect(statusTally(answers)).toEqual({ 409: 2 });
    expect(answers[0]!.json()).toMatchObject({ code: 'draw/state' });
    expect(answers[0]!.json<{ message: string }>().message).toContain('重新抽取取代');
    expect(await seatEvents(commitmentId)).toEqual([]);
  });
});
