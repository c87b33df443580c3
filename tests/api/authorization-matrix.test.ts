import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyApplicationForm } from '../../src/applications/core/application-form.js';
import type { Actor } from '../../src/accounts/core/actor.js';
import { can, type Action } from '../../src/accounts/core/permissions.js';
import type { Role } from '../../src/accounts/core/roles.js';
import { createAccount, createActivatedAccount } from './support/account-fixtures.js';
import { expertProfile, identityNumber } from './support/expert-fixtures.js';
import { multipart, pdfBytes, registration } from './support/intake-fixtures.js';
import {
  accept,
  addExpert,
  createCycle,
  draw,
  endorse,
  freeze,
  moveCycle,
  OPENED_AT,
  planPanel,
  prepareApplication,
  registerOrganisation,
  signedIn,
  submit,
  validCreditCode,
} from './support/scenario-steps.js';
import {
  createTestPlatform,
  UNREACHABLE_RATE_LIMITS,
  type TestClient,
  type TestPlatform,
} from './support/test-platform.js';

/**
 * Every operation of the OpenAPI document × every demo role, a second organisation, town and
 * department, and an anonymous visitor, each aimed at records that belong to someone else.
 * No answer may be a 5xx; a caller without the permission gets 401/403/404; and nobody is shown
 * what identifies another's record. An operation missing from EXPECTATIONS fails the run, so each
 * new route needs a decision here.
 */

const CALLERS = {
  anonymous: null,
  admin: ['system_admin'],
  office: ['office_staff'],
  expert: ['expert'],
  member: ['committee_member'],
  chair: ['committee_chair', 'committee_member'],
  approver: ['government_approver'],
  auditor: ['auditor'],
  town: ['locality_endorser'],
  dept: ['department_endorser'],
  applicant: ['applicant'],
  org2: ['applicant'],
  town2: ['locality_endorser'],
  dept2: ['department_endorser'],
  // The second demo programme's people (decision 0008): every record probed here is Jinshui's.
  zzOffice: ['office_staff'],
  zzChair: ['committee_chair', 'committee_member'],
  zzAuditor: ['auditor'],
  zzTown: ['locality_endorser'],
  zzDept: ['department_endorser'],
} as const satisfies Record<string, readonly Role[] | null>;
type Caller = keyof typeof CALLERS;
const CALLER_NAMES = Object.keys(CALLERS) as Caller[];

/** Callers whose roles are held in the other programme, and their demo accounts. */
const OTHER_PROGRAMME: Partial<Record<Caller, string>> = {
  zzOffice: 'zz.office',
  zzChair: 'zz.chair',
  zzAuditor: 'zz.auditor',
  zzTown: 'zz.town',
  zzDept: 'zz.dept',
};
const OTHER_PROGRAMME_CALLERS = Object.keys(OTHER_PROGRAMME) as Caller[];

/** A path that names one record (as opposed to a list, a form or a public page). */
const namesRecord = (path: string) => /\{(id|cycleId|commitmentId)\}/.test(path);

/** Who may get a 2xx: the holders of an action, or (record-level rules) the callers named. */
type Allow = { action: Action } | { only: readonly Caller[] };

/** Callers who may see the demo applicant's accepted application (its own, its town's, its department's, the Office). */
const VICTIM_APPLICATION_READERS = ['office', 'applicant', 'town', 'dept'] as const;

interface Records {
  cycleId: string;
  applicationId: string;
  fileId: string;
  accountId: string;
  grantId: string;
  expertId: string;
  expertCode: string;
  conflictId: string;
  panelId: string;
  drawId: string;
  townId: number;
  departmentId: number;
  org2Id: string;
}

interface Expectation {
  allow: Allow;
  body?: (r: Records) => unknown;
  query?: string;
  /** Sent as a multipart upload of a small PDF. */
  upload?: true;
  /** Would end the caller's session: sent only by callers it must refuse, and by anonymous. */
  endsSession?: true;
}

