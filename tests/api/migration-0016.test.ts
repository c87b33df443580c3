import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertVersion } from '../../src/applications/applications-repository.js';
import { readAuditBatch } from '../../src/audit/audit-repository.js';
import { GENESIS_HASH, hashEntry, verifyChain, type AuditFacts } from '../../src/audit/core/audit-chain.js';
import { emptyApplicationForm } from '../../src/applications/core/application-form.js';
import type { Database } from '../../src/platform/db/database.js';
import { migrate, readMigrations } from '../../src/platform/db/migrate.js';
import { contentHash } from '../../src/programmes/register-catalogue.js';
import { jinshui2011 } from '../../src/programmes/versions/jinshui-2011.js';
import { creditCode } from './support/seed-by-state.js';
import { createTestDatabase } from './support/test-database.js';

/**
 * Migration 0016 (issue 8.7) on an installation that ran one award before programmes existed:
 * everything moves into the default programme, nothing is lost, receipt numbers continue, and
 * the audit chain written before still verifies with the entries written after.
 */
let db: Database;
let drop: () => Promise<void>;
beforeAll(async () => {
  ({ db, drop } = await createTestDatabase(readMigrations().filter((m) => m.name < '0016')));
});
afterAll(() => drop());

/** An audit entry as the release before 0016 wrote it: no programme, hashed without one. */
async function legacyAudit(action: string, recordId: string): Promise<void> {
  const [last] = await db.query<{ hash: string }>('SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1');
  const prevHash = last?.hash ?? GENESIS_HASH;
  const facts: AuditFacts = {
    at: new Date().toISOString(),
    actorId: null,
    realActorId: null,
    action,
    recordType: 'cycle',
    recordId,
    before: null,
    after: { legacy: true },
    clientIp: null,
  };
  await db.query(
    `INSERT INTO audit_log (at, actor_id, real_actor_id, action, record_type, record_id, before, after, client_ip,
       prev_hash, hash)
     VALUES ($1, NULL, NULL, $2, 'cycle', $3, NULL, $4, NULL, $5, $6)`,
    [facts.at, action, recordId, JSON.stringify(facts.after), prevHash, hashEntry(prevHash, facts)],
  );
}

