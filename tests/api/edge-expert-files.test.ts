import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activatedExpert } from './support/account-fixtures.js';
import { expertProfile } from './support/expert-fixtures.js';
import { pdfBytes, upload } from './support/intake-fixtures.js';
import { creditCode, seedAcceptedApplication, seedPublishedCycle } from './support/seed-by-state.js';
import {
  createTestPlatform,
  DEMO_PASSWORD,
  type TestClient,
  type TestPlatform,
} from './support/test-platform.js';

// Defect 4: GET /api/files/:id had no branch for a seated expert, who may read the application.
let platform: TestPlatform;
let office: TestClient;
let cycleId: string;
let applicationId: string;
let reportId: string;
let report: Buffer;
const experts: { id: string; code: string }[] = [];
let drawnA: string[];
let drawnB: string[];

async function drawPanel(name: string, industry: string, applicationIds: string[]): Promise<string[]> {
  const plan = await office.post(`/api/cycles/${cycleId}/panels`, {
    name,
    industries: [industry],
    applicationIds,
    size: 5,
    reserves: 0,
  });
  expect(plan.statusCode, plan.body).toBe(201);
  const panelId = plan.json().id;
  expect((await office.post(`/api/panels/${panelId}/freeze`, {})).statusCode).toBe(200);
  const drawn = await office.post(`/api/panels/${panelId}/draw`, {
    publicValue: `${name} 福彩3D 527`,
    supervisorName: '区纪委 王监督',
  });
  expect(drawn.statusCode, drawn.body).toBe(200);
  const outcome = (await office.get(`/api/panels/${panelId}`)).json().draws[0].drawn.outcome;
  return [outcome.leader, ...outcome.members];
}

/** Signs in as the drawn expert and confirms its seats; with `undertaking`, accepts it too. */
async function seatedExpert(code: string, undertaking: boolean): Promise<TestClient> {
  const expert = experts.find((e) => e.code === code)!;
  const client = await activatedExpert(platform, office, expert.id);
  // Drawn onto both panels, perhaps: confirm every seat, so only the panel decides.
  for (const invitation of (await client.get('/api/my/panels')).json().items) {
    const confirmed = await client.post(`/api/my/panels/${invitation.commitmentId}/response`, {
      response: 'confirmed',
      reason: '',
    });
    expect(confirmed.statusCode, confirmed.body).toBeLessThan(300);
  }
  if (undertaking) expect((await client.post('/api/my/undertakings', { cycleId })).statusCode).toBe(200);
  return client;
}

const fileReads = async (userId?: string) =>
  (
    await platform.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM access_log WHERE record_type = 'file' AND record_id = $1 AND ($2::uuid IS NULL OR user_id = $2::uuid)",
      [reportId, userId ?? null],
    )
  )[0]!.n;

beforeAll(async () => {
  platform = await createTestPlatform();
  office = platform.client();
  await office.signIn('office', DEMO_PASSWORD);
  cycleId = await seedPublishedCycle(platform.db);
  // The demo applicant starts an application and uploads its self-assessment report.
  const applicant = platform.client();
  await applicant.signIn('applicant', DEMO_PASSWORD);
  const started = await applicant.post('/api/applications', { cycleId });
  expect(started.statusCode, started.body).toBe(201);
  applicationId = started.json().id;
  report = await pdfBytes('自评报告 Self-assessment report');
  const uploaded = await upload(applicant, applicationId, 'self-assessment-report', '自评报告.pdf', report);
  expect(uploaded.statusCode, uploaded.body).toBe(201);
  reportId = uploaded.json().id;
  await platform.db.query("UPDATE applications SET status = 'accepted' WHERE id = $1", [applicationId]);
  const other = await seedAcceptedApplication(platform.db, cycleId, {
    name: '郑州乙电子股份有限公司',
    creditCode: creditCode(2),
  });
  // Two pools that do not meet (industries the demo pool leaves empty): 1–5 in D, 6–10 in K.
  for (let n = 1; n <= 10; n += 1) {
    const response = await office.post(
      '/api/experts',
      expertProfile(n, { canLead: n === 1 || n === 6, industries: [n <= 5 ? 'D' : 'K'] }),
    );
    expect(response.statusCode, response.body).toBe(201);
    experts.push({ id: response.json().id, code: response.json().code });
  }
  drawnA = await drawPanel('电力一组', 'D', [applicationId]);
  drawnB = await drawPanel('房地产一组', 'K', [other.applicationId]);
});
afterAll(() => platform.close());

describe('a seated expert and the application’s files', () => {
  it('may download the report only after accepting the undertaking, and each read is logged', async () => {
    const expert = await seatedExpert(drawnA[0]!, false);
    const before = await expert.get(`/api/files/${reportId}`);
    expect(before.statusCode).toBe(403);
    expect(before.json()).toMatchObject({ code: 'expert/undertaking-required', clause: '第二十五条' });
    expect(await fileReads()).toBe(0);

    expect((await expert.post('/api/my/undertakings', { cycleId })).statusCode).toBe(200);
    const first = await expert.get(`/api/files/${reportId}`);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.headers['content-type']).toBe('application/pdf');
    expect(Buffer.compare(first.rawPayload, report)).toBe(0);
    await expert.get(`/api/files/${reportId}`);
    const userId = (await expert.get('/api/auth/session')).json().user.id as string;
    expect(await fileReads(userId)).toBe(2);
  });

  it('is "not found" for an expert seated on another panel', async () => {
    const outsider = drawnB.find((code) => !drawnA.includes(code));
    expect(outsider).toBeDefined();
    const expert = await seatedExpert(outsider!, true);
    const response = await expert.get(`/api/files/${reportId}`);
    expect(response.statusCode).toBe(404);
    expect(response.json().code).toBe('record/not-found');
  });

  it('still lets the applicant and the Office download it, and logs their reads too', async () => {
    const before = await fileReads();
    expect((await office.get(`/api/files/${reportId}`)).statusCode).toBe(200);
    expect(await fileReads()).toBe(before + 1);
  });
});