const reason = '矩阵测试';
const EXPECTATIONS: Record<string, Expectation> = {
  'GET /api/health': { allow: { action: 'public.read' } },
  'GET /api/public/site': { allow: { action: 'public.read' } },
  'GET /api/auth/session': { allow: { action: 'public.read' } },
  'POST /api/auth/sign-in': {
    allow: { action: 'public.read' },
    body: () => ({ username: 'nobody-here', password: 'Wrong#Password2026' }),
  },
  'POST /api/auth/sign-out': { allow: { action: 'public.read' }, endsSession: true },
  'POST /api/auth/activate': {
    allow: { action: 'public.read' },
    body: () => ({
      username: 'victim.account',
      code: 'AAAA-BBBB-CCCC-DDDD',
      newPassword: 'Matrix#New2026pass',
    }),
  },
  'GET /api/auth/password-rules': { allow: { action: 'public.read' } },
  'GET /api/auth/password-reset': { allow: { action: 'public.read' } },
  'POST /api/auth/password-reset': {
    allow: { action: 'public.read' },
    body: () => ({ username: 'nobody-here' }),
  },
  'POST /api/organisations/password-reset': {
    allow: { action: 'organisation.reset-password' },
    body: () => ({ creditCode: '91410105MA46BC8Q2K', note: reason }),
  },
  'POST /api/auth/password': {
    allow: { action: 'self.manage' },
    body: () => ({ currentPassword: 'Wrong#Password2026', newPassword: 'Matrix#New2026pass' }),
  },
  'GET /api/accounts': { allow: { action: 'account.manage' } },
  'POST /api/accounts': {
    allow: { action: 'account.manage' },
    body: () => ({ username: 'matrix.made', displayName: '矩阵账号', roles: [{ role: 'auditor' }] }),
  },
  'POST /api/accounts/{id}/activation': { allow: { action: 'account.manage' } },
  'GET /api/role-grants': { allow: { only: ['admin', 'office', 'auditor', 'zzOffice', 'zzAuditor'] } },
  'POST /api/role-grants/{id}/confirm': { allow: { action: 'role-grant.confirm' } },
  'GET /api/accounts/{id}': { allow: { action: 'account.manage' } },
  'POST /api/accounts/{id}/status': {
    allow: { action: 'account.manage' },
    body: () => ({ status: 'disabled', reason }),
  },
  'GET /api/reference/{kind}': { allow: { action: 'public.read' } },
  'POST /api/reference/{kind}': {
    allow: { action: 'reference.manage' },
    body: () => ({ code: 'T-MX', name: { zh: '矩阵镇', en: 'Matrix town' } }),
  },
  'PATCH /api/reference/{kind}/{id}': {
    allow: { action: 'reference.manage' },
    body: () => ({ active: true }),
  },
  'GET /api/audit': { allow: { action: 'audit.read' } },
  'GET /api/audit/verification': { allow: { action: 'audit.read' } },
  'GET /api/audit/export.xlsx': { allow: { action: 'audit.read' } },
  'GET /api/access-log': { allow: { action: 'access-log.read' } },
  'GET /api/access-log/export.xlsx': { allow: { action: 'access-log.read' } },
  'GET /api/programmes': { allow: { action: 'public.read' } },
  'GET /api/public/programmes': { allow: { action: 'public.read' } },
  'GET /api/public/programmes/{slug}': { allow: { action: 'public.read' } },
  'POST /api/installation/programmes': {
    allow: { action: 'programme.create' },
    body: () => ({
      id: 'matrix-award',
      name: { zh: '矩阵区质量奖', en: 'Matrix Award' },
      issuer: { zh: '矩阵区人民政府', en: 'Matrix District' },
      jurisdictionCode: '410102',
      level: 'district',
      receiptPrefix: 'MTX',
    }),
  },
  'GET /api/programmes/{id}': { allow: { action: 'public.read' } },
  'GET /api/rules-versions': { allow: { action: 'rules.read' } },
  'GET /api/rules-versions/{id}': { allow: { action: 'rules.read' } },
  'POST /api/rules-versions': {
    allow: { action: 'rules.draft' },
    body: () => ({ basedOn: 'jinshui-2011', id: 'matrix-rules' }),
  },
  // Aimed at an approved (shipped) version: its holders are refused with a 409.
  'PUT /api/rules-versions/{id}': {
    allow: { action: 'rules.draft' },
    body: () => ({ revision: 1, document: {} }),
  },
  'POST /api/rules-versions/{id}/approval': {
    allow: { action: 'rules.approve' },
    body: () => ({ revision: 1 }),
  },
  'GET /api/frameworks': { allow: { action: 'public.read' } },
  'GET /api/frameworks/{id}': { allow: { action: 'public.read' } },
  'GET /api/public/cycles': { allow: { action: 'public.read' } },
  'GET /api/cycles': { allow: { action: 'cycle.read' } },
  'POST /api/cycles': {
    allow: { action: 'cycle.manage' },
    body: () => ({
      rulesVersionId: 'jinshui-2011',
      frameworkId: 'gbt19580-2012',
      year: 2030,
      announcementDate: '2030-03-01',
      applicationDeadline: '2030-05-31T17:00:00+08:00',
      plan: {},
      announcement: {},
    }),
  },
  'GET /api/cycles/{id}': { allow: { action: 'cycle.read' } },
  'PUT /api/cycles/{id}': {
    allow: { action: 'cycle.manage' },
    body: () => ({
      frameworkId: 'gbt19580-2012',
      announcementDate: '2026-11-20',
      applicationDeadline: '2026-12-31T17:00:00+08:00',
      plan: {},
      announcement: {},
    }),
  },
  'POST /api/cycles/{id}/stage': {
    allow: { action: 'cycle.read' },
    body: () => ({ to: 'criteria_approved' }),
  },
  'POST /api/organisations/register': {
    allow: { action: 'public.read' },
    body: (r) =>
      registration({
        townId: r.townId,
        departmentId: r.departmentId,
        creditCode: validCreditCode('91410105MA000999X'),
        username: 'matrix.org',
      }),
  },
  'GET /api/organisations/mine': { allow: { action: 'application.apply' } },
  // Lists are open to everyone signed in; what each sees is checked by the disclosure rule.
  'GET /api/applications': { allow: { action: 'self.manage' } },
  'POST /api/applications': { allow: { action: 'application.apply' }, body: (r) => ({ cycleId: r.cycleId }) },
  'GET /api/applications/{id}': { allow: { only: VICTIM_APPLICATION_READERS } },
  'PUT /api/applications/{id}/form': {
    allow: { only: ['applicant'] },
    body: () => ({ revision: 1, form: emptyApplicationForm() }),
  },
  'POST /api/applications/{id}/files': {
    allow: { only: ['applicant'] },
    query: 'purpose=evidence',
    upload: true,
  },
  'GET /api/files/{id}': { allow: { only: VICTIM_APPLICATION_READERS } },
  'POST /api/applications/{id}/endorsement-request': { allow: { only: ['applicant'] } },
  'POST /api/applications/{id}/endorsements': {
    allow: { only: ['town', 'dept'] },
    body: () => ({ decision: 'agreed', comments: reason }),
  },
  'POST /api/applications/{id}/submission': { allow: { only: ['applicant'] } },
  'GET /api/applications/{id}/versions/{version}/receipt.pdf': {
    allow: { only: VICTIM_APPLICATION_READERS },
  },
  'GET /api/applications/{id}/document.pdf': { allow: { only: ['office', 'applicant'] } },
  'POST /api/applications/{id}/extension': {
    allow: { only: ['office'] },
    body: () => ({ deadline: '2027-01-31T17:00:00+08:00', reason }),
  },
  'POST /api/applications/{id}/decision': {
    allow: { only: ['office'] },
    body: () => ({ decision: 'accepted', note: '', overrides: [] }),
  },
  'GET /api/experts': { allow: { action: 'expert.manage' } },
  'POST /api/experts': { allow: { action: 'expert.manage' }, body: () => expertProfile(302) },
  'GET /api/experts/template.xlsx': { allow: { action: 'expert.manage' } },
  'GET /api/experts/export.xlsx': { allow: { action: 'expert.manage' } },
  'POST /api/experts/import': { allow: { action: 'expert.manage' }, upload: true },
  'GET /api/experts/{id}': { allow: { action: 'expert.manage' } },
  'PUT /api/experts/{id}': {
    allow: { action: 'expert.manage' },
    // The revision the Office read; a caller allowed to write sends the current one.
    body: () => ({ ...expertProfile(301), revision: 1 }),
  },
  'POST /api/experts/{id}/status': {
    allow: { action: 'expert.manage' },
    body: () => ({ status: 'active', reason }),
  },
  'POST /api/experts/{id}/activation': { allow: { action: 'expert.manage' } },
  'PUT /api/cycles/{cycleId}/availability/{id}': {
    allow: { action: 'expert.manage' },
    body: () => ({ available: true, note: '' }),
  },
  'GET /api/conflicts': { allow: { action: 'expert.manage' } },
  'POST /api/conflicts': {
    allow: { action: 'expert.manage' },
    body: (r) => ({ expertId: r.expertId, organisationId: r.org2Id, kind: 'consulting', evidence: reason }),
  },
  'POST /api/cycles/{cycleId}/conflict-detection': { allow: { action: 'expert.manage' } },
  'POST /api/conflicts/{id}/decision': {
    allow: { action: 'expert.manage' },
    body: () => ({ status: 'dismissed', reason }),
  },
  'GET /api/my/panels': { allow: { action: 'expert.self' } },
  'POST /api/my/panels/{commitmentId}/response': {
    allow: { action: 'expert.self' },
    body: () => ({ response: 'declined', reason }),
  },
  'POST /api/my/undertakings': { allow: { action: 'expert.self' }, body: (r) => ({ cycleId: r.cycleId }) },
  'POST /api/my/conflicts': {
    allow: { action: 'expert.self' },
    body: (r) => ({ organisationId: r.org2Id, kind: 'declared_by_expert', evidence: reason }),
  },
  'POST /api/organisations/mine/conflicts': {
    allow: { action: 'application.apply' },
    body: (r) => ({ expertCode: r.expertCode, evidence: reason }),
  },
  'GET /api/cycles/{cycleId}/panels': { allow: { action: 'expert.manage' } },
  'POST /api/cycles/{cycleId}/panels': {
    allow: { action: 'expert.manage' },
    body: (r) => ({
      name: '矩阵组',
      industries: ['C'],
      applicationIds: [r.applicationId],
      size: 5,
      reserves: 0,
    }),
  },
  'GET /api/panels/{id}': { allow: { action: 'expert.manage' } },
  'POST /api/panels/{id}/freeze': { allow: { action: 'expert.manage' }, body: () => ({}) },
  'POST /api/panels/{id}/draw': {
    allow: { action: 'expert.manage' },
    body: () => ({ publicValue: '318', supervisorName: '区纪委 王监督' }),
  },
  'POST /api/panels/{id}/replacements': {
    allow: { action: 'expert.manage' },
    body: (r) => ({ expertCode: r.expertCode }),
  },
  'GET /api/public/audit-heads': { allow: { action: 'public.read' } },
  'GET /api/public/draws': { allow: { action: 'public.read' } },
  'GET /api/draws/{id}/excluded': { allow: { action: 'draw.exclusions.read' } },
  'GET /api/pool-shares': { allow: { action: 'pool.share' } },
  'PUT /api/pool-shares/{programmeId}': { allow: { action: 'pool.share' } },
  'DELETE /api/pool-shares/{programmeId}': { allow: { action: 'pool.share' } },
  'GET /api/public/draws/{id}': { allow: { action: 'public.read' } },
  'GET /api/public/draws/{id}/verification': { allow: { action: 'public.read' } },
};

