import { expect } from 'vitest';
import type { Role, RoleAssignment } from '../../../src/accounts/core/roles.js';
import { DEMO_PASSWORD, type TestClient, type TestPlatform } from './test-platform.js';

export interface NewAccountBody {
  username: string;
  displayName: string;
  email?: string;
  phone?: string;
  roles: RoleAssignment[];
}

export interface CreatedAccount {
  id: string;
  username: string;
  code: string;
  pendingRoles: RoleAssignment[];
}

/** The administrator creates the account: no password, a one-time activation code. */
export async function createAccount(admin: TestClient, body: NewAccountBody): Promise<CreatedAccount> {
  const response = await admin.post('/api/accounts', body);
  expect(response.statusCode, response.body).toBe(201);
  const { account, activation } = response.json<{
    account: { id: string; username: string; pendingRoles: RoleAssignment[] };
    activation: { code: string };
  }>();
  return {
    id: account.id,
    username: account.username,
    code: activation.code,
    pendingRoles: account.pendingRoles,
  };
}

/** The demo account that confirms a grant of this role (GRANT_CONFIRMERS). */
function demoConfirmerOf(role: Role): string {
  return role === 'office_staff' || role === 'auditor' ? 'auditor' : 'office';
}

/** The second person confirms every role of the account still waiting. */
export async function confirmPendingRoles(platform: TestPlatform, accountId: string): Promise<void> {
  const confirmers = new Map<string, TestClient>();
  for (;;) {
    const auditor = await signedInDemo(platform, 'auditor');
    const grants = (await auditor.get('/api/role-grants')).json<{
      items: { id: string; userId: string; role: Role }[];
    }>().items;
    const grant = grants.find((g) => g.userId === accountId);
    if (!grant) return;
    const username = demoConfirmerOf(grant.role);
    const confirmer = confirmers.get(username) ?? (await signedInDemo(platform, username));
    confirmers.set(username, confirmer);
    const confirmed = await confirmer.post(`/api/role-grants/${grant.id}/confirm`);
    expect(confirmed.statusCode, confirmed.body).toBe(200);
  }
}

/** The person sets their own password with the code, then signs in. */
export async function activate(
  platform: TestPlatform,
  username: string,
  code: string,
  password: string,
): Promise<TestClient> {
  const client = platform.client();
  await client.refreshSession();
  const activated = await client.post('/api/auth/activate', { username, code, newPassword: password });
  expect(activated.statusCode, activated.body).toBe(204);
  const signedIn = await client.signIn(username, password);
  expect(signedIn.statusCode, signedIn.body).toBe(200);
  return client;
}

async function signedInDemo(platform: TestPlatform, username: string): Promise<TestClient> {
  const client = platform.client();
  const response = await client.signIn(username, DEMO_PASSWORD);
  expect(response.statusCode, response.body).toBe(200);
  return client;
}

/**
 * An account as it is given to a person now: created by the administrator, its roles confirmed
 * by a second person where they need one, activated by the person with their own password.
 */
export async function createActivatedAccount(
  platform: TestPlatform,
  admin: TestClient,
  body: NewAccountBody,
  password: string,
): Promise<{ id: string; client: TestClient }> {
  const created = await createAccount(admin, body);
  await confirmPendingRoles(platform, created.id);
  const client = await activate(platform, created.username, created.code, password);
  return { id: created.id, client };
}

/** The Office hands an expert an activation code; the expert sets a password and signs in. */
export async function activatedExpert(
  platform: TestPlatform,
  office: TestClient,
  expertId: string,
  password = 'Lantern-Copper-Quilt-71',
): Promise<TestClient> {
  const issued = await office.post(`/api/experts/${expertId}/activation`);
  expect(issued.statusCode, issued.body).toBe(200);
  const { username, code } = issued.json<{ username: string; code: string }>();
  return activate(platform, username, code, password);
}
