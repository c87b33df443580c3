import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countingDatabase, type CountingDatabase } from './support/counting-database.js';
import { expertProfile } from './support/expert-fixtures.js';
import { creditCode, seedAcceptedApplication, seedPublishedCycle } from './support/seed-by-state.js';
import {
  createTestPlatform,
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
  platform = await createTestPlatform({}, { wrapDatabase: (db) => (counter = countingDatabase(db)) });
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
