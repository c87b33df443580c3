import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activate, confirmPendingRoles, createAccount } from './support/account-fixtures.js';
import { signedIn } from './support/scenario-steps.js';
import { expertProfile } from './support/expert-fixtures.js';
import { creditCode, seedAcceptedApplication, seedPublishedCycle } from './support/seed-by-state.js';
import { createTestPlatform, type TestClient, type TestPlatform } from './support/test-platform.js';

/**
 * Programmes as tenants (issue 8, decision 0008): the administrator adds an award, its first
 * Office account is confirmed by the installation's auditor, the new Office drafts its rules from
 * another programme's approved version, and each programme's people see their own records only.
 */
let platform: TestPlatform;
let admin: TestClient;
let auditor: TestClient;
let cityOffice: TestClient;
let cityAuditor: TestClient;
beforeAll(async () => {
  platform = await createTestPlatform();
  admin = await signedIn(platform, 'admin');
  auditor = await signedIn(platform, 'auditor');
  cityOffice = await signedIn(platform, 'zz.office');
  cityAuditor = await signedIn(platform, 'zz.auditor');
});
afterAll(() => platform?.close());

const HUIJI = {
  id: 'huiji',
  name: { zh: '惠济区区长质量奖', en: "Huiji District Mayor's Quality Award" },
  issuer: { zh: '郑州市惠济区人民政府', en: "People's Government of Huiji District" },
  jurisdictionCode: '410108',
  level: 'district',
  receiptPrefix: 'ZLH',
};

describe('the programmes of the installation', () => {
  it('lists both demo programmes to anyone, the default first', async () => {
    const listed = (await platform.client().get('/api/public/programmes')).json<{
      items: { id: string; rulesVersionId: string | null; level: string }[];
    }>().items;
    expect(listed.slice(0, 2)).toEqual([
      expect.objectContaining({ id: 'jinshui', rulesVersionId: 'jinshui-2011', level: 'district' }),
      expect.objectContaining({ id: 'zhengzhou-demo', rulesVersionId: 'zhengzhou-demo-2024', level: 'city' }),
    ]);
    expect((await platform.client().get('/api/public/programmes/nowhere')).statusCode).toBe(404);
  });

  it("serves each programme's announcements at its own address, the default's without a slug", async () => {
    expect((await platform.client().get('/api/public/cycles?programme=zhengzhou-demo')).statusCode).toBe(200);
    expect((await platform.client().get('/api/public/cycles')).statusCode).toBe(200);
    expect((await platform.client().get('/api/public/cycles?programme=nowhere')).statusCode).toBe(404);
    const cityTowns = (await platform.client().get('/api/reference/towns?programme=zhengzhou-demo')).json<{
      items: { name: { zh: string }; programmeId: string }[];
    }>().items;
    expect(cityTowns.map((t) => t.name.zh)).toContain('中原区');
    expect(new Set(cityTowns.map((t) => t.programmeId))).toEqual(new Set(['zhengzhou-demo']));
  });
});

