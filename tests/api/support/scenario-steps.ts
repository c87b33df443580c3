import { expect } from 'vitest';
import { activatedExpert } from './account-fixtures.js';
import { expertProfile } from './expert-fixtures.js';
import { completeForm, pdfBytes, registration, upload } from './intake-fixtures.js';
import { DEMO_PASSWORD, type TestClient, type TestPlatform } from './test-platform.js';

/**
 * Steps of the whole-cycle scenario, each done over HTTP as the person doing it would, with no
 * SQL. A step takes what earlier steps produced and returns what later ones need; the scenario
 * test and the authorization matrix both walk them.
 */

/** GB 32100-2015 check character, computed here from the standard rather than from the source. */
const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
export function validCreditCode(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += CHARSET.indexOf(first17[i]!) * (3 ** i % 31);
  return first17 + CHARSET[(31 - (sum % 31)) % 31];
}

/** The announcement date, deadline and the moment the platform's clock starts at. */
export const SCENARIO_YEAR = 2026;
export const ANNOUNCED_ON = '2026-11-20';
export const DEADLINE = '2026-12-31T17:00:00+08:00';
export const OPENED_AT = new Date('2026-11-26T10:00:00+08:00');

export async function signedIn(platform: TestPlatform, username: string, password = DEMO_PASSWORD) {
  const client = platform.client();
  const response = await client.signIn(username, password);
  expect(response.statusCode, `${username}: ${response.body}`).toBe(200);
  return client;
}

interface ReferenceItem {
  id: number;
  code: string;
  name: { zh: string; en: string };
}

/** A town and a department from the public reference lists, by Chinese name or code. */
export async function referenceIds(client: TestClient, town: string, department: string) {
  const towns = (await client.get('/api/reference/towns')).json<{ items: ReferenceItem[] }>().items;
  const departments = (await client.get('/api/reference/departments')).json<{ items: ReferenceItem[] }>()
    .items;
  const t = towns.find((x) => x.name.zh === town || x.code === town);
  const d = departments.find((x) => x.name.zh === department || x.code === department);
  expect(t, town).toBeDefined();
  expect(d, department).toBeDefined();
  return { townId: t!.id, departmentId: d!.id };
}

/** The Office creates the year's cycle; it starts as a draft nobody outside sees. */
export async function createCycle(office: TestClient, year = SCENARIO_YEAR) {
  const created = await office.post('/api/cycles', {
    rulesVersionId: 'jinshui-2011',
    frameworkId: 'gbt19580-2012',
    year,
    announcementDate: ANNOUNCED_ON,
    applicationDeadline: DEADLINE,
    plan: { materialReviewFrom: `${year + 1}-01-10`, materialReviewTo: `${year + 1}-01-31` },
    announcement: { contacts: [{ name: '李娜', phone: '0371-65550000' }] },
  });
  expect(created.statusCode, created.body).toBe(201);
  return created.json<{ id: string; stage: string; window: string }>();
}

export async function moveCycle(client: TestClient, cycleId: string, to: string) {
  const response = await client.post(`/api/cycles/${cycleId}/stage`, { to });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<{ id: string; stage: string; window: string }>();
}

/** The password every organisation registered by these steps chooses. */
export const APPLICANT_PASSWORD = registration({ townId: 0, departmentId: 0 }).account.password;

/** An organisation registers itself and signs in; returns its client and its organisation. */
export async function registerOrganisation(
  platform: TestPlatform,
  scope: { townId: number; departmentId: number },
  who: { n: number; username: string; name: string },
) {
  const creditCode = validCreditCode(`91410105MA${String(who.n).padStart(6, '0')}X`);
  const body = registration({ ...scope, creditCode, username: who.username });
  body.organisation.name = who.name;
  const response = await platform.client().post('/api/organisations/register', body);
  expect(response.statusCode, response.body).toBe(201);
  const client = await signedIn(platform, who.username, APPLICANT_PASSWORD);
  const mine = (await client.get('/api/organisations/mine')).json<{ id: string; creditCode: string }>();
  expect(mine.creditCode).toBe(creditCode);
  return { client, organisationId: mine.id, creditCode, name: who.name };
}

/** The applicant starts the application, uploads the report and evidence, and fills the form. */
export async function prepareApplication(applicant: TestClient, cycleId: string, lastYear: number) {
  const started = await applicant.post('/api/applications', { cycleId });
  expect(started.statusCode, started.body).toBe(201);
  const applicationId = started.json<{ id: string }>().id;
  const report = await upload(
    applicant,
    applicationId,
    'self-assessment-report',
    '自评报告.pdf',
    await pdfBytes('Self-assessment report'),
  );
  expect(report.statusCode, report.body).toBe(201);
  const evidence = await upload(
    applicant,
    applicationId,
    'evidence',
    '营业执照.pdf',
    await pdfBytes('licence'),
  );
  expect(evidence.statusCode, evidence.body).toBe(201);
  const current = (await applicant.get(`/api/applications/${applicationId}`)).json<{ revision: number }>();
  const saved = await applicant.request('PUT', `/api/applications/${applicationId}/form`, {
    revision: current.revision,
    form: completeForm(report.json().id, evidence.json().id, lastYear),
  });
  expect(saved.statusCode, saved.body).toBe(200);
  return {
    applicationId,
    reportFileId: report.json<{ id: string }>().id,
    evidenceFileId: evidence.json<{ id: string }>().id,
    application: saved.json<{ status: string; complete: boolean; eligibility: { results: unknown[] } }>(),
  };
}

