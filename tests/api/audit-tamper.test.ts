import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { appendAudit } from '../../src/audit/audit-repository.js';
import { logAccess } from '../../src/audit/access-log-repository.js';
import { hashEntry } from '../../src/audit/core/audit-chain.js';
import { scheduleAuditHeads } from '../../src/audit/audit-head-schedule.js';
import { shanghaiDate } from '../../src/platform/kernel/time.js';
import { listHeads } from '../../src/audit/audit-heads-repository.js';
import { presentHeads } from '../../src/audit/present-heads.js';
import { loadHeads, reportVerification } from '../../src/audit/verify-audit-report.js';
import { publishAuditHead } from '../../src/audit/use-cases/publish-audit-head.js';
import { verifyAuditChain } from '../../src/audit/verify-audit-chain.js';
import type { Database, Transaction } from '../../src/platform/db/database.js';
import { createTestDatabase } from './support/test-database.js';

/**
 * What someone with the database in hand can do to the trail, and what stops or names it: the
 * triggers (both engines), the published heads (both engines), the application's role (PostgreSQL,
 * tests/api/audit-roles.test.ts).
 */
let db: Database;
let drop: () => Promise<void>;
const context = { actorId: null, clientIp: '10.1.2.3' };
const change = (n: number) => ({
  action: 'test.changed',
  recordType: 'test',
  recordId: `r${n}`,
  after: { n },
});

// Refusals share one database; each tamper gets a fresh one, so none is what the next one finds.
const sharedDatabase = () => {
  beforeAll(async () => {
    ({ db, drop } = await createTestDatabase());
  });
  afterAll(() => drop());
};
const freshDatabase = () => {
  beforeEach(async () => {
    ({ db, drop } = await createTestDatabase());
  });
  afterEach(() => drop());
};

/** Runs `sql` the way a tamperer who owns the table would: the table's triggers switched off. */
async function asOwnerWithoutTriggers(table: string, work: (tx: Transaction) => Promise<void>) {
  await db.transaction(async (tx) => {
    await tx.query(`ALTER TABLE ${table} DISABLE TRIGGER USER`);
    await work(tx);
    await tx.query(`ALTER TABLE ${table} ENABLE TRIGGER USER`);
  });
}

async function appendEntries(count: number, from = 0) {
  for (let n = from; n < from + count; n++) {
    await db.transaction((tx) => appendAudit(tx, context, change(n)));
  }
}

describe('the append-only tables refuse TRUNCATE', () => {
  sharedDatabase();
  for (const table of [
    'audit_log',
    'access_log',
    'audit_heads',
    'draw_commitments',
    'draw_results',
    'panel_events',
  ]) {
    it(`TRUNCATE ${table} is refused by its trigger`, async () => {
      await expect(db.query(`TRUNCATE ${table} CASCADE`)).rejects.toThrow(/append-only/);
    });
  }

  it('the trail keeps its entries after a refused TRUNCATE', async () => {
    await appendEntries(2);
    await expect(db.query('TRUNCATE audit_log')).rejects.toThrow(/append-only/);
    const [row] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_log');
    expect(row!.n).toBeGreaterThanOrEqual(2);
  });
});

describe('the access log is protected like the audit log', () => {
  sharedDatabase();
  it('refuses UPDATE and DELETE of an entry', async () => {
    await logAccess(db, {
      userId: null,
      username: 'someone',
      event: 'sign-in-failed',
      clientIp: '10.0.0.9',
      userAgent: 'test',
    });
    await expect(db.query("UPDATE access_log SET client_ip = '1.1.1.1'")).rejects.toThrow(/append-only/);
    await expect(db.query('DELETE FROM access_log')).rejects.toThrow(/append-only/);
    const [row] = await db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM access_log WHERE client_ip = '10.0.0.9'",
    );
    expect(row!.n).toBe(1);
  });
});