describe('migration 0016 on an installation of one award', () => {
  it('moves every owned row into the default programme and keeps numbering and the chain', async () => {
    // What the older release left: its rules version, a town and department, staff with roles,
    // a cycle naming the rules version in programme_id, a submitted application with receipt 7.
    await db.query(
      `INSERT INTO rules_versions (id, family, status, document, sha256, approved_at)
       VALUES ('jinshui-2011', 'jinshui', 'approved', $1, $2, now())`,
      [JSON.stringify(jinshui2011), contentHash(jinshui2011)],
    );
    const [town] = await db.query<{ id: number }>(
      `INSERT INTO towns (code, name_zh, name_en) VALUES ('T01', '庙李镇', 'Miaoli') RETURNING id`,
    );
    const [department] = await db.query<{ id: number }>(
      `INSERT INTO departments (code, name_zh, name_en) VALUES ('D-MSR', '区市场监督管理局', 'MSR') RETURNING id`,
    );
    const users = await db.query<{ id: string; username: string }>(
      `INSERT INTO users (username, display_name, password_hash) VALUES
         ('office', '办公室', 'x'), ('auditor', '审计员', 'x'), ('town', '镇', 'x'), ('expert', '专家', 'x')
       RETURNING id::text AS id, username`,
    );
    const idOf = (name: string) => users.find((u) => u.username === name)!.id;
    await db.query(
      `INSERT INTO user_roles (user_id, role, town_id) VALUES
         ($1, 'office_staff', NULL), ($2, 'auditor', NULL), ($3, 'locality_endorser', $5), ($4, 'expert', NULL)`,
      [idOf('office'), idOf('auditor'), idOf('town'), idOf('expert'), town!.id],
    );
    const [cycle] = await db.query<{ id: string }>(
      `INSERT INTO cycles (programme_id, framework_id, year, stage, announcement_date, application_deadline)
       VALUES ('jinshui-2011', 'gbt19580-2012', 2026, 'published', '2026-03-01', '2026-04-30T17:00:00+08:00')
       RETURNING id::text AS id`,
    );
    const [organisation] = await db.query<{ id: string }>(
      `INSERT INTO organisations (credit_code, name, kind, address, town_id, department_id, legal_representative,
         industry, registration_date, contact_name, contact_phone)
       VALUES ($1, '旧单位', 'enterprise', '金水区', $2, $3, '张三', 'C', '2010-01-01', '李四', '0371-1')
       RETURNING id::text AS id`,
      [creditCode(7016), town!.id, department!.id],
    );
    const [application] = await db.query<{ id: string }>(
      `INSERT INTO applications (cycle_id, organisation_id, status, form) VALUES ($1, $2, 'submitted', $3)
       RETURNING id::text AS id`,
      [cycle!.id, organisation!.id, JSON.stringify(emptyApplicationForm())],
    );
    await db.query(
      `INSERT INTO application_versions (application_id, version, content, content_sha256, receipt_number,
         submitted_by, submitted_at)
       VALUES ($1, 1, '{}', 'h', 'ZLJ2026-000007', $2, now())`,
      [application!.id, idOf('office')],
    );
    await db.query(
      `INSERT INTO fraud_findings (organisation_id, found_on, reference) VALUES ($1, '2025-01-01', 'R')`,
      [organisation!.id],
    );
    await legacyAudit('cycle.created', cycle!.id);
    await legacyAudit('cycle.published', cycle!.id);

    expect(await migrate(db)).toEqual(['0016_programmes']);

    const [moved] = await db.query<{ programme_id: string; rules_version_id: string }>(
      'SELECT programme_id, rules_version_id FROM cycles WHERE id = $1',
      [cycle!.id],
    );
    expect(moved).toEqual({ programme_id: 'jinshui', rules_version_id: 'jinshui-2011' });
    const roles = await db.query<{ username: string; role: string; programme_id: string | null }>(
      `SELECT u.username, r.role, r.programme_id FROM user_roles r JOIN users u ON u.id = r.user_id ORDER BY u.username`,
    );
    expect(roles).toEqual([
      // The auditor saw the whole installation before, and still does.
      { username: 'auditor', role: 'auditor', programme_id: null },
      { username: 'expert', role: 'expert', programme_id: null },
      { username: 'office', role: 'office_staff', programme_id: 'jinshui' },
      { username: 'town', role: 'locality_endorser', programme_id: 'jinshui' },
    ]);
    for (const table of ['towns', 'departments', 'fraud_findings']) {
      const rows = await db.query<{ programme_id: string }>(`SELECT programme_id FROM ${table}`);
      expect(
        rows.map((r) => r.programme_id),
        table,
      ).toEqual(['jinshui']);
    }

    // The next receipt of the year continues after the last one issued, with the programme's prefix.
    const next = await db.transaction((tx) =>
      insertVersion(tx, application!.id, {}, 'h2', idOf('office'), new Date()),
    );
    expect(next.receiptNumber).toBe('ZLJ2026-000008');

    // An entry written now carries its programme; the chain verifies across both kinds.
    const [last] = await db.query<{ hash: string }>('SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1');
    const facts: AuditFacts = {
      at: new Date().toISOString(),
      actorId: null,
      realActorId: null,
      action: 'cycle.closed',
      recordType: 'cycle',
      recordId: cycle!.id,
      before: null,
      after: null,
      clientIp: null,
      programmeId: 'jinshui',
    };
    await db.query(
      `INSERT INTO audit_log (at, action, record_type, record_id, prev_hash, hash, programme_id)
       VALUES ($1, 'cycle.closed', 'cycle', $2, $3, $4, 'jinshui')`,
      [facts.at, cycle!.id, last!.hash, hashEntry(last!.hash, facts)],
    );
    const entries = await readAuditBatch(db, 0, 100);
    expect(entries.map((e) => e.programmeId ?? null)).toEqual([null, null, 'jinshui']);
    expect(verifyChain(entries)).toMatchObject({ ok: true, checked: 3 });
    // The programme is hashed: moving an entry into another programme breaks the chain there.
    const moved3 = entries.map((e, i) => (i === 2 ? { ...e, programmeId: 'zhengzhou-demo' } : e));
    expect(verifyChain(moved3)).toMatchObject({ ok: false, firstBroken: { id: entries[2]!.id } });
  });
});