export async function endorse(endorser: TestClient, applicationId: string, comments: string) {
  const response = await endorser.post(`/api/applications/${applicationId}/endorsements`, {
    decision: 'agreed',
    comments,
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<{ status: string }>();
}

export async function submit(applicant: TestClient, applicationId: string) {
  const response = await applicant.post(`/api/applications/${applicationId}/submission`);
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ version: number; receiptNumber: string; contentSha256: string }>();
}

/** The Office accepts, noting what it checked on each clause the engine left 待核实 (Art. 15). */
export async function accept(office: TestClient, applicationId: string) {
  const view = (await office.get(`/api/applications/${applicationId}`)).json<{
    eligibility: { results: { key: string; verdict: string }[] };
  }>();
  const response = await office.post(`/api/applications/${applicationId}/decision`, {
    decision: 'accepted',
    note: '',
    overrides: [],
    acknowledgements: view.eligibility.results
      .filter((r) => r.verdict === 'needs-check')
      .map((r) => ({ key: r.key, note: '已核对申报单位提供的证明材料' })),
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<{ status: string }>();
}

/** The Office adds an expert to the pool; returns its id and pool code. */
export async function addExpert(
  office: TestClient,
  n: number,
  overrides: Parameters<typeof expertProfile>[1],
) {
  const response = await office.post('/api/experts', expertProfile(n, overrides));
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ id: string; code: string }>();
}

export interface PublicDraw {
  id: string;
  poolHash: string;
  commitment: string;
  poolDocument: { format: string; eligible: unknown[] };
  drawn: null | {
    secret: string;
    seed: string;
    outcome: { leader: string; members: string[]; reserves: string[] };
    current: { seats: { expert: string; role: string; status: string }[] };
  };
}

export async function planPanel(
  office: TestClient,
  cycleId: string,
  plan: { name: string; industries: string[]; applicationIds: string[]; size: number; reserves: number },
) {
  const response = await office.post(`/api/cycles/${cycleId}/panels`, plan);
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ id: string }>();
}

export async function freeze(office: TestClient, panelId: string) {
  const response = await office.post(`/api/panels/${panelId}/freeze`, {});
  expect(response.statusCode, response.body).toBe(200);
  return response.json<{ state: string; draws: PublicDraw[] }>();
}

export async function draw(office: TestClient, panelId: string, publicValue: string, supervisorName: string) {
  const response = await office.post(`/api/panels/${panelId}/draw`, { publicValue, supervisorName });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<{ state: string; draws: PublicDraw[] }>();
}

/** The pool code → id of every expert in an industry, as the Office's list shows them. */
export async function expertIdsByCode(office: TestClient, industry: string) {
  const list = (await office.get(`/api/experts?industry=${industry}`)).json<{
    items: { id: string; code: string }[];
  }>().items;
  return new Map(list.map((e) => [e.code, e.id]));
}

/** The Office hands a drawn expert an activation code; the expert sets a password and signs in. */
export async function expertSignsIn(platform: TestPlatform, office: TestClient, expertId: string) {
  return activatedExpert(platform, office, expertId);
}

export interface MyPanel {
  commitmentId: string;
  role: string;
  status: string;
  applications: string[];
  undertakingAcceptedAt: string | null;
  panel: { id: string; cycleId: string };
}

/** A seated expert confirms the seat and accepts the undertaking for the cycle. */
export async function confirmSeat(expert: TestClient, panelId: string) {
  const mine = (await expert.get('/api/my/panels')).json<{ items: MyPanel[] }>().items;
  const seat = mine.find((p) => p.panel.id === panelId);
  expect(seat, 'the expert sees the invitation').toBeDefined();
  expect(seat).toMatchObject({ status: 'invited', applications: [] });
  const confirmed = await expert.post(`/api/my/panels/${seat!.commitmentId}/response`, {
    response: 'confirmed',
    reason: '',
  });
  expect(confirmed.statusCode, confirmed.body).toBe(204);
  const undertaking = await expert.post('/api/my/undertakings', { cycleId: seat!.panel.cycleId });
  expect(undertaking.statusCode, undertaking.body).toBe(200);
  return (await expert.get('/api/my/panels'))
    .json<{ items: MyPanel[] }>()
    .items.find((p) => p.panel.id === panelId)!;
}