/** A path parameter filled with the id of someone else's record; an unknown one needs a decision here. */
function fill(path: string, name: string, r: Records, op: string): string {
  if (name === 'kind') return 'towns';
  if (name === 'version') return '1';
  if (name === 'slug') return 'jinshui';
  if (name === 'programmeId') return 'zhengzhou-demo';
  if (name === 'cycleId') return r.cycleId;
  if (name === 'commitmentId') return r.drawId;
  if (name !== 'id') throw new Error(`${op}: no record chosen for path parameter {${name}}`);
  const byPrefix: [string, string | number][] = [
    ['/api/cycles/{cycleId}/availability/', r.expertId],
    ['/api/accounts/', r.accountId],
    ['/api/role-grants/', r.grantId],
    ['/api/reference/', r.townId],
    ['/api/programmes/', 'jinshui-2011'],
    ['/api/rules-versions/', 'jinshui-2011'],
    ['/api/frameworks/', 'gbt19580-2012'],
    ['/api/cycles/', r.cycleId],
    ['/api/applications/', r.applicationId],
    ['/api/files/', r.fileId],
    ['/api/experts/', r.expertId],
    ['/api/conflicts/', r.conflictId],
    ['/api/panels/', r.panelId],
    ['/api/public/draws/', r.drawId],
    ['/api/draws/', r.drawId],
  ];
  const match = byPrefix.find(([prefix]) => path.startsWith(prefix));
  if (!match) throw new Error(`${op}: no record chosen for {id} under this path`);
  return String(match[1]);
}

