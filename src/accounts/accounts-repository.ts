import type { Queryable } from '../platform/db/database.js';
import { pagedQuery, type PageWindow } from '../platform/db/paged-query.js';
import type { Actor } from './core/actor.js';
import type { Role, RoleAssignment } from './core/roles.js';

export interface AccountRecord {
  id: string;
  username: string;
  displayName: string;
  email: string | null;
  phone: string | null;
  status: 'active' | 'disabled';
  roles: RoleAssignment[];
  organisationId: string | null;
  mustChangePassword: boolean;
  failedSignIns: number;
  lockedUntil: Date | null;
  locale: string;
  createdAt: Date;
}

export interface AccountRow {
  id: string;
  username: string;
  display_name: string;
  email: string | null;
  phone: string | null;
  status: 'active' | 'disabled';
  roles:
    { role: Role; programmeId: string | null; townId: number | null; departmentId: number | null }[] | null;
  organisation_id: string | null;
  must_change_password: boolean;
  failed_sign_ins: number;
  locked_until: Date | null;
  locale: string;
  created_at: Date;
}

/** An account's columns with its roles, over `users u`; the session lookup joins them too. */
export const ACCOUNT_COLUMNS = `u.id::text AS id, u.username, u.display_name, u.email, u.phone, u.status,
    u.must_change_password, u.failed_sign_ins, u.locked_until, u.locale, u.created_at,
    u.organisation_id::text AS organisation_id,
    (SELECT json_agg(json_build_object('role', r.role, 'programmeId', r.programme_id, 'townId', r.town_id,
       'departmentId', r.department_id) ORDER BY r.role, r.programme_id) FROM user_roles r WHERE r.user_id = u.id) AS roles`;

const SELECT_ACCOUNT = `
  SELECT ${ACCOUNT_COLUMNS}
  FROM users u`;

export function toAccount(row: AccountRow): AccountRecord {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    email: row.email,
    phone: row.phone,
    status: row.status,
    roles: (row.roles ?? []).map((r) => ({
      role: r.role,
      programmeId: r.programmeId,
      townId: r.townId,
      departmentId: r.departmentId,
    })),
    organisationId: row.organisation_id,
    mustChangePassword: row.must_change_password,
    failedSignIns: row.failed_sign_ins,
    lockedUntil: row.locked_until,
    locale: row.locale,
    createdAt: row.created_at,
  };
}

export function toActor(account: AccountRecord): Actor {
  return {
    id: account.id,
    username: account.username,
    displayName: account.displayName,
    roles: account.roles,
    organisationId: account.organisationId,
  };
}

export async function findAccountById(db: Queryable, id: string): Promise<AccountRecord | undefined> {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) return undefined;
  const rows = await db.query<AccountRow & Record<string, unknown>>(`${SELECT_ACCOUNT} WHERE u.id = $1`, [
    id,
  ]);
  return rows[0] && toAccount(rows[0]);
}

/** With the password hash, for sign-in only. */
export async function findAccountForSignIn(
  db: Queryable,
  username: string,
): Promise<(AccountRecord & { passwordHash: string }) | undefined> {
  const rows = await db.query<AccountRow & { password_hash: string } & Record<string, unknown>>(
    `${SELECT_ACCOUNT.replace('u.created_at,', 'u.created_at, u.password_hash,')} WHERE lower(u.username) = lower($1)`,
    [username],
  );
  const row = rows[0];
  return row && { ...toAccount(row), passwordHash: row.password_hash };
}

export async function findPasswordHash(db: Queryable, id: string): Promise<string | undefined> {
  const rows = await db.query<{ password_hash: string }>('SELECT password_hash FROM users WHERE id = $1', [
    id,
  ]);
  return rows[0]?.password_hash;
}

export interface AccountFilter {
  search?: string | undefined;
  role?: Role | undefined;
  status?: 'active' | 'disabled' | undefined;
}

/** One page of the accounts, filtered and counted in SQL, oldest first. */
export async function listAccounts(
  db: Queryable,
  filter: AccountFilter,
  page: PageWindow,
): Promise<{ items: AccountRecord[]; total: number }> {
  const { rows, total } = await pagedQuery<AccountRow & Record<string, unknown>>(
    db,
    `${SELECT_ACCOUNT}
     WHERE ($1::text IS NULL OR u.username ILIKE $1 OR u.display_name ILIKE $1 OR u.email ILIKE $1)
       AND ($2::text IS NULL OR EXISTS (SELECT 1 FROM user_roles r WHERE r.user_id = u.id AND r.role = $2))
       AND ($3::text IS NULL OR u.status = $3)`,
    [
      filter.search ? `%${filter.search.replace(/[\\%_]/g, '\\$&')}%` : null,
      filter.role ?? null,
      filter.status ?? null,
    ],
    'page.created_at, page.username',
    page,
  );
  return { items: rows.map(toAccount), total };
}

