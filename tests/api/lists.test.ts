import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activatedExpert } from './support/account-fixtures.js';
import { addDays, shanghaiDate } from '../../src/platform/kernel/time.js';
import { countingDatabase, type CountingDatabase } from './support/counting-database.js';
import { expertProfile } from './support/expert-fixtures.js';
import { creditCode, seedAcceptedApplication, seedPublishedCycle } from './support/seed-by-state.js';
import {
  createTestPlatform,
  UNREACHABLE_RATE_LIMITS,
  DEMO_PASSWORD,
  type TestClient,
  type TestPlatform,
} from './support/test-platform.js';

/**
 * Lists cost a fixed number of SQL statements whatever their length, page in SQL with a total,
 * and filter in SQL (issue 7, defect 7).
 */
let platform: TestPlatform;
let counter: CountingDatabase;
let office: TestClient;
let admin: TestClient;
let cycleId: string;
const experts: string[] = [];
const organisations: string[] = [];
const applications: string[] = [];

/** Rows of each list, added through the fixtures and the API: an expert, an application, a conflict. */
async function seedRows(upTo: number) {
  while (experts.length < upTo) {
    const n = 500 + experts.length;
    const profile = expertProfile(n, {
      name: `名单专家${experts.length + 1}`,
      industries: [experts.length % 2 === 0 ? 'D' : 'E'],
      canLead: experts.length % 4 === 0,
    });
    const expert = await office.post('/api/experts', profile);
    expect(expert.statusCode).toBe(201);
    experts.push(expert.json<{ id: string }>().id);
    const { organisationId, applicationId } = await seedAcceptedApplication(platform.db, cycleId, {
      name: `名单单位${organisations.length + 1}`,
      creditCode: creditCode(n),
    });
    organisations.push(organisationId);
    applications.push(applicationId);
    const conflict = await office.post('/api/conflicts', {
      expertId: experts.at(-1),
      organisationId,
      kind: 'consulting',
      evidence: '曾为该单位提供咨询',
    });
    expect(conflict.statusCode).toBe(201);
  }
}

const LISTS = {
  applications: () => `/api/applications?cycleId=${cycleId}&pageSize=200`,
  experts: () => `/api/experts?search=${encodeURIComponent('名单专家')}&pageSize=200`,
  conflicts: () => `/api/conflicts?search=${encodeURIComponent('名单专家')}&pageSize=200`,
  accounts: () => `/api/accounts?search=${encodeURIComponent('名单专家')}&pageSize=200`,
};

/** Statements and rows of each list route, as seen by the Office (or the administrator for accounts). */
async function measure() {
  const result: Record<string, { statements: number; rows: number; total: number }> = {};
  for (const [name, url] of Object.entries(LISTS)) {
    const client = name === 'accounts' ? admin : office;
    let body: { items: unknown[]; total: number } = { items: [], total: 0 };
    const statements = await counter.count(async () => {
      const response = await client.get(url());
      expect(response.statusCode, `${name}: ${response.body}`).toBe(200);
      body = response.json();
    });
    result[name] = { statements, rows: body.items.length, total: body.total };
  }
  return result;
}

let atTwo: Awaited<ReturnType<typeof measure>>;

beforeAll(async () => {
  platform = await createTestPlatform(UNREACHABLE_RATE_LIMITS, {
    wrapDatabase: (db) => (counter = countingDatabase(db)),
  });
  office = platform.client();
  await office.signIn('office', DEMO_PASSWORD);
  admin = platform.client();
  await admin.signIn('admin', DEMO_PASSWORD);
  cycleId = await seedPublishedCycle(platform.db, 2031);
  await seedRows(2);
  atTwo = await measure();
  await seedRows(40);
}, 300_000);
afterAll(() => platform.close());

describe('a list costs the same number of statements for 2 rows and for 40', () => {
  it.each(Object.keys(LISTS))('%s', async (name) => {
    const atForty = (await measure())[name]!;
    expect(atTwo[name]).toMatchObject({ rows: 2, total: 2 });
    expect(atForty).toMatchObject({ rows: 40, total: 40 });
    expect(atForty.statements).toBe(atTwo[name]!.statements);
  });

  it('GET /api/applications stays a handful of statements (it was 3 + 6n)', async () => {
    expect((await measure()).applications!.statements).toBeLessThanOrEqual(8);
  });
});