describe('adding a programme', () => {
  it('is the administrator’s, and refuses a jurisdiction code of another level, saying which', async () => {
    expect((await cityOffice.post('/api/installation/programmes', HUIJI)).statusCode).toBe(403);
    const wrongLevel = await admin.post('/api/installation/programmes', {
      ...HUIJI,
      jurisdictionCode: '410100',
    });
    expect(wrongLevel.statusCode).toBe(400);
    expect(wrongLevel.json()).toMatchObject({ code: 'programme/invalid' });
    expect(wrongLevel.json().message).toContain('410100');
  });

  it('creates the programme, then its first Office, which drafts its rules from another’s approved version', async () => {
    const created = await admin.post('/api/installation/programmes', HUIJI);
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ id: 'huiji', rulesVersionId: null });
    const again = await admin.post('/api/installation/programmes', { ...HUIJI, receiptPrefix: 'ZLX' });
    expect([again.statusCode, again.json().code]).toEqual([409, 'programme/exists']);

    const office = await createAccount(admin, {
      username: 'huiji.office',
      displayName: '惠济区评委会办公室',
      roles: [{ role: 'office_staff', programmeId: 'huiji' }],
    });
    // Another programme's Office neither sees nor confirms the new programme's grant.
    const cityGrants = (await cityOffice.get('/api/role-grants')).json<{
      items: { userId: string; id: string }[];
    }>();
    expect(cityGrants.items.some((g) => g.userId === office.id)).toBe(false);
    const grant = (await auditor.get('/api/role-grants'))
      .json<{ items: { userId: string; id: string; programmeId: string }[] }>()
      .items.find((g) => g.userId === office.id)!;
    expect(grant.programmeId).toBe('huiji');
    expect((await cityOffice.post(`/api/role-grants/${grant.id}/confirm`)).statusCode).toBe(404);
    await confirmPendingRoles(platform, office.id);
    const huijiOffice = await activate(platform, 'huiji.office', office.code, 'Huiji#Office2026');

    const drafted = await huijiOffice.post('/api/rules-versions', {
      basedOn: 'jinshui-2011',
      id: 'huiji-2027',
      programmeId: 'huiji',
    });
    expect(drafted.statusCode, drafted.body).toBe(201);
    expect(drafted.json()).toMatchObject({ family: 'huiji', status: 'draft', basedOn: 'jinshui-2011' });
    // A draft of another programme is not a base: it is not found, as it is not published.
    const fromDraft = await cityOffice.post('/api/rules-versions', {
      basedOn: 'huiji-2027',
      id: 'zz-from-draft',
      programmeId: 'zhengzhou-demo',
    });
    expect(fromDraft.statusCode).toBe(404);
    // Nor may an Office draft into a programme it does not work for.
    const intoOther = await cityOffice.post('/api/rules-versions', {
      basedOn: 'zhengzhou-demo-2024',
      id: 'zz-into-huiji',
      programmeId: 'huiji',
    });
    expect(intoOther.statusCode).toBe(404);
    expect(
      (await huijiOffice.get('/api/rules-versions')).json().items.map((v: { id: string }) => v.id),
    ).toEqual(['huiji-2027']);
    const jinshuiOffice = await signedIn(platform, 'office');
    expect((await jinshuiOffice.get('/api/rules-versions/huiji-2027')).statusCode).toBe(404);
    // The new Office has no cycle of Jinshui's to see.
    expect((await huijiOffice.get('/api/cycles')).json().items).toEqual([]);
  });
});

describe('roles within programmes', () => {
  it('refuses a role in a programme that does not exist, and a town of another programme', async () => {
    const nowhere = await admin.post('/api/accounts', {
      username: 'nowhere.office',
      displayName: '无此奖项',
      roles: [{ role: 'office_staff', programmeId: 'nowhere' }],
    });
    expect([nowhere.statusCode, nowhere.json().code]).toEqual([400, 'account/role-scope']);
    expect(nowhere.json().message).toContain('nowhere');

    const [jinshuiTown] = (await platform.client().get('/api/reference/towns')).json<{
      items: { id: number }[];
    }>().items;
    const crossed = await admin.post('/api/accounts', {
      username: 'crossed.town',
      displayName: '跨奖项镇',
      roles: [{ role: 'locality_endorser', programmeId: 'zhengzhou-demo', townId: jinshuiTown!.id }],
    });
    expect([crossed.statusCode, crossed.json().code]).toEqual([400, 'account/role-scope']);

    const unscoped = await admin.post('/api/accounts', {
      username: 'unscoped.office',
      displayName: '未指定奖项',
      roles: [{ role: 'office_staff' }],
    });
    expect(unscoped.json().message).toContain('须指定所属奖项');
  });

  it("gives a programme's auditor its own programme's trail, and the installation's auditor all of it", async () => {
    const drafted = await cityOffice.post('/api/rules-versions', {
      basedOn: 'zhengzhou-demo-2024',
      id: 'zhengzhou-demo-2026',
    });
    expect(drafted.statusCode, drafted.body).toBe(201);
    // An expert joins the city's pool: the city's Office keeps it, the city's auditor reads it.
    const expert = await cityOffice.post('/api/experts', expertProfile(808));
    expect(expert.statusCode, expert.body).toBe(201);
    expect(expert.json()).toMatchObject({ programmeId: 'zhengzhou-demo' });
    const jinshuiOffice = await signedIn(platform, 'office');
    expect((await jinshuiOffice.get(`/api/experts/${expert.json().id}`)).statusCode).toBe(404);
    const cityTrail = (await cityAuditor.get('/api/audit?pageSize=200')).json<{
      items: { action: string; recordId: string; programmeId: string | null }[];
      total: number;
    }>();
    expect(cityTrail.items.some((e) => e.recordId === 'zhengzhou-demo-2026')).toBe(true);
    expect(
      cityTrail.items.some((e) => e.action === 'expert.created' && e.recordId === expert.json().id),
    ).toBe(true);
    expect(new Set(cityTrail.items.map((e) => e.programmeId))).toEqual(new Set(['zhengzhou-demo']));
    const everything = (await auditor.get('/api/audit?pageSize=1')).json<{ total: number }>();
    expect(everything.total).toBeGreaterThan(cityTrail.total);
    const verified = (await auditor.get('/api/audit/verification')).json<{ ok: boolean }>();
    expect(verified.ok).toBe(true);
  });
});