function url(path: string, r: Records, op: string, malformed = false): string {
  return path.replace(/\{(\w+)\}/g, (_all, name: string) =>
    malformed && !['kind', 'version', 'slug'].includes(name) ? '-'.repeat(36) : fill(path, name, r, op),
  );
}

function mayCall(caller: Caller, allow: Allow, path = ''): boolean {
  if ('only' in allow) return allow.only.includes(caller);
  const roles = CALLERS[caller];
  const programmeId = OTHER_PROGRAMME[caller] ? 'zhengzhou-demo' : 'jinshui';
  const actor: Actor | null = roles && {
    id: caller,
    username: caller,
    displayName: caller,
    roles: roles.map((role) => ({
      role,
      programmeId: role === 'auditor' && !OTHER_PROGRAMME[caller] ? null : programmeId,
    })),
    organisationId: null,
  };
  // A route naming one of the records (all Jinshui's) decides in that record's programme; a list
  // or a form only needs the role somewhere, and must then show nothing of Jinshui's.
  return can(actor, allow.action, namesRecord(path) ? 'jinshui' : undefined).ok;
}

/** What identifies each record of others, and who may be shown it. */
let secrets: { what: string; text: string; knownBy: readonly Caller[] }[] = [];

let platform: TestPlatform;
const clients = {} as Record<Caller, TestClient>;
let records: Records;
let operations: { op: string; method: string; path: string }[] = [];