export interface NewAccount {
  username: string;
  displayName: string;
  email: string | null;
  phone: string | null;
  passwordHash: string;
  mustChangePassword: boolean;
  roles: readonly RoleAssignment[];
  organisationId?: string | null;
}

export async function insertAccount(tx: Queryable, account: NewAccount): Promise<string> {
  const rows = await tx.query<{ id: string }>(
    `INSERT INTO users (username, display_name, email, phone, password_hash, must_change_password, organisation_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id::text AS id`,
    [
      account.username,
      account.displayName,
      account.email,
      account.phone,
      account.passwordHash,
      account.mustChangePassword,
      account.organisationId ?? null,
    ],
  );
  const id = rows[0]!.id;
  for (const r of account.roles) {
    await tx.query(
      'INSERT INTO user_roles (user_id, role, programme_id, town_id, department_id) VALUES ($1, $2, $3, $4, $5)',
      [id, r.role, r.programmeId ?? null, r.townId ?? null, r.departmentId ?? null],
    );
  }
  return id;
}

export async function usernameExists(db: Queryable, username: string): Promise<boolean> {
  const rows = await db.query('SELECT 1 FROM users WHERE lower(username) = lower($1)', [username]);
  return rows.length > 0;
}

/**
 * Counts one failed sign-in in SQL, so parallel failures each add one whatever they read before
 * the password check. A lock-out that has ended starts the count afresh. Returns the count after
 * this failure, or `{ lockedUntil }` of a lock-out still running (another attempt locked it
 * meanwhile; nothing is counted). The row stays locked until the transaction ends.
 */
export async function countSignInFailure(
  tx: Queryable,
  id: string,
  now: Date,
): Promise<{ failedSignIns: number; lockedUntil: null } | { failedSignIns: null; lockedUntil: Date }> {
  const counted = await tx.query<{ failed_sign_ins: number }>(
    `UPDATE users SET
       failed_sign_ins = CASE WHEN locked_until IS NULL THEN failed_sign_ins + 1 ELSE 1 END,
       locked_until = NULL, updated_at = now()
     WHERE id = $1 AND (locked_until IS NULL OR locked_until <= $2) RETURNING failed_sign_ins`,
    [id, now],
  );
  if (counted[0]) return { failedSignIns: counted[0].failed_sign_ins, lockedUntil: null };
  const [row] = await tx.query<{ locked_until: Date }>('SELECT locked_until FROM users WHERE id = $1', [id]);
  return { failedSignIns: null, lockedUntil: row!.locked_until };
}

/** Starts a lock-out, in the transaction that counted the failure reaching the limit. */
export async function lockAccount(tx: Queryable, id: string, until: Date): Promise<void> {
  await tx.query('UPDATE users SET locked_until = $2, updated_at = now() WHERE id = $1', [id, until]);
}

/**
 * Clears the failure count of a successful sign-in, unless a lock-out started while the password
 * was being checked: then returns the end of that lock-out and the sign-in must be refused.
 */
export async function recordSignInSuccess(tx: Queryable, id: string, now: Date): Promise<Date | null> {
  const cleared = await tx.query(
    `UPDATE users SET failed_sign_ins = 0, locked_until = NULL, updated_at = now()
     WHERE id = $1 AND (locked_until IS NULL OR locked_until <= $2) RETURNING id`,
    [id, now],
  );
  if (cleared.length === 1) return null;
  const [row] = await tx.query<{ locked_until: Date }>('SELECT locked_until FROM users WHERE id = $1', [id]);
  return row!.locked_until;
}

export async function updatePassword(tx: Queryable, id: string, passwordHash: string): Promise<void> {
  await tx.query(
    `UPDATE users SET password_hash = $2, must_change_password = false, password_changed_at = now(),
       updated_at = now() WHERE id = $1`,
    [id, passwordHash],
  );
}

/** Voids the password (an activation code replaces it); the person sets a new one. */
export async function clearPassword(tx: Queryable, id: string, noPassword: string): Promise<void> {
  await tx.query(
    'UPDATE users SET password_hash = $2, must_change_password = false, updated_at = now() WHERE id = $1',
    [id, noPassword],
  );
}

/** Asks for a password change the API enforces (a password that no longer meets the policy). */
export async function requirePasswordChange(tx: Queryable, id: string): Promise<void> {
  await tx.query('UPDATE users SET must_change_password = true, updated_at = now() WHERE id = $1', [id]);
}

export async function removeRole(tx: Queryable, userId: string, role: Role): Promise<void> {
  await tx.query('DELETE FROM user_roles WHERE user_id = $1 AND role = $2', [userId, role]);
}