describe('paging', () => {
  it.each(Object.keys(LISTS))(
    '%s: pages of 15 slice the list without overlap, with the total',
    async (name) => {
      const client = name === 'accounts' ? admin : office;
      const base = LISTS[name as keyof typeof LISTS]().replace('&pageSize=200', '&pageSize=15');
      const pages = [];
      for (const page of [1, 2, 3, 4]) {
        const response = await client.get(`${base}&page=${page}`);
        expect(response.statusCode).toBe(200);
        pages.push(
          response.json<{ items: { id: string }[]; total: number; page: number; pageSize: number }>(),
        );
      }
      expect(pages.map((p) => p.items.length)).toEqual([15, 15, 10, 0]);
      expect(pages.map((p) => [p.total, p.page, p.pageSize])).toEqual([
        [40, 1, 15],
        [40, 2, 15],
        [40, 3, 15],
        [40, 4, 15],
      ]);
      const ids = pages.flatMap((p) => p.items.map((i) => i.id));
      expect(new Set(ids).size).toBe(40);
      const whole = (await client.get(LISTS[name as keyof typeof LISTS]())).json<{
        items: { id: string }[];
      }>();
      expect(ids).toEqual(whole.items.map((i) => i.id));
    },
  );

  it('refuses a page size over 200 and a page of 0', async () => {
    expect((await office.get('/api/applications?pageSize=201')).statusCode).toBe(400);
    expect((await office.get('/api/experts?page=0')).statusCode).toBe(400);
  });

  it('counts every row, not only those on the page (no silent cut)', async () => {
    const response = await office.get(`/api/applications?cycleId=${cycleId}&pageSize=1`);
    expect(response.json()).toMatchObject({ total: 40, pageSize: 1 });
    expect(response.json().items).toHaveLength(1);
  });
});

describe('filters run in SQL and count what they keep', () => {
  it('applications by status and by search text', async () => {
    const accepted = await office.get(`/api/applications?cycleId=${cycleId}&status=accepted&pageSize=5`);
    expect(accepted.json()).toMatchObject({ total: 40 });
    const drafts = await office.get(`/api/applications?cycleId=${cycleId}&status=draft`);
    expect(drafts.json()).toMatchObject({ total: 0, items: [] });
    const one = await office.get(
      `/api/applications?cycleId=${cycleId}&search=${encodeURIComponent('名单单位7')}`,
    );
    expect(one.json().total).toBe(1);
    expect(one.json().items[0].organisationName).toBe('名单单位7');
  });

  it('applications outside the caller’s scope are neither shown nor counted', async () => {
    const applicant = platform.client();
    await applicant.signIn('applicant', DEMO_PASSWORD);
    const mine = (await applicant.get(`/api/applications?cycleId=${cycleId}`)).json();
    expect(mine).toMatchObject({ total: 0, items: [] });
  });

  it('experts by industry, conflicts by expert, accounts by role', async () => {
    const search = encodeURIComponent('名单专家');
    const industryE = (await office.get(`/api/experts?search=${search}&industry=E&pageSize=100`)).json();
    expect(industryE.total).toBe(20);
    expect(industryE.items.every((e: { industries: string[] }) => e.industries.includes('E'))).toBe(true);
    const ofOne = (await office.get(`/api/conflicts?expertId=${experts[3]}`)).json();
    expect(ofOne.total).toBe(1);
    expect(ofOne.items[0].organisationId).toBe(organisations[3]);
    const auditors = (await admin.get(`/api/accounts?search=${search}&role=auditor`)).json();
    expect(auditors).toMatchObject({ total: 0, items: [] });
    const expertAccounts = (await admin.get(`/api/accounts?search=${search}&role=expert`)).json();
    expect(expertAccounts.total).toBe(40);
  });
});

