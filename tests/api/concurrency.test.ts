import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activatedExpert, createAccount, createActivatedAccount } from './support/account-fixtures.js';
import {
  auditCount,
  endorserScope,
  seedApplicationsIn,
  statusTally,
} from './support/concurrency-fixtures.js';
import { expertProfile } from './support/expert-fixtures.js';
import { completeForm, pdfBytes, registration, upload } from './support/intake-fixtures.js';
import { creditCode, seedAcceptedApplication, seedPublishedCycle } from './support/seed-by-state.js';
import {
  createTestPlatform,
  UNREACHABLE_RATE_LIMITS,
  DEMO_PASSWORD,
  type TestClient,
  type TestPlatform,
} from './support/test-platform.js';

/**
 * Races that PGlite hides (it runs one statement at a time) and PostgreSQL shows: each test fires
 * the same step at once and asserts exactly one effect. Run on PostgreSQL with TEST_DATABASE_URL.
 */
let platform: TestPlatform;
let cycleId: string;

async function signedIn(username: string, password = DEMO_PASSWORD): Promise<TestClient> {
  const client = platform.client();
  const response = await client.signIn(username, password);
  expect(response.statusCode, response.body).toBe(200);
  return client;
}

beforeAll(async () => {
  platform = await createTestPlatform(UNREACHABLE_RATE_LIMITS);
  cycleId = await seedPublishedCycle(platform.db);
});
afterAll(() => platform.close());

describe('endorsements at the same moment', () => {
  it('marks every application endorsed when the town and the department agree at once', async () => {
    const scope = await endorserScope(platform.db);
    const ids = await seedApplicationsIn(platform.db, cycleId, 'awaiting_endorsement', scope, 20);
    const town = await signedIn('town');
    const dept = await signedIn('dept');
    const agree = (client: TestClient, id: string) =>
      client.post(`/api/applications/${id}/endorsements`, { decision: 'agreed', comments: '同意推荐' });
    const answers = await Promise.all(ids.flatMap((id) => [agree(town, id), agree(dept, id)]));
    expect(statusTally(answers)).toEqual({ 200: 40 });

    const rows = await platform.db.query<{ status: string; n: number }>(
      'SELECT status, count(*)::int AS n FROM applications WHERE id = ANY($1::uuid[]) GROUP BY status',
      [ids],
    );
    expect(rows).toEqual([{ status: 'endorsed', n: 20 }]);
    for (const id of ids) {
      expect(await auditCount(platform.db, 'application.endorsed', id)).toBe(1);
      expect(await auditCount(platform.db, 'application.endorsement-recorded', id)).toBe(1);
    }
  });
});

describe('a refusal to recommend at the same moment as an agreement (issue 14.3)', () => {
  it('ends every application not recommended, once, when the town declines as the department agrees', async () => {
    const scope = await endorserScope(platform.db);
    const ids = await seedApplicationsIn(platform.db, cycleId, 'awaiting_endorsement', scope, 10, 600);
    const town = await signedIn('town');
    const dept = await signedIn('dept');
    const answers = await Promise.all(
      ids.flatMap((id) => [
        town.post(`/api/applications/${id}/endorsements`, {
          decision: 'declined',
          comments: '不符合推荐条件',
        }),
        dept.post(`/api/applications/${id}/endorsements`, { decision: 'agreed', comments: '同意推荐' }),
      ]),
    );
    // Each department agreement either came first (200) or found the application closed (409).
    for (const answer of answers) expect([200, 409], answer.body).toContain(answer.statusCode);
    const rows = await platform.db.query<{ status: string; n: number }>(
      'SELECT status, count(*)::int AS n FROM applications WHERE id = ANY($1::uuid[]) GROUP BY status',
      [ids],
    );
    expect(rows).toEqual([{ status: 'not_recommended', n: 10 }]);
    for (const id of ids) {
      expect(await auditCount(platform.db, 'application.not_recommended', id)).toBe(1);
      expect(await auditCount(platform.db, 'application.endorsed', id)).toBe(0);
    }
  });
});