beforeAll(async () => {
  platform = await createTestPlatform(UNREACHABLE_RATE_LIMITS);
  platform.clock.now = OPENED_AT;
  clients.anonymous = platform.client();
  for (const name of [
    'admin',
    'office',
    'expert',
    'member',
    'chair',
    'approver',
    'auditor',
    'town',
    'dept',
  ] as const)
    clients[name] = await signedIn(platform, name);
  clients.applicant = await signedIn(platform, 'applicant');
  for (const caller of OTHER_PROGRAMME_CALLERS)
    clients[caller] = await signedIn(platform, OTHER_PROGRAMME[caller]!);
  const { admin, office, chair, town, dept, applicant } = clients;

  // A second town and department, and their endorsers, made through the API.
  const town2 = await admin.post('/api/reference/towns', {
    code: 'T-2ND',
    name: { zh: '第二街道', en: 'Second' },
  });
  const dept2 = await admin.post('/api/reference/departments', {
    code: 'D-2ND',
    name: { zh: '第二主管部门', en: 'Second department' },
  });
  expect(town2.statusCode, town2.body).toBe(201);
  expect(dept2.statusCode, dept2.body).toBe(201);
  const scope2 = { townId: town2.json<{ id: number }>().id, departmentId: dept2.json<{ id: number }>().id };
  for (const [username, role] of [
    ['town2', { role: 'locality_endorser', programmeId: 'jinshui', townId: scope2.townId }],
    ['dept2', { role: 'department_endorser', programmeId: 'jinshui', departmentId: scope2.departmentId }],
  ] as const) {
    const made = await createActivatedAccount(
      platform,
      admin,
      { username, displayName: username, roles: [role] },
      'Second#2026pass',
    );
    clients[username] = made.client;
  }
  const victimAccount = await createAccount(admin, {
    username: 'victim.account',
    displayName: '被探测账号',
    email: 'victim.account@example.cn',
    roles: [{ role: 'committee_member', programmeId: 'jinshui' }],
  });

  // An Office account the administrator asked for, its role waiting for a second person.
  const pendingAccount = await createAccount(admin, {
    username: 'matrix.pending',
    displayName: '待确认账号',
    roles: [{ role: 'office_staff', programmeId: 'jinshui' }],
  });
  const pendingGrant = (await admin.get('/api/role-grants'))
    .json<{ items: { id: string; userId: string }[] }>()
    .items.find((g) => g.userId === pendingAccount.id)!;

  // The year's cycle, and the demo applicant's application carried to accepted.
  const cycle = await createCycle(office);
  await moveCycle(chair, cycle.id, 'criteria_approved');
  await moveCycle(office, cycle.id, 'published');
  const prepared = await prepareApplication(applicant, cycle.id, 2025);
  expect(
    (await applicant.post(`/api/applications/${prepared.applicationId}/endorsement-request`)).statusCode,
  ).toBe(200);
  await endorse(town, prepared.applicationId, '同意');
  await endorse(dept, prepared.applicationId, '同意');
  await submit(applicant, prepared.applicationId);
  await accept(office, prepared.applicationId);

  // A second organisation in the second town and department, with a draft of its own.
  const org2 = await registerOrganisation(platform, scope2, {
    n: 902,
    username: 'org2',
    name: '郑州第二探测有限公司',
  });
  clients.org2 = org2.client;
  expect((await org2.client.post('/api/applications', { cycleId: cycle.id })).statusCode).toBe(201);

  // An expert, a conflict, a panel frozen and drawn.
  const victimExpert = await addExpert(office, 301, { industries: ['C'] });
  const conflict = await office.post('/api/conflicts', {
    expertId: victimExpert.id,
    organisationId: org2.organisationId,
    kind: 'former_employer',
    evidence: '曾任职',
  });
  expect(conflict.statusCode, conflict.body).toBe(201);
  const panel = await planPanel(office, cycle.id, {
    name: '制造业组',
    industries: ['C'],
    applicationIds: [prepared.applicationId],
    size: 5,
    reserves: 2,
  });
  const frozen = await freeze(office, panel.id);
  await draw(office, panel.id, '2026318 527', '区纪委 王监督');

  const demoOrganisation = (await applicant.get('/api/organisations/mine')).json<{ creditCode: string }>();
  records = {
    cycleId: cycle.id,
    applicationId: prepared.applicationId,
    fileId: prepared.reportFileId,
    accountId: victimAccount.id,
    grantId: pendingGrant.id,
    expertId: victimExpert.id,
    expertCode: victimExpert.code,
    conflictId: conflict.json<{ id: string }>().id,
    panelId: panel.id,
    drawId: frozen.draws[0]!.id,
    townId: scope2.townId,
    departmentId: scope2.departmentId,
    org2Id: org2.organisationId,
  };
  secrets = [
    {
      what: 'the demo organisation’s credit code',
      text: demoOrganisation.creditCode,
      knownBy: [...VICTIM_APPLICATION_READERS, 'auditor'],
    },
    {
      what: 'the demo application’s overview',
      text: '专注于智能仪表研发与制造',
      knownBy: VICTIM_APPLICATION_READERS,
    },
    {
      what: 'the second organisation’s credit code',
      text: org2.creditCode,
      knownBy: ['office', 'org2', 'auditor'],
    },
    { what: 'an expert’s identity number', text: identityNumber(301), knownBy: ['office', 'auditor'] },
    // The phone is also the expert's account contact, which the administrator manages.
    { what: 'an expert’s phone', text: expertProfile(301).phone, knownBy: ['office', 'admin', 'auditor'] },
    { what: 'an account’s e-mail', text: 'victim.account@example.cn', knownBy: ['admin', 'auditor'] },
  ];

  const doc = platform.app.swagger() as { paths: Record<string, Record<string, unknown>> };
  operations = Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.keys(item)
      .filter((m) => ['get', 'post', 'put', 'patch', 'delete'].includes(m))
      .map((m) => ({ op: `${m.toUpperCase()} ${path}`, method: m.toUpperCase(), path })),
  );
}, 240_000);
afterAll(() => platform.close());