describe('published heads make the end of the chain checkable', () => {
  freshDatabase();
  let day = 0;
  const nextDay = () => new Date(Date.UTC(2031, 0, 1 + day++, 4));

  beforeEach(async () => {
    await appendEntries(5);
  });

  it('a head records the newest entry, its hash and the number of entries, once per Beijing day', async () => {
    const at = nextDay();
    const published = await publishAuditHead(db, at);
    const [last] = await db.query<{ id: number; hash: string; n: number }>(
      'SELECT id, hash, (SELECT count(*)::int FROM audit_log) AS n FROM audit_log ORDER BY id DESC LIMIT 1',
    );
    expect(published).toMatchObject({ entryId: last!.id, hash: last!.hash, entryCount: last!.n });
    // A second instance (or a second run the same day) finds the day taken and writes nothing.
    await appendEntries(1, 999);
    expect(await publishAuditHead(db, new Date(at.getTime() + 3600_000))).toBeNull();
    const verdict = await verifyAuditChain(db);
    expect(verdict).toMatchObject({ ok: true, publishedHeads: { checked: 1 } });
  });

  it('several instances publishing the same day at once leave exactly one head', async () => {
    const at = nextDay();
    // On PostgreSQL these are six connections racing; the day is the key.
    const results = await Promise.all(Array.from({ length: 6 }, () => publishAuditHead(db, at)));
    expect(results.filter(Boolean)).toHaveLength(1);
    const [row] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_heads');
    expect(row!.n).toBe(1);
  });

  it('names the deletion of the newest entries after a head was published (tail deletion)', async () => {
    const head = (await publishAuditHead(db, nextDay()))!;
    expect((await verifyAuditChain(db)).ok).toBe(true);
    await asOwnerWithoutTriggers('audit_log', async (tx) => {
      await tx.query('DELETE FROM audit_log WHERE id > (SELECT max(id) - 2 FROM audit_log)');
    });
    // The chain alone still looks intact: what is left links up.
    const verdict = await verifyAuditChain(db, { heads: [] });
    expect(verdict.ok).toBe(true);
    const checked = await verifyAuditChain(db);
    expect(checked).toMatchObject({
      ok: false,
      publishedHeads: {
        breach: { reason: 'head-missing', head: { day: head.day, entryId: head.entryId } },
      },
    });
  });

  it('names an edited entry whose later hashes were all recomputed (edit + recompute)', async () => {
    await appendEntries(3, 500);
    const head = (await publishAuditHead(db, nextDay()))!;
    await asOwnerWithoutTriggers('audit_log', async (tx) => {
      const rows = await tx.query<{
        id: number;
        at: Date;
        actor_id: string | null;
        real_actor_id: string | null;
        action: string;
        record_type: string;
        record_id: string | null;
        before: unknown;
        after: unknown;
        client_ip: string | null;
        prev_hash: string;
      }>(
        `SELECT id, at, actor_id::text, real_actor_id::text, action, record_type, record_id, before, after,
           client_ip, prev_hash FROM audit_log WHERE id >= $1 - 2 ORDER BY id`,
        [head.entryId],
      );
      let prev = rows[0]!.prev_hash;
      for (const [i, row] of rows.entries()) {
        const after = i === 0 ? { n: 'forged' } : row.after;
        const facts = {
          at: row.at.toISOString(),
          actorId: row.actor_id,
          realActorId: row.real_actor_id,
          action: row.action,
          recordType: row.record_type,
          recordId: row.record_id,
          before: row.before,
          after,
          clientIp: row.client_ip,
        };
        const hash = hashEntry(prev, facts);
        await tx.query('UPDATE audit_log SET after = $1, prev_hash = $2, hash = $3 WHERE id = $4', [
          JSON.stringify(after),
          prev,
          hash,
          row.id,
        ]);
        prev = hash;
      }
    });
    // Recomputed: the chain alone cannot tell.
    expect((await verifyAuditChain(db, { heads: [] })).ok).toBe(true);
    expect(await verifyAuditChain(db)).toMatchObject({
      ok: false,
      publishedHeads: {
        breach: { reason: 'head-mismatch', head: { day: head.day, entryId: head.entryId, hash: head.hash } },
      },
    });
  });

  it('a copy of the heads kept outside catches a tamperer who also rewrote the table of heads', async () => {
    await publishAuditHead(db, nextDay());
    const file = join(await mkdtemp(join(tmpdir(), 'qa-heads-')), 'heads.json');
    await writeFile(file, JSON.stringify({ items: presentHeads(await listHeads(db)) }));
    await asOwnerWithoutTriggers('audit_log', async (tx) => {
      await tx.query('DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)');
    });
    await asOwnerWithoutTriggers('audit_heads', async (tx) => {
      await tx.query('DELETE FROM audit_heads');
    });
    expect((await verifyAuditChain(db)).ok).toBe(true);
    const verdict = await verifyAuditChain(db, { heads: await loadHeads(file) });
    expect(verdict.publishedHeads.breach?.reason).toBe('head-missing');
    const report = reportVerification(verdict, db.engine, file);
    expect(report.ok).toBe(false);
    expect(report.lines[0]).toMatch(
      /does NOT match a published head \(head-missing\): entries deleted: the chain has 4 entries/,
    );
  });

  it('the schedule publishes at start and finds the day taken afterwards', async () => {
    const at = nextDay();
    const errors: unknown[] = [];
    const schedule = scheduleAuditHeads(
      db,
      () => at,
      60_000,
      (e) => errors.push(e),
    );
    try {
      expect(await schedule.tick()).toBeNull(); // the start's own check got there first
      expect((await listHeads(db)).map((h) => h.day)).toEqual([shanghaiDate(at)]);
    } finally {
      await schedule.stop();
    }
    expect(errors).toEqual([]);
  });
});
