import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestPlatform,
  DEMO_PASSWORD,
  type TestClient,
  type TestPlatform,
} from './support/test-platform.js';

let platform: TestPlatform;
let admin: TestClient;
let townId: number;
let departmentId: number;

beforeAll(async () => {
  platform = await createTestPlatform();
  admin = platform.client();
  await admin.signIn('admin', DEMO_PASSWORD);
  townId = (await admin.get('/api/reference/towns')).json().items[0].id;
  departmentId = (await admin.get('/api/reference/departments')).json().items[0].id;
});
afterAll(() => platform.close());

const newExpert = {
  username: 'expert.li',
  displayName: '李专家',
  email: 'li@example.cn',
  roles: [{ role: 'expert' }, { role: 'committee_member' }],
  password: 'Initial#Pass2026',
};

describe('account administration', () => {
  it('creates an account with several roles, which must change its password at first sign-in', async () => {
    const response = await admin.post('/api/accounts', newExpert);
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ username: 'expert.li', status: 'active' });
    expect(
      response
        .json()
        .roles.map((r: { role: string }) => r.role)
        .sort(),
    ).toEqual(['committee_member', 'expert']);
    const person = platform.client();
    const signIn = await person.signIn('expert.li', 'Initial#Pass2026');
    expect(signIn.json().user.mustChangePassword).toBe(true);
    const audit = await platform.db.query<{ actor: string; after: { username: string } }>(
      "SELECT actor_id::text AS actor, after FROM audit_log WHERE action = 'account.created' ORDER BY id DESC LIMIT 1",
    );
    expect(audit[0]!.after.username).toBe('expert.li');
    expect(JSON.stringify(audit[0]!.after)).not.toContain('argon2');
  });

  it('refuses a taken user name, whatever its case', async () => {
    const response = await admin.post('/api/accounts', { ...newExpert, username: 'EXPERT.LI' });
    expect(response.statusCode).toBe(409);
    expect(response.json().message).toBe('用户名“EXPERT.LI”已被使用。');
  });

  it('scopes endorsers to a town or department', async () => {
    const missing = await admin.post('/api/accounts', {
      ...newExpert,
      username: 'town2',
      roles: [{ role: 'locality_endorser' }],
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().code).toBe('account/role-scope');
    const ok = await admin.post('/api/accounts', {
      ...newExpert,
      username: 'town2',
      roles: [
        { role: 'locality_endorser', townId },
        { role: 'department_endorser', departmentId },
      ],
    });
    expect(ok.statusCode).toBe(201);
  });

  it('does not let administrators create applicant accounts', async () => {
    const response = await admin.post('/api/accounts', {
      ...newExpert,
      username: 'org1',
      roles: [{ role: 'applicant' }],
    });
    expect(response.json().code).toBe('account/role-not-assignable');
  });

  it('enforces the password policy on the initial password', async () => {
    const response = await admin.post('/api/accounts', {
      ...newExpert,
      username: 'weak1',
      password: 'password',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('auth/password-policy');
  });

  it('disables an account with a reason: its sessions end and it cannot sign in; re-enabling restores it', async () => {
    const person = platform.client();
    await person.signIn('member', DEMO_PASSWORD);
    const member = (await admin.get('/api/accounts?search=member')).json().items[0];
    const disabled = await admin.post(`/api/accounts/${member.id}/status`, {
      status: 'disabled',
      reason: '离任',
    });
    expect(disabled.json().status).toBe('disabled');
    expect((await person.get('/api/auth/session')).json().authenticated).toBe(false);
    const refused = await platform.client().signIn('member', DEMO_PASSWORD);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('auth/account-disabled');
    await admin.post(`/api/accounts/${member.id}/status`, { status: 'active', reason: '复任' });
    expect((await platform.client().signIn('member', DEMO_PASSWORD)).statusCode).toBe(200);
    const trail = await platform.db.query<{ action: string; after: { reason: string } }>(
      'SELECT action, after FROM audit_log WHERE record_id = $1 AND action LIKE $2 ORDER BY id',
      [member.id, 'account.%abled'],
    );
    expect(trail.map((t) => [t.action, t.after.reason])).toEqual([
      ['account.disabled', '离任'],
      ['account.enabled', '复任'],
    ]);
  });

  it('does not let administrators disable themselves', async () => {
    const me = (await admin.get('/api/auth/session')).json().user;
    const response = await admin.post(`/api/accounts/${me.id}/status`, {
      status: 'disabled',
      reason: 'test',
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('account/cannot-disable-self');
  });

  it('filters by role and status', async () => {
    const experts = (await admin.get('/api/accounts?role=expert&search=expert')).json().items;
    expect(experts.map((a: { username: string }) => a.username).sort()).toEqual(['expert', 'expert.li']);
    const bad = await admin.get('/api/accounts?role=emperor');
    expect(bad.statusCode).toBe(400);
  });
});

describe('authorization', () => {
  it('answers 401 to visitors, 403 with the needed role to others, and 404 for a record they may not know', async () => {
    expect((await platform.client().get('/api/accounts')).statusCode).toBe(401);
    const office = platform.client();
    await office.signIn('office', DEMO_PASSWORD);
    const list = await office.get('/api/accounts');
    expect(list.statusCode).toBe(403);
    expect(list.json().message).toBe('您没有权限进行此操作（需要角色：系统管理员）。');
    const me = (await office.get('/api/auth/session')).json().user;
    const record = await office.get(`/api/accounts/${me.id}`);
    expect(record.statusCode).toBe(404);
    expect(record.json().code).toBe('record/not-found');
    const disable = await office.post(`/api/accounts/${me.id}/status`, { status: 'disabled', reason: 'xx' });
    expect(disable.statusCode).toBe(404);
  });

  it('lets only the auditor read the trail, not the administrator', async () => {
    expect((await admin.get('/api/audit')).statusCode).toBe(403);
    const auditor = platform.client();
    await auditor.signIn('auditor', DEMO_PASSWORD);
    expect((await auditor.get('/api/audit')).statusCode).toBe(200);
    expect((await auditor.get('/api/access-log')).statusCode).toBe(200);
    expect(
      (await auditor.post('/api/reference/towns', { code: 'A1', name: { zh: '甲', en: 'A' } })).statusCode,
    ).toBe(403);
  });
});
