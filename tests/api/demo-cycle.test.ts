import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/demo/seed-demo.js';
import { startPlatform, type RunningPlatform } from '../../src/server/start.js';
import { createEmptyServerDatabase } from './support/empty-database.js';

/** A demo start (issue 14.9): a newcomer finds a cycle in progress, not empty pages. */
describe('a demo start', { timeout: 120_000 }, () => {
  let platform: RunningPlatform;
  let drop: (() => Promise<void>) | undefined;

  async function signedIn(username: string) {
    const session = await fetch(`${platform.url}/api/auth/session`);
    const { csrfToken } = (await session.json()) as { csrfToken: string };
    const csrfCookie = session.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    const response = await fetch(`${platform.url}/api/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken, cookie: csrfCookie },
      body: JSON.stringify({ username, password: DEMO_PASSWORD }),
    });
    expect(response.status, username).toBe(200);
    const cookie = response.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    return <T>(path: string) =>
      fetch(`${platform.url}${path}`, { headers: { cookie } }).then(async (r) => {
        expect(r.status, path).toBe(200);
        return (await r.json()) as T;
      });
  }

  beforeAll(async () => {
    const server = await createEmptyServerDatabase();
    drop = server?.drop;
    platform = await startPlatform({
      databaseUrl: server?.url,
      port: 0,
      host: '127.0.0.1',
      quiet: true,
      seedDemo: true,
      demoCycle: true,
    });
  });
  afterAll(async () => {
    await platform?.close();
    await drop?.();
  });

  it('has a published cycle whose announcement the public reads', async () => {
    expect(platform.demoCycle).not.toBeNull();
    const pub = (await (await fetch(`${platform.url}/api/public/cycles`)).json()) as {
      items: { id: string; window: string }[];
    };
    expect(pub.items.find((c) => c.id === platform.demoCycle!.cycleId)).toMatchObject({ window: 'open' });
  });

  it('has applications at several stages, as the Office lists them', async () => {
    const office = await signedIn('office');
    const list = await office<{ items: { organisationName: string; status: string }[] }>(
      `/api/applications?cycleId=${platform.demoCycle!.cycleId}`,
    );
    expect(list.items.map((a) => a.status).sort()).toEqual(
      ['accepted', 'awaiting_endorsement', 'draft', 'endorsed', 'submitted'].sort(),
    );
    const applicant = await signedIn('applicant');
    const mine = await applicant<{ items: { status: string }[] }>(
      `/api/applications?cycleId=${platform.demoCycle!.cycleId}`,
    );
    expect(mine.items.map((a) => a.status)).toEqual(['draft']);
  });

  it('has a panel drawn for the accepted application, publicly verifiable, with the demo expert seated', async () => {
    const office = await signedIn('office');
    const panels = await office<{ items: { id: string; state: string; applicationIds: string[] }[] }>(
      `/api/cycles/${platform.demoCycle!.cycleId}/panels`,
    );
    expect(panels.items).toHaveLength(1);
    expect(panels.items[0]).toMatchObject({ state: 'drawn' });
    const accepted = platform.demoCycle!.applications.find((a) => a.status === 'accepted')!;
    expect(panels.items[0]!.applicationIds).toEqual([accepted.applicationId]);
    const expert = await signedIn('expert');
    const seats = await expert<{ items: { panel: { id: string }; role: string; status: string }[] }>(
      '/api/my/panels',
    );
    const seat = seats.items.find((s) => s.panel.id === panels.items[0]!.id);
    expect(seat, 'the demo expert is drawn').toBeDefined();
    const detail = await office<{ draws: { id: string }[] }>(`/api/panels/${panels.items[0]!.id}`);
    const verification = await fetch(
      `${platform.url}/api/public/draws/${detail.draws.at(-1)!.id}/verification`,
    );
    expect(await verification.json()).toMatchObject({ ok: true });
  });

  it('names the demo expert alike on the account and on the expert record', async () => {
    const expert = await signedIn('expert');
    const session = await expert<{ user: { displayName: string } }>('/api/auth/session');
    const office = await signedIn('office');
    const pool = await office<{ items: { name: string; username: string | null }[] }>(
      '/api/experts?pageSize=100',
    );
    const record = pool.items.find((e) => e.username === 'expert');
    expect(record?.name).toBe(session.user.displayName);
    expect(session.user.displayName).toBe('张伟');
  });
});