describe('freezing a panel reads its industry group and its organisations’ conflicts only', () => {
  /** Rows read by freezing a panel of industry D over four applications (two D experts in conflict). */
  async function freezeRows(first: number) {
    const plan = await office.post(`/api/cycles/${cycleId}/panels`, {
      name: `D 组 ${first}`,
      industries: ['D'],
      applicationIds: applications.slice(first, first + 4),
      size: 5,
      reserves: 2,
    });
    expect(plan.statusCode, plan.body).toBe(201);
    let response = { statusCode: 0, body: '' };
    const rows = await counter.countRows(async () => {
      response = await office.post(`/api/panels/${plan.json().id}/freeze`, {});
    });
    expect(response.statusCode, response.body).toBeLessThan(300);
    return rows;
  }

  it('reads no more rows when the rest of the pool and its conflicts grow', async () => {
    const before = await freezeRows(0);
    // Ten more experts outside the panel's group, each in conflict with an organisation outside it.
    for (let i = 0; i < 10; i++) {
      const expert = await office.post(
        '/api/experts',
        expertProfile(700 + i, { name: `组外专家${i}`, industries: ['E'] }),
      );
      expect(
        (
          await office.post('/api/conflicts', {
            expertId: expert.json().id,
            organisationId: organisations[30 + i],
            kind: 'consulting',
            evidence: '组外',
          })
        ).statusCode,
      ).toBe(201);
    }
    expect(await freezeRows(4)).toBe(before);
  });
});