async function send(caller: Caller, method: string, target: string, expectation: Expectation) {
  const client = clients[caller];
  const withQuery = expectation.query ? `${target}?${expectation.query}` : target;
  if (expectation.upload) {
    const body = multipart('探测.pdf', await pdfBytes('matrix'));
    return client.request(method as 'POST', withQuery, body.payload, {
      headers: { 'content-type': body.contentType },
    });
  }
  const body = expectation.body?.(records) ?? (method === 'GET' ? undefined : {});
  return client.request(method as 'GET', withQuery, body);
}

function disclosed(caller: Caller, response: LightMyRequestResponse): string[] {
  const text = response.body;
  return secrets.filter((s) => !s.knownBy.includes(caller) && text.includes(s.text)).map((s) => s.what);
}

describe('the authorization matrix', () => {
  it('has an expectation for every operation of the OpenAPI document, and none for a route gone', () => {
    const documented = operations.map((o) => o.op);
    const missing = documented.filter((op) => !(op in EXPECTATIONS));
    expect(
      missing,
      `operations without an expectation (decide who may call them): ${missing.join(', ')}`,
    ).toEqual([]);
    const gone = Object.keys(EXPECTATIONS).filter((op) => !documented.includes(op));
    expect(gone, `expectations for operations no longer documented: ${gone.join(', ')}`).toEqual([]);
  });

  it('probes every operation as every caller, aimed at others’ records', async () => {
    const failures: string[] = [];
    let sent = 0;
    for (const { op, method, path } of operations) {
      const expectation = EXPECTATIONS[op];
      if (!expectation) continue;
      const target = url(path, records, op);
      for (const caller of CALLER_NAMES) {
        const allowed = mayCall(caller, expectation.allow, path);
        if (expectation.endsSession && caller !== 'anonymous' && allowed) continue;
        const response = await send(caller, method, target, expectation);
        sent += 1;
        const status = response.statusCode;
        if (status >= 500) failures.push(`${op} as ${caller}: ${status} ${response.body.slice(0, 200)}`);
        if (!allowed && ![401, 403, 404].includes(status))
          failures.push(
            `${op} as ${caller}: ${status}, expected 401/403/404 (${response.body.slice(0, 120)})`,
          );
        const leaks = disclosed(caller, response);
        if (leaks.length) failures.push(`${op} as ${caller}: shows ${leaks.join(', ')}`);
      }
    }
    expect(failures).toEqual([]);
    expect(sent).toBeGreaterThan(operations.length * 10);
  }, 600_000);

  it("finds none of Jinshui's records for the other programme's people: no 2xx, and the same answer as for an id that does not exist", async () => {
    const failures: string[] = [];
    // An id of the same shape that names nothing.
    const absentFor = (path: string) =>
      path.startsWith('/api/reference/')
        ? '999999'
        : path.startsWith('/api/rules-versions/') || path.startsWith('/api/programmes/')
          ? 'no-such-version'
          : '00000000-0000-4000-8000-000000000000';
    for (const { op, method, path } of operations.filter((o) => namesRecord(o.path))) {
      const expectation = EXPECTATIONS[op]!;
      if ('action' in expectation.allow && expectation.allow.action === 'public.read') continue;
      for (const caller of OTHER_PROGRAMME_CALLERS) {
        const real = await send(caller, method, url(path, records, op), expectation);
        const missing = await send(
          caller,
          method,
          path.replace(/\{(\w+)\}/g, (_all, name: string) =>
            ['kind', 'version', 'slug'].includes(name) ? fill(path, name, records, op) : absentFor(path),
          ),
          expectation,
        );
        if (real.statusCode < 300) failures.push(`${op} as ${caller}: ${real.statusCode}`);
        const codeOf = (r: LightMyRequestResponse) => `${r.statusCode} ${r.json<{ code?: string }>().code}`;
        if (codeOf(real) !== codeOf(missing))
          failures.push(
            `${op} as ${caller}: ${codeOf(real)} for Jinshui's record, ${codeOf(missing)} for none`,
          );
      }
    }
    expect(failures).toEqual([]);
  }, 300_000);

  it("lists none of Jinshui's records to the other programme's people", async () => {
    const ids = [
      records.cycleId,
      records.applicationId,
      records.expertId,
      records.panelId,
      records.conflictId,
      records.drawId,
      records.grantId,
    ];
    const failures: string[] = [];
    for (const { op, path } of operations.filter((o) => o.method === 'GET' && !namesRecord(o.path))) {
      const expectation = EXPECTATIONS[op]!;
      if ('action' in expectation.allow && expectation.allow.action === 'public.read') continue;
      for (const caller of OTHER_PROGRAMME_CALLERS) {
        if (!mayCall(caller, expectation.allow, path)) continue;
        const response = await send(caller, 'GET', url(path, records, op), expectation);
        const shown = ids.filter((id) => response.body.includes(id));
        if (shown.length) failures.push(`${op} as ${caller}: shows ${shown.join(', ')}`);
      }
    }
    expect(failures).toEqual([]);
  }, 120_000);

  it('answers malformed ids with a 4xx, never a 5xx, for a caller who may use the route', async () => {
    const failures: string[] = [];
    for (const { op, method, path } of operations.filter((o) =>
      /\{(id|cycleId|commitmentId)\}/.test(o.path),
    )) {
      const expectation = EXPECTATIONS[op]!;
      const caller = CALLER_NAMES.find((c) => c !== 'anonymous' && mayCall(c, expectation.allow));
      if (!caller) continue;
      const response = await send(caller, method, url(path, records, op, true), expectation);
      if (response.statusCode >= 500) failures.push(`${op} as ${caller}: ${response.statusCode}`);
    }
    expect(failures).toEqual([]);
  }, 120_000);
});

