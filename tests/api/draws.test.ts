import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalJson, sha256Hex } from '../../src/platform/kernel/canonical-json.js';
import { verifyDraw } from '../../src/draws/core/verify-draw.js';
import { activatedExpert } from './support/account-fixtures.js';
import { expertProfile } from './support/expert-fixtures.js';
import { creditCode, seedAcceptedApplication, seedPublishedCycle } from './support/seed-by-state.js';
import {
  createTestPlatform,
  DEMO_PASSWORD,
  type TestClient,
  type TestPlatform,
} from './support/test-platform.js';

let platform: TestPlatform;
let office: TestClient;
let cycleId: string;
let orgA: { organisationId: string; applicationId: string };
let orgB: { organisationId: string; applicationId: string };
const experts: { id: string; code: string }[] = [];
let panelId: string;

beforeAll(async () => {
  platform = await createTestPlatform();
  office = platform.client();
  await office.signIn('office', DEMO_PASSWORD);
  cycleId = await seedPublishedCycle(platform.db);
  orgA = await seedAcceptedApplication(platform.db, cycleId, {
    name: '郑州甲仪表有限公司',
    creditCode: creditCode(1),
  });
  orgB = await seedAcceptedApplication(platform.db, cycleId, {
    name: '郑州乙电子股份有限公司',
    creditCode: creditCode(2),
  });
  // Ten experts in power and utilities (D, which the demo pool leaves empty): 1–3 may lead; 4 works for applicant A; 9 is suspended; 10 disqualified.
  for (let n = 1; n <= 10; n += 1) {
    const profile = expertProfile(n, {
      canLead: n <= 3,
      ...(n === 4 ? { employer: '郑州甲仪表有限公司', employerCreditCode: creditCode(1) } : {}),
    });
    const response = await office.post('/api/experts', profile);
    expect(response.statusCode, response.body).toBe(201);
    experts.push({ id: response.json().id, code: response.json().code });
  }
  await office.post(`/api/experts/${experts[8]!.id}/status`, { status: 'suspended', reason: '本年度出国' });
  await office.post(`/api/experts/${experts[9]!.id}/status`, {
    status: 'disqualified',
    reason: '评审中徇私舞弊',
  });
});
afterAll(() => platform.close());

