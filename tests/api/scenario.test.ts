import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  accept,
  addExpert,
  confirmSeat,
  createCycle,
  DEADLINE,
  draw,
  endorse,
  expertIdsByCode,
  expertSignsIn,
  freeze,
  moveCycle,
  OPENED_AT,
  planPanel,
  prepareApplication,
  referenceIds,
  registerOrganisation,
  SCENARIO_YEAR,
  APPLICANT_PASSWORD,
  signedIn,
  submit,
  type PublicDraw,
} from './support/scenario-steps.js';
import { createTestPlatform, type TestClient, type TestPlatform } from './support/test-platform.js';

/**
 * One year of the award, walked over the API by the people in it, from the announcement to the
 * experts reading the application — with nothing but a fresh platform's demo data and no SQL.
 * Later capabilities (review, decision, supervision) add their steps at the end; each step leaves
 * in `state` what the next person needs and asserts what that person sees.
 */
describe('a whole award cycle, as the people do it', () => {
  let platform: TestPlatform;
  let office: TestClient;
  let chair: TestClient;
  let town: TestClient;
  let dept: TestClient;
  let applicant: TestClient;
  const state = {
    cycleId: '',
    scope: { townId: 0, departmentId: 0 },
    organisation: { organisationId: '', creditCode: '', name: '' },
    applicationId: '',
    reportFileId: '',
    receipt: { version: 0, receiptNumber: '' },
    addedExpert: { id: '', code: '' },
    panelId: '',
    drawId: '',
    seated: [] as { code: string; client: TestClient }[],
  };

  beforeAll(async () => {
    platform = await createTestPlatform();
    platform.clock.now = OPENED_AT;
    office = await signedIn(platform, 'office');
    chair = await signedIn(platform, 'chair');
    town = await signedIn(platform, 'town');
    dept = await signedIn(platform, 'dept');
  });
  afterAll(() => platform.close());

  it('the Office creates the year’s cycle, which the public does not see yet', async () => {
    const cycle = await createCycle(office);
    state.cycleId = cycle.id;
    expect(cycle).toMatchObject({ stage: 'draft', window: 'not-published' });
    const pub = (await platform.client().get('/api/public/cycles')).json<{ items: { id: string }[] }>();
    expect(pub.items.map((c) => c.id)).not.toContain(state.cycleId);
  });

  it('the chair approves the criteria (the Office may not)', async () => {
    const refused = await office.post(`/api/cycles/${state.cycleId}/stage`, { to: 'criteria_approved' });
    expect(refused.json()).toMatchObject({ code: 'cycle/transition-refused', clause: '第五条' });
    expect((await moveCycle(chair, state.cycleId, 'criteria_approved')).stage).toBe('criteria_approved');
  });

  it('the Office publishes, and the public reads the announcement with an open window', async () => {
    expect(await moveCycle(office, state.cycleId, 'published')).toMatchObject({
      stage: 'published',
      window: 'open',
    });
    const pub = (await platform.client().get('/api/public/cycles')).json<{
      items: { id: string; year: number; window: string }[];
      serverTime: string;
    }>();
    expect(pub.items.find((c) => c.id === state.cycleId)).toMatchObject({
      year: SCENARIO_YEAR,
      window: 'open',
    });
    expect(pub.serverTime).toBe(OPENED_AT.toISOString());
  });

  it('an organisation registers in the demo town and department with a valid credit code', async () => {
    state.scope = await referenceIds(platform.client(), '庙李镇', 'D-MSR');
    const registered = await registerOrganisation(platform, state.scope, {
      n: 2601,
      username: 'huaxia',
      name: '郑州华夏精密仪器有限公司',
    });
    applicant = registered.client;
    state.organisation = registered;
  });

  it('the applicant fills the form and the questionnaire and uploads the report and evidence', async () => {
    const prepared = await prepareApplication(applicant, state.cycleId, SCENARIO_YEAR - 1);
    state.applicationId = prepared.applicationId;
    state.reportFileId = prepared.reportFileId;
    expect(prepared.application).toMatchObject({ status: 'draft', complete: true });
    const report = await applicant.get(`/api/files/${state.reportFileId}`);
    expect(report.statusCode).toBe(200);
    expect(report.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('the applicant requests endorsement, and the town sees it waiting', async () => {
    const requested = await applicant.post(`/api/applications/${state.applicationId}/endorsement-request`);
    expect(requested.statusCode, requested.body).toBe(200);
    expect(requested.json().status).toBe('awaiting_endorsement');
    const list = (await town.get(`/api/applications?cycleId=${state.cycleId}`)).json<{
      items: { id: string; status: string }[];
    }>().items;
    expect(list.find((a) => a.id === state.applicationId)).toMatchObject({ status: 'awaiting_endorsement' });
  });

  it('the town and the department agree; the applicant sees it endorsed', async () => {
    expect((await endorse(town, state.applicationId, '同意推荐')).status).toBe('awaiting_endorsement');
    expect((await endorse(dept, state.applicationId, '同意推荐')).status).toBe('endorsed');
    expect((await applicant.get(`/api/applications/${state.applicationId}`)).json().status).toBe('endorsed');
  });

  it('the applicant submits before the deadline and downloads the receipt', async () => {
    expect(platform.clock.now.getTime()).toBeLessThan(new Date(DEADLINE).getTime());
    const receipt = await submit(applicant, state.applicationId);
    expect(receipt.receiptNumber).toMatch(new RegExp(`^ZLJ${SCENARIO_YEAR}-\\d{6}$`));
    state.receipt = receipt;
    const pdf = await applicant.get(
      `/api/applications/${state.applicationId}/versions/${receipt.version}/receipt.pdf`,
    );
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const list = (await office.get(`/api/applications?cycleId=${state.cycleId}`)).json<{
      items: { id: string; status: string }[];
    }>().items;
    expect(list.find((a) => a.id === state.applicationId)).toMatchObject({ status: 'submitted' });
  });

  it('after the deadline, the Office’s preliminary check accepts; the applicant sees it accepted', async () => {
    // Days pass: the sessions of the day of submission have timed out, so people sign in again.
    platform.clock.now = new Date('2027-01-04T09:00:00+08:00');
    office = await signedIn(platform, 'office');
    applicant = await signedIn(platform, 'huaxia', APPLICANT_PASSWORD);
    const late = await applicant.post(`/api/applications/${state.applicationId}/submission`);
    expect(late.statusCode).toBeGreaterThanOrEqual(400);
    expect((await accept(office, state.applicationId)).status).toBe('accepted');
    expect((await applicant.get(`/api/applications/${state.applicationId}`)).json().status).toBe('accepted');
  });

  it('the Office adds an expert working for the applicant; conflict detection finds it and the Office confirms', async () => {
    state.addedExpert = await addExpert(office, 261, {
      industries: ['C'],
      employer: state.organisation.name,
      employerCreditCode: state.organisation.creditCode,
    });
    const detected = await office.post(`/api/cycles/${state.cycleId}/conflict-detection`);
    expect(detected.statusCode, detected.body).toBe(200);
    expect(detected.json().suggested).toBeGreaterThanOrEqual(1);
    const suggested = (await office.get('/api/conflicts?status=suggested')).json<{
      items: { id: string; expertCode: string; organisationId: string; kind: string }[];
    }>().items;
    const conflict = suggested.find((c) => c.expertCode === state.addedExpert.code);
    expect(conflict).toMatchObject({
      organisationId: state.organisation.organisationId,
      kind: 'current_employer',
    });
    const decided = await office.post(`/api/conflicts/${conflict!.id}/decision`, {
      status: 'confirmed',
      reason: '现任职于申报单位',
    });
    expect(decided.statusCode, decided.body).toBe(204);
    const confirmed = (await office.get('/api/conflicts?status=confirmed')).json<{
      items: { id: string }[];
    }>();
    expect(confirmed.items.map((c) => c.id)).toContain(conflict!.id);
  });

  it('the Office plans a panel for the manufacturing group and freezes the pool, excluding the conflicted expert', async () => {
    const panel = await planPanel(office, state.cycleId, {
      name: '制造业一组',
      industries: ['C'],
      applicationIds: [state.applicationId],
      size: 5,
      reserves: 2,
    });
    state.panelId = panel.id;
    const frozen = await freeze(office, state.panelId);
    expect(frozen.state).toBe('frozen');
    const [commitment] = frozen.draws;
    state.drawId = commitment!.id;
    expect(commitment!.poolHash).toMatch(/^[0-9a-f]{64}$/);
    expect(commitment!.drawn).toBeNull();
    // The public pool document commits to the excluded list; the Office reads it with its reasons.
    expect(commitment!.poolDocument.format).toBe('quality-award-draw/pool/v2');
    const kept = (await office.get(`/api/draws/${state.drawId}/excluded`)).json<{
      exclusions: { excluded: { expertId: string; reasons: { code: string }[] }[] };
    }>();
    const excluded = kept.exclusions.excluded.find((e) => e.expertId === state.addedExpert.code);
    expect(excluded?.reasons.map((r) => r.code)).toEqual(['conflict']);
    const pub = (await platform.client().get(`/api/public/draws/${state.drawId}`)).json<PublicDraw>();
    expect(pub.commitment).toBe(commitment!.commitment);
    expect(JSON.stringify(pub)).not.toContain('"secret"');
  });

  it('the supervisor’s public value is entered and the draw made; the public verifies it', async () => {
    const drawn = await draw(
      office,
      state.panelId,
      `${SCENARIO_YEAR}年12月 福彩3D 第2027003期 318`,
      '区纪委 王监督',
    );
    expect(drawn.state).toBe('drawn');
    const listed = (await platform.client().get('/api/public/draws')).json<{ items: { id: string }[] }>();
    expect(listed.items.map((d) => d.id)).toContain(state.drawId);
    const pub = (await platform.client().get(`/api/public/draws/${state.drawId}`)).json<PublicDraw>();
    expect(pub.drawn!.secret).toMatch(/^[0-9a-f]{64}$/);
    const { leader, members, reserves } = pub.drawn!.outcome;
    expect(members).toHaveLength(4);
    expect(reserves).toHaveLength(2);
    expect([leader, ...members, ...reserves]).not.toContain(state.addedExpert.code);
    const verdict = await platform.client().get(`/api/public/draws/${state.drawId}/verification`);
    expect(verdict.statusCode).toBe(200);
    expect(verdict.json()).toMatchObject({ ok: true });
  });

  it('the seated experts confirm and accept the undertaking; the Office sees every seat confirmed', async () => {
    const pub = (await platform.client().get(`/api/public/draws/${state.drawId}`)).json<PublicDraw>();
    const ids = await expertIdsByCode(office, 'C');
    for (const code of [pub.drawn!.outcome.leader, ...pub.drawn!.outcome.members]) {
      const client = await expertSignsIn(platform, office, ids.get(code)!);
      const seat = await confirmSeat(client, state.panelId);
      expect(seat).toMatchObject({ status: 'confirmed', applications: [state.applicationId] });
      expect(seat.undertakingAcceptedAt).not.toBeNull();
      state.seated.push({ code, client });
    }
    const panel = (await office.get(`/api/panels/${state.panelId}`)).json<{ draws: PublicDraw[] }>();
    const seats = panel.draws.at(-1)!.drawn!.current.seats;
    expect(seats).toHaveLength(5);
    expect(seats.every((s) => s.status === 'confirmed')).toBe(true);
  });

  it('a seated expert reads the application; an expert of no panel cannot', async () => {
    const [leader] = state.seated;
    const read = await leader!.client.get(`/api/applications/${state.applicationId}`);
    expect(read.statusCode, read.body).toBe(200);
    expect(read.json()).toMatchObject({ id: state.applicationId, status: 'accepted' });
    const ids = await expertIdsByCode(office, 'C');
    const outsider = await expertSignsIn(platform, office, ids.get(state.addedExpert.code)!);
    expect((await outsider.get(`/api/applications/${state.applicationId}`)).statusCode).toBe(404);
  });
});