describe('markup in free text', () => {
  const PAYLOADS = [
    '<img src=x onerror=alert(1)>',
    '"><script>alert(1)</script>',
    "javascript:alert('x')",
    '<svg/onload=alert(1)>',
  ];

  it('comes back verbatim as JSON text from every field it was stored in', async () => {
    const { admin, office } = clients;
    const found: string[] = [];
    const expectVerbatim = (
      where: string,
      response: LightMyRequestResponse,
      value: unknown,
      payload: string,
    ) => {
      expect(response.headers['content-type'], where).toMatch(/^application\/json/);
      if (value !== payload) found.push(`${where}: ${JSON.stringify(value)}`);
    };
    for (const [i, payload] of PAYLOADS.entries()) {
      const account = await createAccount(admin, {
        username: `markup.${i}`,
        displayName: payload,
        roles: [{ role: 'committee_member', programmeId: 'jinshui' }],
      });
      const readAccount = await admin.get(`/api/accounts/${account.id}`);
      expectVerbatim('account displayName', readAccount, readAccount.json().displayName, payload);

      const expert = await addExpert(office, 310 + i, { employer: payload, title: payload });
      const readExpert = await office.get(`/api/experts/${expert.id}`);
      expectVerbatim('expert employer', readExpert, readExpert.json().employer, payload);
      expectVerbatim('expert title', readExpert, readExpert.json().title, payload);

      const current = (await clients.org2.get('/api/applications')).json<{ items: { id: string }[] }>()
        .items[0]!;
      const application = (await clients.org2.get(`/api/applications/${current.id}`)).json<{
        revision: number;
        form: Record<string, unknown>;
      }>();
      const saved = await clients.org2.request('PUT', `/api/applications/${current.id}/form`, {
        revision: application.revision,
        form: { ...application.form, mainProducts: payload, overview: payload },
      });
      expect(saved.statusCode, saved.body).toBe(200);
      const readApplication = await clients.org2.get(`/api/applications/${current.id}`);
      expectVerbatim(
        'application mainProducts',
        readApplication,
        readApplication.json().form.mainProducts,
        payload,
      );
      expectVerbatim('application overview', readApplication, readApplication.json().form.overview, payload);

      const conflict = await office.post('/api/conflicts', {
        expertId: expert.id,
        organisationId: records.org2Id,
        kind: 'consulting',
        evidence: payload,
      });
      expect(conflict.statusCode, conflict.body).toBe(201);
      const listed = (await office.get('/api/conflicts')).json<{
        items: { id: string; evidence: string }[];
      }>();
      const stored = listed.items.find((c) => c.id === conflict.json<{ id: string }>().id);
      expectVerbatim('conflict evidence', readExpert, stored?.evidence, payload);
    }
    const registered = await platform.client().post(
      '/api/organisations/register',
      (() => {
        const body = registration({
          townId: records.townId,
          departmentId: records.departmentId,
          creditCode: validCreditCode('91410105MA000903X'),
          username: 'markup.org',
        });
        body.organisation.name = PAYLOADS[0]!;
        body.organisation.address = PAYLOADS[1]!;
        return body;
      })(),
    );
    expect(registered.statusCode, registered.body).toBe(201);
    const org = await signedIn(
      platform,
      'markup.org',
      registration({ townId: 0, departmentId: 0 }).account.password,
    );
    const mine = await org.get('/api/organisations/mine');
    expectVerbatim('organisation name', mine, mine.json().name, PAYLOADS[0]!);
    expectVerbatim('organisation address', mine, mine.json().address, PAYLOADS[1]!);
    expect(found).toEqual([]);
  }, 120_000);
});