describe('the expert pool', () => {
  it('masks identity numbers in the list and refuses a bad or repeated one', async () => {
    const list = (await office.get('/api/experts?industry=D')).json().items;
    expect(list).toHaveLength(10);
    expect(list[0].identityNumber).toMatch(/^410\*{11}\d{3}[\dX]$/);
    const bad = await office.post(
      '/api/experts',
      expertProfile(11, { identityNumber: '410105197001010011' }),
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ code: 'expert/invalid', details: [{ path: 'identityNumber' }] });
    const repeated = await office.post('/api/experts', expertProfile(1, { phone: '13900000001' }));
    expect(repeated.json().code).toBe('expert/identity-taken');
  });

  it('keeps a disqualified expert disqualified', async () => {
    const response = await office.post(`/api/experts/${experts[9]!.id}/status`, {
      status: 'active',
      reason: '申诉',
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('expert/disqualified');
  });

  it('serves the import template as a spreadsheet', async () => {
    const response = await office.get('/api/experts/template.xlsx');
    expect(response.statusCode).toBe(200);
    expect(response.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });
});

describe('conflicts of interest', () => {
  it('finds the employer conflict, which the Office confirms with a reason', async () => {
    const detected = await office.post(`/api/cycles/${cycleId}/conflict-detection`);
    expect(detected.json()).toEqual({ suggested: 1 });
    const [suggestion] = (await office.get('/api/conflicts?status=suggested')).json().items;
    expect(suggestion).toMatchObject({
      expertCode: experts[3]!.code,
      organisationId: orgA.organisationId,
      kind: 'current_employer',
    });
    const noReason = await office.post(`/api/conflicts/${suggestion.id}/decision`, {
      status: 'confirmed',
      reason: '',
    });
    expect(noReason.statusCode).toBe(400);
    const confirmed = await office.post(`/api/conflicts/${suggestion.id}/decision`, {
      status: 'confirmed',
      reason: '现任职单位',
    });
    expect(confirmed.statusCode).toBe(204);
  });
});

describe('the panel draw', () => {
  it('refuses a pool too small after exclusions, naming the industry and the shortfall, and draws nothing', async () => {
    const plan = await office.post(`/api/cycles/${cycleId}/panels`, {
      name: '电力二组',
      industries: ['D'],
      applicationIds: [orgB.applicationId],
      size: 7,
      reserves: 2,
    });
    expect(plan.statusCode, plan.body).toBe(201);
    const freeze = await office.post(`/api/panels/${plan.json().id}/freeze`, {});
    expect(freeze.statusCode).toBe(409);
    expect(freeze.json()).toMatchObject({ code: 'draw/pool-too-small', clause: '第七条' });
    expect(freeze.json().message).toContain('电力、热力、燃气及水生产和供应业');
    expect(freeze.json().message).toContain('缺 1 名');
    const stored = await platform.db.query('SELECT 1 FROM draw_commitments WHERE panel_id = $1', [
      plan.json().id,
    ]);
    expect(stored).toEqual([]);
  });

  it('refuses a panel outside 5–7', async () => {
    const response = await office.post(`/api/cycles/${cycleId}/panels`, {
      name: '过大',
      industries: ['D'],
      applicationIds: [orgA.applicationId],
      size: 8,
      reserves: 0,
    });
    expect(response.json()).toMatchObject({ code: 'draw/invalid-panel', clause: '第七条' });
  });

  it('freezes the pool with reasons for each exclusion and commits to a secret', async () => {
    const plan = await office.post(`/api/cycles/${cycleId}/panels`, {
      name: '电力一组',
      industries: ['D'],
      applicationIds: [orgA.applicationId],
      size: 5,
      reserves: 2,
    });
    panelId = plan.json().id;
    const frozen = (await office.post(`/api/panels/${panelId}/freeze`, {})).json();
    expect(frozen.state).toBe('frozen');
    const draw = frozen.draws[0];
    expect(draw.poolHash).toMatch(/^[0-9a-f]{64}$/);
    expect(draw.commitment).toMatch(/^[0-9a-f]{64}$/);
    expect(draw.drawn).toBeNull();
    // v2: the public document names the panel, its draw sequence and the programme's bounds, and
    // commits to the excluded list by its SHA-256 instead of publishing it.
    expect(draw.poolDocument).toMatchObject({
      format: 'quality-award-draw/pool/v2',
      panelId,
      sequence: 1,
      programme: { id: 'jinshui-2011', panelSizeMin: 5, panelSizeMax: 7 },
      plan: { size: 5, leaders: 1, reserves: 2 },
      excluded: { count: 3 },
    });
    expect(draw.poolDocument).not.toHaveProperty('organisationIds');
    const kept = await office.get(`/api/draws/${draw.id}/excluded`);
    expect(kept.statusCode).toBe(200);
    const { exclusions } = kept.json();
    expect(sha256Hex(canonicalJson(exclusions))).toBe(draw.poolDocument.excluded.sha256);
    expect(exclusions.organisationIds).toEqual([orgA.organisationId]);
    const excluded = Object.fromEntries(
      exclusions.excluded.map((e: { expertId: string; reasons: { code: string }[] }) => [
        e.expertId,
        e.reasons.map((r) => r.code),
      ]),
    );
    expect(excluded).toEqual({
      [experts[3]!.code]: ['conflict'],
      [experts[8]!.code]: ['status-suspended'],
      [experts[9]!.code]: ['disqualified'],
    });
    expect(draw.poolDocument.eligible).toHaveLength(7);
    // The kept list is the Office's and the auditor's: not the public's.
    expect((await platform.client().get(`/api/draws/${draw.id}/excluded`)).statusCode).toBe(401);
    // The secret is not public before the draw.
    const pub = (await platform.client().get(`/api/public/draws/${draw.id}`)).json();
    expect(JSON.stringify(pub)).not.toContain('"secret"');
  });

  it('lets one of two staff drawing at once succeed and tells the other', async () => {
    const second = platform.client();
    await second.signIn('office', DEMO_PASSWORD);
    const [a, b] = await Promise.all([
      office.post(`/api/panels/${panelId}/draw`, {
        publicValue: '2026年11月26日 福彩3D 第2026318期 527',
        supervisorName: '区纪委 王监督',
      }),
      second.post(`/api/panels/${panelId}/draw`, {
        publicValue: '2026年11月26日 福彩3D 第2026318期 527',
        supervisorName: '区纪委 王监督',
      }),
    ]);
    const codes = [a.statusCode, b.statusCode].sort();
    expect(codes).toEqual([200, 409]);
    const refused = a.statusCode === 409 ? a : b;
    expect(refused.json().code).toBe('draw/already-drawn');
  });

  it('publishes the draw, which anyone can verify from its inputs', async () => {
    const [listed] = (await platform.client().get('/api/public/draws')).json().items;
    const pub = (await platform.client().get(`/api/public/draws/${listed.id}`)).json();
    expect(pub.drawn.secret).toMatch(/^[0-9a-f]{64}$/);
    expect(pub.drawn.outcome.members).toHaveLength(4);
    expect(pub.drawn.outcome.reserves).toHaveLength(2);
    expect([experts[0]!.code, experts[1]!.code, experts[2]!.code]).toContain(pub.drawn.outcome.leader);
    const all = [pub.drawn.outcome.leader, ...pub.drawn.outcome.members, ...pub.drawn.outcome.reserves];
    expect(all).not.toContain(experts[3]!.code);
    expect(all).not.toContain(experts[9]!.code);
    const verdict = (await platform.client().get(`/api/public/draws/${listed.id}/verification`)).json();
    expect(verdict).toMatchObject({
      ok: true,
      inputs: { href: `/api/public/draws/${listed.id}`, algorithm: 'quality-award-draw/v2' },
    });
    // What a redraw would recompute from: the public document alone, with the kept list too.
    const kept = (await office.get(`/api/draws/${listed.id}/excluded`)).json();
    const published = {
      poolDocument: pub.poolDocument,
      poolHash: pub.poolHash,
      commitment: pub.commitment,
      publicValue: pub.drawn.publicValue,
      secret: pub.drawn.secret,
      seed: pub.drawn.seed,
      size: pub.size,
      reserves: pub.reserves,
      outcome: pub.drawn.outcome,
    };
    expect(verifyDraw(published).ok).toBe(true);
    expect(verifyDraw({ ...published, exclusions: kept.exclusions }).ok).toBe(true);
  });

  it('reports where an outcome altered in the database differs', async () => {
    const [commitment] = await platform.db.query<{ id: string; outcome: { members: string[] } }>(
      'SELECT r.commitment_id::text AS id, r.outcome FROM draw_results r',
    );
    const original = commitment!.outcome;
    const forged = { ...original, members: [experts[3]!.code, ...original.members.slice(1)] };
    const alter = async (outcome: unknown) =>
      platform.db.transaction(async (tx) => {
        await tx.query('ALTER TABLE draw_results DISABLE TRIGGER draw_results_no_update');
        await tx.query('UPDATE draw_results SET outcome = $1 WHERE commitment_id = $2', [
          JSON.stringify(outcome),
          commitment!.id,
        ]);
        await tx.query('ALTER TABLE draw_results ENABLE TRIGGER draw_results_no_update');
      });
    await expect(platform.db.query('UPDATE draw_results SET seed = $1', ['x'])).rejects.toThrow(
      /append-only/,
    );
    await alter(forged);
    const verdict = (
      await platform.client('en').get(`/api/public/draws/${commitment!.id}/verification`)
    ).json();
    expect(verdict).toMatchObject({ ok: false, step: 'outcome' });
    expect(verdict.detail.en).toContain('member #1');
    expect(verdict.detail.en).toContain(experts[3]!.code);
    await alter(original);
  });
});

describe('the drawn experts', () => {
  async function expertClient(code: string) {
    const expert = experts.find((e) => e.code === code)!;
    return activatedExpert(platform, office, expert.id);
  }

  it('confirm, accept the undertaking, and only then open the application', async () => {
    const pub = (await platform.client().get(`/api/panels/${panelId}`)).statusCode;
    expect(pub).toBe(401);
    const panel = (await office.get(`/api/panels/${panelId}`)).json();
    const leaderCode = panel.draws[0].drawn.outcome.leader;
    const leader = await expertClient(leaderCode);
    const [invitation] = (await leader.get('/api/my/panels')).json().items;
    expect(invitation).toMatchObject({ role: 'leader', status: 'invited', applications: [] });
    expect((await leader.get(`/api/applications/${orgA.applicationId}`)).statusCode).toBe(404);
    await leader.post(`/api/my/panels/${invitation.commitmentId}/response`, {
      response: 'confirmed',
      reason: '',
    });
    const before = await leader.get(`/api/applications/${orgA.applicationId}`);
    expect(before.statusCode).toBe(403);
    expect(before.json()).toMatchObject({ code: 'expert/undertaking-required', clause: '第二十五条' });
    await leader.post('/api/my/undertakings', { cycleId });
    expect((await leader.get(`/api/applications/${orgA.applicationId}`)).statusCode).toBe(200);
    expect((await leader.get(`/api/applications/${orgB.applicationId}`)).statusCode).toBe(404);
  });

  it('a decline with a reason is filled from the reserves in drawn order', async () => {
    const panel = (await office.get(`/api/panels/${panelId}`)).json();
    const memberCode = panel.draws[0].drawn.outcome.members[0];
    const firstReserve = panel.draws[0].drawn.outcome.reserves[0];
    const member = await expertClient(memberCode);
    const [invitation] = (await member.get('/api/my/panels')).json().items;
    const noReason = await member.post(`/api/my/panels/${invitation.commitmentId}/response`, {
      response: 'declined',
      reason: '',
    });
    expect(noReason.statusCode).toBe(400);
    await member.post(`/api/my/panels/${invitation.commitmentId}/response`, {
      response: 'declined',
      reason: '与评审日期冲突',
    });
    const replaced = (
      await office.post(`/api/panels/${panelId}/replacements`, { expertCode: memberCode })
    ).json();
    const seats = replaced.draws[0].drawn.current.seats;
    expect(seats[1]).toMatchObject({ expert: firstReserve, status: 'invited', previous: [memberCode] });
    // The Office sees why; the public sees that the seat was declined and filled, not the reason.
    expect(replaced.draws[0].drawn.events).toContainEqual({
      kind: 'declined',
      expert: memberCode,
      reason: '与评审日期冲突',
    });
    const pub = await platform.client().get(`/api/public/draws/${replaced.draws[0].id}`);
    expect(pub.json().drawn.events).toContainEqual({ kind: 'declined', expert: memberCode });
    expect(pub.body).not.toContain('与评审日期冲突');
    const reserveClient = await expertClient(firstReserve);
    expect((await reserveClient.get('/api/my/panels')).json().items[0]).toMatchObject({
      role: 'member',
      status: 'invited',
    });
  });
});