/** The account's status, with its row locked until the transaction ends. */
export async function lockAccountStatus(
  tx: Queryable,
  id: string,
): Promise<'active' | 'disabled' | undefined> {
  const rows = await tx.query<{ status: 'active' | 'disabled' }>(
    'SELECT status FROM users WHERE id = $1 FOR UPDATE',
    [id],
  );
  return rows[0]?.status;
}

/** Compare-and-set on status: zero rows means someone else changed it first. */
export async function updateStatus(
  tx: Queryable,
  id: string,
  from: 'active' | 'disabled',
  to: 'active' | 'disabled',
): Promise<boolean> {
  const rows = await tx.query(
    'UPDATE users SET status = $3, updated_at = now() WHERE id = $1 AND status = $2 RETURNING id',
    [id, from, to],
  );
  return rows.length === 1;
}

/** The display names of these accounts, by id (unknown and null ids left out). */
export async function findDisplayNames(db: Queryable, ids: (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await db.query<{ id: string; display_name: string }>(
    'SELECT id::text AS id, display_name FROM users WHERE id = ANY($1::uuid[])',
    [wanted],
  );
  return new Map(rows.map((r) => [r.id, r.display_name]));
}

/**
 * How many accounts exist, read after taking the transaction-scoped advisory lock `lock`, so
 * that servers starting together decide one after the other.
 */
export async function countAccounts(tx: Queryable, lock: number): Promise<number> {
  await tx.query('SELECT pg_advisory_xact_lock($1)', [lock]);
  const rows = await tx.query<{ n: number }>('SELECT count(*)::int AS n FROM users');
  return rows[0]?.n ?? 0;
}

/** Whether someone holding the role has set a password (is more than a pending account). */
export async function hasActiveHolder(tx: Queryable, role: Role, noPassword: string): Promise<boolean> {
  const rows = await tx.query(
    `SELECT 1 FROM users u JOIN user_roles r ON r.user_id = u.id
     WHERE r.role = $1 AND u.password_hash <> $2 LIMIT 1`,
    [role, noPassword],
  );
  return rows.length > 0;
}

/** The account an organisation registered with (one per organisation), by its credit code. */
export async function findAccountOfOrganisation(
  db: Queryable,
  creditCode: string,
): Promise<(AccountRecord & { organisationName: string }) | undefined> {
  const rows = await db.query<AccountRow & { organisation_name: string } & Record<string, unknown>>(
    `${SELECT_ACCOUNT.replace('u.created_at,', 'u.created_at, o.name AS organisation_name,')}
     JOIN organisations o ON o.id = u.organisation_id WHERE o.credit_code = $1 ORDER BY u.created_at LIMIT 1`,
    [creditCode],
  );
  const row = rows[0];
  return row && { ...toAccount(row), organisationName: row.organisation_name };
}

/**
 * What the role assignments name that does not exist: a programme, or a town / department that
 * is not one of the role's programme (each district keeps its own). Read in one statement.
 */
export async function unknownRoleReferences(
  db: Queryable,
  roles: readonly RoleAssignment[],
): Promise<{ programmes: string[]; towns: number[]; departments: number[] }> {
  const rows = await db.query<{ kind: 'programme' | 'town' | 'department'; ref: string }>(
    `SELECT 'programme' AS kind, p.ref FROM unnest($1::text[]) AS p(ref)
       WHERE NOT EXISTS (SELECT 1 FROM programmes WHERE id = p.ref)
     UNION ALL
     SELECT 'town', t.ref::text FROM unnest($2::int[], $3::text[]) AS t(ref, programme)
       WHERE NOT EXISTS (SELECT 1 FROM towns WHERE id = t.ref AND programme_id IS NOT DISTINCT FROM t.programme)
     UNION ALL
     SELECT 'department', d.ref::text FROM unnest($4::int[], $5::text[]) AS d(ref, programme)
       WHERE NOT EXISTS (SELECT 1 FROM departments WHERE id = d.ref AND programme_id IS NOT DISTINCT FROM d.programme)`,
    [
      [...new Set(roles.flatMap((r) => (r.programmeId ? [r.programmeId] : [])))],
      roles.filter((r) => r.townId != null).map((r) => r.townId),
      roles.filter((r) => r.townId != null).map((r) => r.programmeId ?? null),
      roles.filter((r) => r.departmentId != null).map((r) => r.departmentId),
      roles.filter((r) => r.departmentId != null).map((r) => r.programmeId ?? null),
    ],
  );
  return {
    programmes: rows.filter((r) => r.kind === 'programme').map((r) => r.ref),
    towns: rows.filter((r) => r.kind === 'town').map((r) => Number(r.ref)),
    departments: rows.filter((r) => r.kind === 'department').map((r) => Number(r.ref)),
  };
}