describe('sign-in lock-out under parallel guesses', () => {
  it('locks after the configured number of failures even when 20 wrong passwords arrive at once', async () => {
    const max = platform.config.signIn.maxFailedAttempts;
    const admin = await signedIn('admin');
    await createActivatedAccount(
      platform,
      admin,
      {
        username: 'guessed',
        displayName: '被猜测的账号',
        roles: [{ role: 'committee_member', programmeId: 'jinshui' }],
      },
      'Secret#2026quality',
    );
    const attempts = Array.from({ length: 20 }, () => platform.client().signIn('guessed', `Wrong#2026guess`));
    const answers = await Promise.all(attempts);
    // The first max-1 failures are counted and refused; the max-th locks; the rest meet the lock.
    expect(statusTally(answers)).toEqual({ 401: max - 1, 423: 20 - max + 1 });
    const [user] = await platform.db.query<{ failed_sign_ins: number; locked_until: Date | null }>(
      "SELECT failed_sign_ins, locked_until FROM users WHERE username = 'guessed'",
    );
    expect(user!.failed_sign_ins).toBe(max);
    expect(user!.locked_until).not.toBeNull();
    const [locked] = await platform.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM audit_log WHERE action = 'account.locked' AND before IS NOT NULL AND after->>'failedSignIns' = $1",
      [String(max)],
    );
    expect(locked!.n).toBe(1);

    const right = await platform.client().signIn('guessed', 'Secret#2026quality');
    expect(right.statusCode).toBe(423);
    // The lock-out holds the guessing address only: the person signs in from their own.
    const elsewhere = platform.client();
    await elsewhere.refreshSession();
    const own = await elsewhere.request(
      'POST',
      '/api/auth/sign-in',
      { username: 'guessed', password: 'Secret#2026quality' },
      { remoteAddress: '192.0.2.44' },
    );
    expect(own.statusCode, own.body).toBe(200);
  });
});

describe('activation codes and role grants at the same moment (issue 15.1)', () => {
  it('lets one of two uses of a code set the password, and the other is told the code is used', async () => {
    const admin = await signedIn('admin');
    const created = await createAccount(admin, {
      username: 'raced.activation',
      displayName: '同时激活',
      roles: [{ role: 'committee_member', programmeId: 'jinshui' }],
    });
    const answers = await Promise.all(
      ['Lantern-Copper-Quilt-71', 'Walnut-Harbour-Signal-38'].map(async (newPassword) => {
        const client = platform.client();
        await client.refreshSession();
        return client.post('/api/auth/activate', {
          username: 'raced.activation',
          code: created.code,
          newPassword,
        });
      }),
    );
    expect(statusTally(answers), answers.map((a) => a.body).join('\n')).toEqual({ 204: 1, 400: 1 });
    expect(await auditCount(platform.db, 'account.activated', created.id)).toBe(1);
    const winner = answers[0]!.statusCode === 204 ? 'Lantern-Copper-Quilt-71' : 'Walnut-Harbour-Signal-38';
    expect((await platform.client().signIn('raced.activation', winner)).statusCode).toBe(200);
  });

  it('grants a role once when two confirmers confirm it at once', async () => {
    const admin = await signedIn('admin');
    const created = await createAccount(admin, {
      username: 'raced.grant',
      displayName: '同时确认',
      roles: [{ role: 'office_staff', programmeId: 'jinshui' }],
    });
    const auditor = await signedIn('auditor');
    const office = await signedIn('office');
    const grant = (await auditor.get('/api/role-grants'))
      .json<{ items: { id: string; userId: string }[] }>()
      .items.find((g) => g.userId === created.id)!;
    const answers = await Promise.all([
      auditor.post(`/api/role-grants/${grant.id}/confirm`),
      office.post(`/api/role-grants/${grant.id}/confirm`),
    ]);
    // The loser read the grant before the winner took it (409), or after (404): never a second grant.
    expect(
      answers.filter((a) => a.statusCode === 200),
      answers.map((a) => a.body).join('\n'),
    ).toHaveLength(1);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, expect.any(Number)]);
    expect([404, 409]).toContain(answers.find((a) => a.statusCode !== 200)!.statusCode);
    expect(await auditCount(platform.db, 'account.role-granted', created.id)).toBe(1);
    const roles = await platform.db.query('SELECT 1 FROM user_roles WHERE user_id = $1', [created.id]);
    expect(roles).toHaveLength(1);
  });
});

