import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertAccount } from '../../src/accounts/accounts-repository.js';
import { insertExpert } from '../../src/experts/experts-repository.js';
import type { Database } from '../../src/platform/db/database.js';
import { expertProfile } from './support/expert-fixtures.js';
import { createTestDatabase } from './support/test-database.js';

/**
 * The data steps of 0007 (after its tables), run again over rows as an older release left them:
 * experts named `e` + phone, and an initial password the administrator chose and nobody changed.
 */
const sql = readFileSync(new URL('../../migrations/0007_account_security.sql', import.meta.url), 'utf8');
const dataSteps = sql.slice(sql.indexOf('-- Expert user names were'));

let db: Database;
let drop: () => Promise<void>;
beforeAll(async () => {
  ({ db, drop } = await createTestDatabase());
});
afterAll(() => drop());

describe('migration 0007 on an older installation', () => {
  it('renames phone-derived expert user names and voids never-changed initial passwords', async () => {
    const legacy = await db.transaction(async (tx) => {
      const expertUser = await insertAccount(tx, {
        username: 'e13937100099',
        displayName: '老专家',
        email: null,
        phone: '13937100099',
        passwordHash: '$argon2id$kept',
        mustChangePassword: false,
        roles: [{ role: 'expert' }],
      });
      await insertExpert(tx, 'jinshui', expertUser, expertProfile(99, { phone: '13937100099' }));
      const initial = await insertAccount(tx, {
        username: 'given.by.admin',
        displayName: '管理员设的密码',
        email: null,
        phone: null,
        passwordHash: '$argon2id$chosen-by-admin',
        mustChangePassword: true,
        roles: [{ role: 'committee_member', programmeId: 'jinshui' }],
      });
      const own = await insertAccount(tx, {
        username: 'own.password',
        displayName: '自己的密码',
        email: null,
        phone: null,
        passwordHash: '$argon2id$own',
        mustChangePassword: false,
        roles: [{ role: 'committee_member', programmeId: 'jinshui' }],
      });
      return { expertUser, initial, own };
    });
    await db.exec(dataSteps);
    const rows = await db.query<{ id: string; username: string; password_hash: string }>(
      'SELECT id::text AS id, username, password_hash FROM users WHERE id = ANY($1::uuid[])',
      [[legacy.expertUser, legacy.initial, legacy.own]],
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get(legacy.expertUser)!.username).toMatch(/^zj9\d{7}$/);
    expect(byId.get(legacy.expertUser)!.username).not.toContain('13937100099');
    expect(byId.get(legacy.expertUser)!.password_hash).toBe('$argon2id$kept');
    expect(byId.get(legacy.initial)!.password_hash).toBe('!unset');
    expect(byId.get(legacy.own)!.password_hash).toBe('$argon2id$own');
  });
});