describe('panels, draws, seats and the logs cost the same statements for 2 rows and for 40', () => {
  let drawCycle: string;
  let auditor: TestClient;
  let seated: TestClient;
  let seatedCode: string;
  const panelIds: string[] = [];
  let publicBefore = 0;

  /** Drawn panels of industry N (its five experts seat on every one), each a seat confirmed. */
  async function drawPanels(upTo: number) {
    while (panelIds.length < upTo) {
      const n = panelIds.length;
      const { applicationId } = await seedAcceptedApplication(platform.db, drawCycle, {
        name: `抽取单位${n + 1}`,
        creditCode: creditCode(900 + n),
      });
      const id = await drawPanel(`N 组 ${n + 1}`, [applicationId]);
      panelIds.push(id);
      // An unknown username's failed sign-in, for the access log.
      await platform.client().signIn(`lists-visitor-${n}`, 'wrong-password');
    }
  }

  async function drawPanel(name: string, applicationIds: string[]) {
    const plan = await office.post(`/api/cycles/${drawCycle}/panels`, {
      name,
      industries: ['N'],
      applicationIds,
      size: 5,
      reserves: 0,
    });
    expect(plan.statusCode, plan.body).toBe(201);
    const id = plan.json<{ id: string }>().id;
    expect((await office.post(`/api/panels/${id}/freeze`, {})).statusCode).toBe(200);
    const drawn = await office.post(`/api/panels/${id}/draw`, {
      publicValue: `value-${name}`,
      supervisorName: '监督员 李明',
    });
    expect(drawn.statusCode, drawn.body).toBe(200);
    const commitmentId = drawn.json<{ draws: { id: string }[] }>().draws[0]!.id;
    const confirmed = await seated.post(`/api/my/panels/${commitmentId}/response`, {
      response: 'confirmed',
      reason: '',
    });
    expect(confirmed.statusCode, confirmed.body).toBe(204);
    return id;
  }

  const ROUTES: Record<string, () => [TestClient, string]> = {
    'cycle panels': () => [office, `/api/cycles/${drawCycle}/panels?pageSize=200`],
    'public draws': () => [platform.client(), '/api/public/draws?pageSize=200'],
    'cycle panels drawn': () => [office, `/api/cycles/${drawCycle}/panels?drawn=true&pageSize=200`],
    'my panels': () => [seated, '/api/my/panels?pageSize=200'],
    'my panels awaiting me': () => [seated, '/api/my/panels?awaiting=true&pageSize=200'],
    'audit trail': () => [auditor, '/api/audit?action=draw.drawn&pageSize=200'],
    'audit trail by dates': () => [auditor, `/api/audit?action=draw.drawn&${aroundToday()}&pageSize=200`],
    'access log': () => [auditor, '/api/access-log?event=sign-in-failed&search=lists-visitor&pageSize=200'],
    'access log by dates': () => [
      auditor,
      `/api/access-log?event=sign-in-failed&search=lists-visitor&${aroundToday()}&pageSize=200`,
    ],
  };

  /** Yesterday to tomorrow in Beijing: every row of this run, whatever the hour. */
  const aroundToday = () => {
    const today = shanghaiDate(new Date());
    return `from=${addDays(today, -1)}&to=${addDays(today, 1)}`;
  };

  async function measureRoutes() {
    const result: Record<string, { statements: number; rows: number; total: number }> = {};
    for (const [name, route] of Object.entries(ROUTES)) {
      const [client, url] = route();
      let body: { items: unknown[]; total: number } = { items: [], total: 0 };
      const statements = await counter.count(async () => {
        const response = await client.get(url);
        expect(response.statusCode, `${name}: ${response.body}`).toBe(200);
        body = response.json();
      });
      result[name] = { statements, rows: body.items.length, total: body.total };
    }
    return result;
  }

  let routesAtTwo: Awaited<ReturnType<typeof measureRoutes>>;
  let routesAtForty: Awaited<ReturnType<typeof measureRoutes>>;

  beforeAll(async () => {
    auditor = platform.client();
    await auditor.signIn('auditor', DEMO_PASSWORD);
    drawCycle = await seedPublishedCycle(platform.db, 2032);
    const fExperts: { id: string; code: string }[] = [];
    for (let i = 0; i < 5; i++) {
      const response = await office.post(
        '/api/experts',
        expertProfile(800 + i, { name: `N组专家${i + 1}`, industries: ['N'], canLead: i < 2 }),
      );
      expect(response.statusCode, response.body).toBe(201);
      fExperts.push(response.json());
    }
    seatedCode = fExperts[4]!.code;
    seated = await activatedExpert(platform, office, fExperts[4]!.id);
    publicBefore = (await platform.client().get('/api/public/draws?pageSize=1')).json<{ total: number }>()
      .total;
    await drawPanels(2);
    routesAtTwo = await measureRoutes();
    await drawPanels(40);
    routesAtForty = await measureRoutes();
  }, 600_000);

  it.each(Object.keys(ROUTES))('%s', (name) => {
    const extra = name === 'public draws' ? publicBefore : 0;
    expect(routesAtTwo[name]).toMatchObject({ rows: 2 + extra, total: 2 + extra });
    expect(routesAtForty[name]).toMatchObject({ rows: 40 + extra, total: 40 + extra });
    expect(routesAtForty[name]!.statements).toBe(routesAtTwo[name]!.statements);
  });

  it('a panel of 2 applications and one of 40 cost the same, and name their applicants', async () => {
    const fresh: string[] = [];
    for (let i = 0; i < 42; i++) {
      const seeded = await seedAcceptedApplication(platform.db, drawCycle, {
        name: `组内单位${i + 1}`,
        creditCode: creditCode(1000 + i),
      });
      fresh.push(seeded.applicationId);
    }
    const small = await drawPanel('N 组 小', fresh.slice(40));
    const large = await drawPanel('N 组 大', fresh.slice(0, 40));
    const view = async (id: string) => {
      let body: {
        applications: { id: string; organisationName: string }[];
        organisations: Record<string, string>;
        experts: Record<string, { name: string } | null>;
      } = { applications: [], organisations: {}, experts: {} };
      const statements = await counter.count(async () => {
        const response = await office.get(`/api/panels/${id}`);
        expect(response.statusCode, response.body).toBe(200);
        body = response.json();
      });
      return { statements, body };
    };
    const [two, forty] = [await view(small), await view(large)];
    expect(forty.statements).toBe(two.statements);
    expect(forty.body.applications).toHaveLength(40);
    const names = forty.body.applications.map((a) => a.organisationName);
    expect(new Set(names)).toEqual(new Set(Array.from({ length: 40 }, (_, i) => `组内单位${i + 1}`)));
    expect(Object.values(forty.body.organisations).sort()).toEqual([...names].sort());
    expect(forty.body.experts[seatedCode]).toMatchObject({ name: 'N组专家5' });
    // A redraw adds a commitment, its result and its events, not statements.
    const redraw = await office.post(`/api/panels/${large}/freeze`, { reason: '重新抽取' });
    expect(redraw.statusCode, redraw.body).toBe(200);
    const drawn = await office.post(`/api/panels/${large}/draw`, {
      publicValue: 'value-redraw',
      supervisorName: '监督员 李明',
    });
    expect(drawn.statusCode, drawn.body).toBe(200);
    expect((await view(large)).statements).toBe(two.statements);
  });

  it('pages of 15 slice the panels, the draws, the seats and the logs, with the total', async () => {
    for (const [name, route] of Object.entries(ROUTES)) {
      const [client, url] = route();
      const pages = [];
      for (const page of [1, 2, 3]) {
        const response = await client.get(`${url.replace('pageSize=200', 'pageSize=15')}&page=${page}`);
        expect(response.statusCode, name).toBe(200);
        pages.push(response.json<{ items: { id?: string; commitmentId?: string }[]; total: number }>());
      }
      const all = (await client.get(url)).json<{ items: { id?: string; commitmentId?: string }[] }>();
      const whole = all.items.length;
      expect(whole, name).toBeGreaterThanOrEqual(40);
      expect(
        pages.map((p) => p.total),
        name,
      ).toEqual([whole, whole, whole]);
      expect(
        pages.map((p) => p.items.length),
        name,
      ).toEqual([15, 15, Math.min(15, whole - 30)]);
      const ids = pages.flatMap((p) => p.items.map((i) => i.id ?? i.commitmentId));
      expect(ids, name).toEqual(all.items.slice(0, ids.length).map((i) => i.id ?? i.commitmentId));
      expect(new Set(ids).size, name).toBe(ids.length);
    }
  });

  it('filters the audit trail by action and record, and the access log by event and name, in SQL', async () => {
    const ofPanel = (await auditor.get(`/api/audit?recordType=panel&recordId=${panelIds[0]}`)).json();
    expect(ofPanel.total).toBe(4);
    expect(ofPanel.items.every((e: { recordId: string }) => e.recordId === panelIds[0])).toBe(true);
    expect(ofPanel.items.map((e: { action: string }) => e.action)).toContain('draw.drawn');
    const none = (await auditor.get('/api/audit?action=no.such-action')).json();
    expect(none).toMatchObject({ total: 0, items: [] });
    const visitor = (await auditor.get('/api/access-log?search=LISTS-VISITOR')).json();
    expect(visitor.total).toBe(40);
    const signIns = (await auditor.get('/api/access-log?event=sign-in&search=lists-visitor')).json();
    expect(signIns).toMatchObject({ total: 0, items: [] });
    expect((await auditor.get('/api/access-log?event=no-such-event')).statusCode).toBe(400);
  });

  it('offers a new panel only the applications no panel reviews yet, counted in SQL', async () => {
    const { applicationId } = await seedAcceptedApplication(platform.db, drawCycle, {
      name: '未分组单位',
      creditCode: creditCode(1100),
    });
    const free = (await office.get(`/api/applications?cycleId=${drawCycle}&onPanel=false`)).json();
    expect(free).toMatchObject({ total: 1, items: [{ id: applicationId, organisationName: '未分组单位' }] });
    const taken = (await office.get(`/api/applications?cycleId=${drawCycle}&onPanel=true&pageSize=1`)).json();
    expect(taken.total).toBe(82);
  });

  it('filters the audit trail and the access log by Beijing dates in SQL, both days included', async () => {
    const lists = {
      audit: '/api/audit?action=draw.drawn&pageSize=200',
      access: '/api/access-log?event=sign-in-failed&search=lists-visitor&pageSize=200',
    };
    for (const [name, url] of Object.entries(lists)) {
      const all = (await auditor.get(url)).json<{ total: number; items: { at: string }[] }>();
      expect(all.total, name).toBeGreaterThanOrEqual(40);
      expect(all.items, name).toHaveLength(all.total);
      const days = all.items.map((i) => shanghaiDate(new Date(i.at))).sort();
      const [first, last] = [days[0]!, days.at(-1)!];
      const within = (await auditor.get(`${url}&from=${first}&to=${last}`)).json();
      expect(within.total, name).toBe(all.total);
      const lastDay = (await auditor.get(`${url}&from=${last}&to=${last}`)).json();
      expect(lastDay.total, name).toBe(days.filter((d) => d === last).length);
      const before = (await auditor.get(`${url}&to=${addDays(first, -1)}`)).json();
      expect(before, name).toMatchObject({ total: 0, items: [] });
      const after = (await auditor.get(`${url}&from=${addDays(last, 1)}`)).json();
      expect(after, name).toMatchObject({ total: 0, items: [] });
      const reversed = await auditor.get(`${url}&from=${last}&to=${addDays(last, -1)}`);
      expect(reversed.statusCode, name).toBe(400);
      expect(reversed.json().code).toBe('request/date-range-reversed');
      const notADay = await auditor.get(`${url}&from=2026-02-30`);
      expect(notADay.statusCode, name).toBe(400);
      expect(notADay.json().code).toBe('request/invalid-value');
    }
  });

  it('counts the seats waiting on the expert and the panels not yet drawn, in SQL', async () => {
    const count = async (client: TestClient, url: string) => {
      const response = await client.get(url);
      expect(response.statusCode, response.body).toBe(200);
      return response.json<{ total: number; items: unknown[] }>();
    };
    // The rule the home card used to apply in the browser, over every seat: not yet answered, or
    // confirmed before the cycle's undertaking. The server's count must agree with it.
    const waitingByHand = async () => {
      const all = await count(seated, '/api/my/panels?pageSize=200');
      const items = all.items as { status: string; undertakingAcceptedAt: string | null }[];
      expect(items).toHaveLength(all.total);
      const waiting = items.filter(
        (p) => p.status === 'invited' || (p.status === 'confirmed' && !p.undertakingAcceptedAt),
      ).length;
      return { seats: all.total, waiting };
    };
    const before = await waitingByHand();
    expect(before.seats).toBeGreaterThanOrEqual(40);
    // Every seat is confirmed or invited and the undertaking is not accepted yet: all wait.
    expect(before.waiting).toBe(before.seats);
    expect(await count(seated, '/api/my/panels?awaiting=true&pageSize=1')).toMatchObject({
      total: before.waiting,
    });
    expect((await count(seated, '/api/my/panels?awaiting=true&pageSize=1')).items).toHaveLength(1);
    expect((await count(seated, '/api/my/panels?awaiting=false')).total).toBe(0);
    const undrawn = `/api/cycles/${drawCycle}/panels?drawn=false&pageSize=1`;
    expect((await count(office, undrawn)).total).toBe(0);

    // A panel planned, then frozen: not drawn either way; drawn, it leaves the count.
    const { applicationId } = await seedAcceptedApplication(platform.db, drawCycle, {
      name: '待抽取单位',
      creditCode: creditCode(1200),
    });
    const plan = await office.post(`/api/cycles/${drawCycle}/panels`, {
      name: 'N 组 待抽取',
      industries: ['N'],
      applicationIds: [applicationId],
      size: 5,
      reserves: 0,
    });
    expect(plan.statusCode, plan.body).toBe(201);
    const planned = plan.json<{ id: string }>().id;
    expect(await count(office, undrawn)).toMatchObject({
      total: 1,
      items: [{ id: planned, state: 'planned' }],
    });
    expect((await office.post(`/api/panels/${planned}/freeze`, {})).statusCode).toBe(200);
    expect(await count(office, undrawn)).toMatchObject({
      total: 1,
      items: [{ id: planned, state: 'frozen' }],
    });
    const panels = (await count(office, `/api/cycles/${drawCycle}/panels?pageSize=1`)).total;
    expect((await count(office, `/api/cycles/${drawCycle}/panels?drawn=true&pageSize=1`)).total).toBe(
      panels - 1,
    );

    // Once the undertaking is accepted, the confirmed seats wait on nobody; the redrawn one, still
    // unanswered, waits.
    const accepted = await seated.post('/api/my/undertakings', { cycleId: drawCycle });
    expect(accepted.statusCode, accepted.body).toBe(200);
    const after = await waitingByHand();
    expect(after.waiting).toBeLessThan(before.waiting);
    expect((await count(seated, '/api/my/panels?awaiting=true')).total).toBe(after.waiting);
    expect((await count(seated, '/api/my/panels?awaiting=false&pageSize=1')).total).toBe(
      after.seats - after.waiting,
    );
  });
});