describe('the draw of a panel', () => {
  let office: TestClient;
  let panelId: string;
  const expertIds: string[] = [];

  beforeAll(async () => {
    office = await signedIn('office');
    const accepted = await seedAcceptedApplication(platform.db, cycleId, {
      name: '郑州并发电力有限公司',
      creditCode: creditCode(500),
    });
    // Eight experts in power and utilities (D, which the demo pool leaves empty); three may lead.
    for (let n = 501; n <= 508; n += 1) {
      const response = await office.post('/api/experts', expertProfile(n, { canLead: n <= 503 }));
      expect(response.statusCode, response.body).toBe(201);
      expertIds.push(response.json<{ id: string }>().id);
    }
    const plan = await office.post(`/api/cycles/${cycleId}/panels`, {
      name: '并发电力组',
      industries: ['D'],
      applicationIds: [accepted.applicationId],
      size: 5,
      reserves: 2,
    });
    expect(plan.statusCode, plan.body).toBe(201);
    panelId = plan.json<{ id: string }>().id;
  });

  it('freezes the pool once when two staff freeze it at once; the other is told, not a 500', async () => {
    const second = await signedIn('office');
    const answers = await Promise.all([
      office.post(`/api/panels/${panelId}/freeze`, {}),
      second.post(`/api/panels/${panelId}/freeze`, {}),
    ]);
    const tally = statusTally(answers);
    expect(tally[409], answers.map((a) => a.body).join('\n')).toBe(1);
    expect(tally[500]).toBeUndefined();
    expect(answers.find((a) => a.statusCode === 409)!.json()).toMatchObject({ code: 'draw/state' });
    const [commitments] = await platform.db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM draw_commitments WHERE panel_id = $1',
      [panelId],
    );
    expect(commitments!.n).toBe(1);
    expect(await auditCount(platform.db, 'draw.pool-frozen', panelId)).toBe(1);
  });

  it('answers 404, not 500, for availability in a cycle that does not exist', async () => {
    const response = await office.request(
      'PUT',
      `/api/cycles/00000000-0000-4000-8000-000000000000/availability/${expertIds[0]}`,
      { available: true, note: '' },
    );
    expect(response.statusCode, response.body).toBe(404);
    expect(response.json()).toMatchObject({ code: 'record/not-found' });
  });

  async function expertClient(code: string): Promise<TestClient> {
    const [expert] = await platform.db.query<{ id: string }>(
      'SELECT id::text AS id FROM experts WHERE code = $1',
      [code],
    );
    return activatedExpert(platform, office, expert!.id);
  }

  const seatEvents = async (kind: string) => {
    const [row] = await platform.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM panel_events e JOIN draw_commitments c ON c.id = e.commitment_id
       WHERE c.panel_id = $1 AND e.kind = $2`,
      [panelId, kind],
    );
    return row!.n;
  };

  it('records one confirmation when the leader double-clicks confirm; the second click is told', async () => {
    const drawn = await office.post(`/api/panels/${panelId}/draw`, {
      publicValue: '2026年12月02日 福彩3D 第2026324期 318',
      supervisorName: '区纪委 王监督',
    });
    expect(drawn.statusCode, drawn.body).toBe(200);
    const outcome = drawn.json<{ draws: { drawn: { outcome: { leader: string } } }[] }>().draws[0]!.drawn
      .outcome;
    const leader = await expertClient(outcome.leader);
    const [invitation] = (await leader.get('/api/my/panels')).json<{ items: { commitmentId: string }[] }>()
      .items;
    const confirm = () =>
      leader.post(`/api/my/panels/${invitation!.commitmentId}/response`, {
        response: 'confirmed',
        reason: '',
      });
    const answers = await Promise.all([confirm(), confirm()]);
    const tally = statusTally(answers);
    expect(tally[409], answers.map((a) => a.body).join('\n')).toBe(1);
    expect(tally[500]).toBeUndefined();
    expect(answers.find((a) => a.statusCode === 409)!.json()).toMatchObject({ code: 'draw/state' });
    expect(await seatEvents('confirmed')).toBe(1);
    expect(await auditCount(platform.db, 'panel.seat-confirmed', panelId)).toBe(1);
  });

  it('fills a declined seat once when two staff replace it at once', async () => {
    const panel = (await office.get(`/api/panels/${panelId}`)).json<{
      draws: { drawn: { outcome: { members: string[]; reserves: string[] } } }[];
    }>();
    const { members, reserves } = panel.draws[0]!.drawn.outcome;
    const member = await expertClient(members[0]!);
    const [invitation] = (await member.get('/api/my/panels')).json<{ items: { commitmentId: string }[] }>()
      .items;
    const declined = await member.post(`/api/my/panels/${invitation!.commitmentId}/response`, {
      response: 'declined',
      reason: '与评审日期冲突',
    });
    expect(declined.statusCode, declined.body).toBeLessThan(300);
    const second = await signedIn('office');
    const answers = await Promise.all([
      office.post(`/api/panels/${panelId}/replacements`, { expertCode: members[0] }),
      second.post(`/api/panels/${panelId}/replacements`, { expertCode: members[0] }),
    ]);
    expect(statusTally(answers), answers.map((a) => a.body).join('\n')).toEqual({ 200: 1, 409: 1 });
    expect(answers.find((a) => a.statusCode === 409)!.json()).toMatchObject({ code: 'draw/state' });
    expect(await seatEvents('replaced')).toBe(1);
    expect(await auditCount(platform.db, 'panel.seat-replaced', panelId)).toBe(1);
    // The first reserve took the seat; the second is still in reserve.
    const [replacement] = await platform.db.query<{ code: string }>(
      `SELECT x.code FROM panel_events e JOIN experts x ON x.id = e.replacement_expert_id
       JOIN draw_commitments c ON c.id = e.commitment_id WHERE c.panel_id = $1 AND e.kind = 'replaced'`,
      [panelId],
    );
    expect(replacement!.code).toBe(reserves[0]);
  });
});

describe('reference items', () => {
  it('keeps both a rename and a deactivation sent at once', async () => {
    const admin = await signedIn('admin');
    // Not the endorsers' town: later tests register organisations there.
    const { townId } = await endorserScope(platform.db);
    const towns = await platform.db.query<{ id: number }>(
      'SELECT id FROM towns WHERE id <> $1 ORDER BY id LIMIT 10',
      [townId],
    );
    const answers = await Promise.all(
      towns.flatMap(({ id }) => [
        admin.patch(`/api/reference/towns/${id}`, { name: { zh: `改名${id}`, en: `Renamed ${id}` } }),
        admin.patch(`/api/reference/towns/${id}`, { active: false }),
      ]),
    );
    expect(statusTally(answers)).toEqual({ 200: towns.length * 2 });
    const after = await platform.db.query<{ id: number; name_zh: string; active: boolean }>(
      'SELECT id, name_zh, active FROM towns WHERE id = ANY($1::int[]) ORDER BY id',
      [towns.map((t) => t.id)],
    );
    expect(after).toEqual(towns.map(({ id }) => ({ id, name_zh: `改名${id}`, active: false })));
  });
});

describe('organisation registration', () => {
  it('registers one organisation when the same credit code is sent twice at once', async () => {
    const scope = await endorserScope(platform.db);
    const code = creditCode(900);
    const answers = await Promise.all([
      platform
        .client()
        .post(
          '/api/organisations/register',
          registration({ ...scope, creditCode: code, username: 'twice.a' }),
        ),
      platform
        .client()
        .post(
          '/api/organisations/register',
          registration({ ...scope, creditCode: code, username: 'twice.b' }),
        ),
    ]);
    expect(statusTally(answers)).toEqual({ 201: 1, 409: 1 });
    const [row] = await platform.db.query<{ organisations: number; users: number }>(
      `SELECT (SELECT count(*)::int FROM organisations WHERE credit_code = $1) AS organisations,
              (SELECT count(*)::int FROM users WHERE username IN ('twice.a', 'twice.b')) AS users`,
      [code],
    );
    expect(row).toEqual({ organisations: 1, users: 1 });
  });
});

describe('expert profiles', () => {
  it('keeps one of two updates based on the same revision and refuses the other and a stale tab', async () => {
    const office = await signedIn('office');
    const second = await signedIn('office');
    const created = await office.post('/api/experts', expertProfile(600));
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json<{ id: string }>().id;
    const read = (await office.get(`/api/experts/${id}`)).json<{ revision: number }>();
    expect(read.revision).toBe(1);

    const answers = await Promise.all([
      office.request('PUT', `/api/experts/${id}`, {
        ...expertProfile(600, { title: '研究员' }),
        revision: 1,
      }),
      second.request('PUT', `/api/experts/${id}`, {
        ...expertProfile(600, { title: '高级工程师' }),
        revision: 1,
      }),
    ]);
    expect(statusTally(answers), answers.map((a) => a.body).join('\n')).toEqual({ 200: 1, 409: 1 });
    const winner = answers.find((a) => a.statusCode === 200)!.json<{ title: string; revision: number }>();
    expect(winner.revision).toBe(2);
    expect(answers.find((a) => a.statusCode === 409)!.json()).toMatchObject({ code: 'record/conflict' });
    expect(await auditCount(platform.db, 'expert.updated', id)).toBe(1);
    const [row] = await platform.db.query<{ title: string; revision: number }>(
      'SELECT title, revision FROM experts WHERE id = $1',
      [id],
    );
    expect(row).toEqual({ title: winner.title, revision: 2 });

    // A tab opened before the update still holds revision 1: told in the caller's language.
    const staleTab = platform.client('en');
    expect((await staleTab.signIn('office', DEMO_PASSWORD)).statusCode).toBe(200);
    const stale = await staleTab.request('PUT', `/api/experts/${id}`, {
      ...expertProfile(600, { title: '旧页面' }),
      revision: 1,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({
      code: 'record/conflict',
      message: 'Someone else changed this record; reload and try again.',
    });
    const missing = await office.request('PUT', `/api/experts/${id}`, expertProfile(600));
    expect(missing.statusCode).toBe(400);
    expect(await auditCount(platform.db, 'expert.updated', id)).toBe(1);
  });
});

describe('cycle stages', () => {
  it('approves and publishes a cycle once when two staff move it at once', async () => {
    const office = await signedIn('office');
    const created = await office.post('/api/cycles', {
      rulesVersionId: 'jinshui-2011',
      frameworkId: 'gbt19580-2012',
      year: 2027,
      announcementDate: '2026-11-20',
      applicationDeadline: '2027-12-31T17:00:00+08:00',
      plan: { materialReviewFrom: '2028-01-10', materialReviewTo: '2028-01-31' },
      announcement: { contacts: [{ name: '李娜', phone: '0371-65550000' }] },
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json<{ id: string }>().id;
    const move = (client: TestClient, to: string) => client.post(`/api/cycles/${id}/stage`, { to });

    const chairs = [await signedIn('chair'), await signedIn('chair')];
    const approvals = await Promise.all(chairs.map((c) => move(c, 'criteria_approved')));
    expect(statusTally(approvals), approvals.map((a) => a.body).join('\n')).toEqual({ 200: 1, 409: 1 });
    expect(await auditCount(platform.db, 'cycle.criteria_approved', id)).toBe(1);

    const offices = [office, await signedIn('office')];
    const publications = await Promise.all(offices.map((c) => move(c, 'published')));
    expect(statusTally(publications), publications.map((a) => a.body).join('\n')).toEqual({
      200: 1,
      409: 1,
    });
    expect(await auditCount(platform.db, 'cycle.published', id)).toBe(1);
    const [cycle] = await platform.db.query<{ stage: string }>('SELECT stage FROM cycles WHERE id = $1', [
      id,
    ]);
    expect(cycle!.stage).toBe('published');
  });
});

describe('submission and the preliminary check', () => {
  let applicationId: string;

  it('freezes one version with one receipt number when the applicant double-clicks submit', async () => {
    const scope = await endorserScope(platform.db);
    const registered = await platform
      .client()
      .post(
        '/api/organisations/register',
        registration({ ...scope, creditCode: creditCode(910), username: 'double.click' }),
      );
    expect(registered.statusCode, registered.body).toBe(201);
    const applicant = await signedIn('double.click', 'Apply#2026quality');
    const started = await applicant.post('/api/applications', { cycleId });
    expect(started.statusCode, started.body).toBe(201);
    applicationId = started.json<{ id: string }>().id;
    const report = await upload(
      applicant,
      applicationId,
      'self-assessment-report',
      '自评报告.pdf',
      await pdfBytes(),
    );
    const evidence = await upload(
      applicant,
      applicationId,
      'evidence',
      '营业执照.pdf',
      await pdfBytes('licence'),
    );
    const saved = await applicant.request('PUT', `/api/applications/${applicationId}/form`, {
      revision: started.json<{ revision: number }>().revision,
      form: completeForm(report.json<{ id: string }>().id, evidence.json<{ id: string }>().id, 2025),
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect((await applicant.post(`/api/applications/${applicationId}/endorsement-request`)).statusCode).toBe(
      200,
    );
    for (const endorser of ['town', 'dept']) {
      const agreed = await (
        await signedIn(endorser)
      ).post(`/api/applications/${applicationId}/endorsements`, {
        decision: 'agreed',
        comments: '同意推荐',
      });
      expect(agreed.statusCode, agreed.body).toBe(200);
    }

    const submit = () => applicant.post(`/api/applications/${applicationId}/submission`);
    const answers = await Promise.all([submit(), submit()]);
    expect(statusTally(answers), answers.map((a) => a.body).join('\n')).toEqual({ 201: 1, 409: 1 });
    const versions = await platform.db.query<{ receipt_number: string }>(
      'SELECT receipt_number FROM application_versions WHERE application_id = $1',
      [applicationId],
    );
    expect(versions).toEqual([
      {
        receipt_number: answers.find((a) => a.statusCode === 201)!.json<{ receiptNumber: string }>()
          .receiptNumber,
      },
    ]);
    expect(await auditCount(platform.db, 'application.submitted', applicationId)).toBe(1);
  });

  it('records one decision when two staff decide the preliminary check at once', async () => {
    const decide = async (note: string) =>
      (await signedIn('office')).post(`/api/applications/${applicationId}/decision`, {
        decision: 'returned',
        note,
        resubmitBy: '2027-01-05',
        overrides: [],
      });
    const answers = await Promise.all([decide('请补充检验报告'), decide('请补充财务报表')]);
    expect(statusTally(answers), answers.map((a) => a.body).join('\n')).toEqual({ 200: 1, 409: 1 });
    const [row] = await platform.db.query<{ decisions: number; status: string }>(
      `SELECT (SELECT count(*)::int FROM application_decisions WHERE application_id = $1) AS decisions,
              (SELECT status FROM applications WHERE id = $1) AS status`,
      [applicationId],
    );
    expect(row).toEqual({ decisions: 1, status: 'returned' });
    expect(await auditCount(platform.db, 'application.returned', applicationId)).toBe(1);
  });
});

describe('conflicts of interest', () => {
  it('decides a suggested conflict once when it is confirmed and dismissed at once', async () => {
    const office = await signedIn('office');
    const created = await office.post('/api/experts', expertProfile(610));
    expect(created.statusCode, created.body).toBe(201);
    const accepted = await seedAcceptedApplication(platform.db, cycleId, {
      name: '郑州回避测试有限公司',
      creditCode: creditCode(611),
    });
    const [conflict] = await platform.db.query<{ id: string }>(
      `INSERT INTO conflicts (expert_id, organisation_id, kind, source, status, evidence)
       VALUES ($1, $2, 'consulting', 'detected', 'suggested', '曾为该单位提供咨询') RETURNING id::text AS id`,
      [created.json<{ id: string }>().id, accepted.organisationId],
    );
    const second = await signedIn('office');
    const answers = await Promise.all([
      office.post(`/api/conflicts/${conflict!.id}/decision`, { status: 'confirmed', reason: '咨询合同属实' }),
      second.post(`/api/conflicts/${conflict!.id}/decision`, { status: 'dismissed', reason: '合同已终止' }),
    ]);
    expect(statusTally(answers), answers.map((a) => a.body).join('\n')).toEqual({ 204: 1, 409: 1 });
    const decided =
      (await auditCount(platform.db, 'conflict.confirmed', conflict!.id)) +
      (await auditCount(platform.db, 'conflict.dismissed', conflict!.id));
    expect(decided).toBe(1);
    // Nor is it re-decided later from a tab that still lists it as suggested.
    const again = await office.post(`/api/conflicts/${conflict!.id}/decision`, {
      status: 'dismissed',
      reason: '再次判定',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'record/conflict' });
  });
});

describe('accounts', () => {
  it('disables an account once when two administrators disable it at once', async () => {
    const admin = await signedIn('admin');
    const { id } = await createAccount(admin, {
      username: 'disabled.twice',
      displayName: '被停用两次的账号',
      roles: [{ role: 'committee_member', programmeId: 'jinshui' }],
    });
    const second = await signedIn('admin');
    const answers = await Promise.all([
      admin.post(`/api/accounts/${id}/status`, { status: 'disabled', reason: '人员调离' }),
      second.post(`/api/accounts/${id}/status`, { status: 'disabled', reason: '人员调离岗位' }),
    ]);
    // Disabling a disabled account changes nothing and says so with 200, whichever came second.
    expect(statusTally(answers), answers.map((a) => a.body).join('\n')).toEqual({ 200: 2 });
    expect(answers.map((a) => a.json<{ status: string }>().status)).toEqual(['disabled', 'disabled']);
    expect(await auditCount(platform.db, 'account.disabled', id)).toBe(1);
  });
});