describe('shared expert pools (issue 8.4)', () => {
  it('draws from another programme’s pool only once it is shared, and not after the share ends', async () => {
    const office = await signedIn(platform, 'office');
    // Five city experts in power supply (D), where Jinshui's own pool is too small for a panel of 5.
    const cityExperts = [];
    for (const n of [809, 810, 811, 812, 813]) {
      const made = await cityOffice.post(
        '/api/experts',
        expertProfile(n, { industries: ['D'], canLead: true }),
      );
      expect(made.statusCode, made.body).toBe(201);
      cityExperts.push(made);
    }
    const cityExpert = cityExperts[0]!;
    const cycleId = await seedPublishedCycle(platform.db, 2034);
    // Each attempt plans its own panel for an application of its own (one panel per application).
    let attempt = 0;
    const eligibleOf = async () => {
      attempt += 1;
      const { applicationId } = await seedAcceptedApplication(platform.db, cycleId, {
        name: `共享专家库测试单位${attempt}`,
        creditCode: creditCode(8800 + attempt),
      });
      const panel = await office.post(`/api/cycles/${cycleId}/panels`, {
        name: `电力组${attempt}`,
        industries: ['D'],
        applicationIds: [applicationId],
        size: 5,
        reserves: 0,
      });
      expect(panel.statusCode, panel.body).toBe(201);
      const frozen = await office.post(`/api/panels/${panel.json<{ id: string }>().id}/freeze`, {});
      return { status: frozen.statusCode, body: frozen.body };
    };
    // Not shared: the city's experts are not in Jinshui's pool, so the pool is too small.
    const before = await eligibleOf();
    expect(before.status, before.body).toBe(409);
    expect(JSON.parse(before.body).code).toBe('draw/pool-too-small');

    // The city's Office shares; Jinshui's Office could not share the city's pool for it.
    expect((await cityOffice.put('/api/pool-shares/zhengzhou-demo')).statusCode).toBe(400);
    expect((await cityOffice.put('/api/pool-shares/jinshui')).statusCode).toBe(204);
    expect((await cityOffice.put('/api/pool-shares/jinshui')).json().code).toBe('pool-share/exists');
    expect((await office.get('/api/pool-shares')).json().items).toEqual([
      expect.objectContaining({ poolProgrammeId: 'zhengzhou-demo', programmeId: 'jinshui' }),
    ]);
    const shared = await eligibleOf();
    expect(shared.status, shared.body).toBe(200);
    expect(shared.body).toContain(cityExpert.json().code);

    expect((await cityOffice.delete('/api/pool-shares/jinshui')).statusCode).toBe(204);
    expect((await cityOffice.delete('/api/pool-shares/jinshui')).statusCode).toBe(404);
    const after = await eligibleOf();
    expect(JSON.parse(after.body).code).toBe('draw/pool-too-small');
  });
});
