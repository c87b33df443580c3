import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishAuditHead } from '../../src/audit/use-cases/publish-audit-head.js';
import { verifyAuditChain } from '../../src/audit/verify-audit-chain.js';
import {
  createTestPlatform,
  DEMO_PASSWORD,
  type TestClient,
  type TestPlatform,
} from './support/test-platform.js';

let platform: TestPlatform;
let auditor: TestClient;

beforeAll(async () => {
  platform = await createTestPlatform();
  auditor = platform.client();
  await auditor.signIn('auditor', DEMO_PASSWORD);
  const admin = platform.client();
  await admin.signIn('admin', DEMO_PASSWORD);
  await admin.post('/api/reference/towns', { code: 'T80', name: { zh: '新区街道', en: 'New Sub-district' } });
});
afterAll(() => platform.close());

describe('the audit trail', () => {
  it('records a change with actor, record, before/after and client address, chained to the entry before', async () => {
    const page = (await auditor.get('/api/audit?pageSize=5')).json();
    const created = page.items.find((e: { action: string }) => e.action === 'reference.towns.created');
    expect(created).toMatchObject({
      actor: { displayName: '系统管理员 王磊' },
      recordType: 'towns',
      before: null,
      after: { code: 'T80', name: { zh: '新区街道', en: 'New Sub-district' } },
      clientIp: '127.0.0.1',
    });
    const older = page.items[page.items.indexOf(created) + 1];
    expect(created.prevHash).toBe(older.hash);
  });

  it('pages backwards through the entries', async () => {
    const first = (await auditor.get('/api/audit?pageSize=3')).json();
    const second = (await auditor.get('/api/audit?pageSize=3&page=2')).json();
    expect(second.items[0].id).toBeLessThan(first.items[2].id);
    expect(second.total).toBe(first.total);
  });

  it('verifies intact, and names the first entry altered in the database', async () => {
    const intact = (await auditor.get('/api/audit/verification')).json();
    expect(intact.ok).toBe(true);
    expect(intact.checked).toBeGreaterThan(20);

    const [victim] = await platform.db.query<{ id: number }>(
      "SELECT id FROM audit_log WHERE action = 'reference.towns.created' ORDER BY id DESC LIMIT 1",
    );
    // The table refuses updates; a tamperer would have to switch its trigger off first.
    await expect(
      platform.db.query('UPDATE audit_log SET client_ip = $1 WHERE id = $2', ['10.0.0.1', victim!.id]),
    ).rejects.toThrow(/append-only/);
    await platform.db.transaction(async (tx) => {
      await tx.query('ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update');
      await tx.query(`UPDATE audit_log SET after = jsonb_set(after, '{code}', '"T81"') WHERE id = $1`, [
        victim!.id,
      ]);
      await tx.query('ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update');
    });
    const broken = (await auditor.get('/api/audit/verification')).json();
    expect(broken).toMatchObject({ ok: false, firstBroken: { id: victim!.id, reason: 'hash-mismatch' } });
    expect(await verifyAuditChain(platform.db)).toMatchObject({ ok: false, firstBroken: { id: victim!.id } });
  });

  it('publishes the heads to anyone, and the auditor’s verification checks the chain against them', async () => {
    const before = (await platform.client().get('/api/public/audit-heads')).json();
    expect(before).toEqual({ items: [] });
    const head = await publishAuditHead(platform.db, new Date('2031-03-01T01:00:00Z'));
    const anonymous = await platform.client().get('/api/public/audit-heads');
    expect(anonymous.statusCode).toBe(200);
    expect(anonymous.json()).toEqual({
      items: [
        {
          day: '2031-03-01',
          entryId: head!.entryId,
          entryCount: head!.entryCount,
          hash: head!.hash,
          publishedAt: '2031-03-01T01:00:00.000Z',
        },
      ],
    });
    // The chain was altered above (the towns entry), so the verification stops there first.
    const verdict = (await auditor.get('/api/audit/verification')).json();
    expect(verdict).toMatchObject({ ok: false, publishedHeads: { given: 1 } });
  });

  it('logs sign-ins and failures in the access log', async () => {
    await platform.client().signIn('office', 'Wrong#password9');
    const log = (await auditor.get('/api/access-log?pageSize=10')).json().items;
    expect(log[0]).toMatchObject({ username: 'office', event: 'sign-in-failed', clientIp: '127.0.0.1' });
    expect(
      log.some((e: { event: string; username: string }) => e.event === 'sign-in' && e.username === 'auditor'),
    ).toBe(true);
  });
});
