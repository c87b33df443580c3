import type { Queryable } from '../platform/db/database.js';
import type { Role, RoleAssignment } from './core/roles.js';

export interface PendingGrantRecord {
  id: string;
  userId: string;
  username: string;
  displayName: string;
  role: Role;
  programmeId: string | null;
  townId: number | null;
  departmentId: number | null;
  requestedBy: string | null;
  requestedByName: string | null;
  requestedAt: Date;
}

interface PendingGrantRow {
  id: string;
  user_id: string;
  username: string;
  display_name: string;
  role: Role;
  programme_id: string | null;
  town_id: number | null;
  department_id: number | null;
  requested_by: string | null;
  requested_by_name: string | null;
  requested_at: Date;
}

const SELECT_GRANTS = `
  SELECT g.id::text AS id, g.user_id::text AS user_id, u.username, u.display_name, g.role, g.programme_id, g.town_id,
    g.department_id, g.requested_by::text AS requested_by, r.display_name AS requested_by_name, g.requested_at
  FROM pending_role_grants g JOIN users u ON u.id = g.user_id LEFT JOIN users r ON r.id = g.requested_by`;

function toGrant(row: PendingGrantRow): PendingGrantRecord {
  return {
    id: row.id,
    userId: row.user_id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    programmeId: row.programme_id,
    townId: row.town_id,
    departmentId: row.department_id,
    requestedBy: row.requested_by,
    requestedByName: row.requested_by_name,
    requestedAt: row.requested_at,
  };
}

export async function insertPendingGrants(
  tx: Queryable,
  userId: string,
  roles: readonly RoleAssignment[],
  requestedBy: string | null,
): Promise<void> {
  for (const r of roles) {
    await tx.query(
      `INSERT INTO pending_role_grants (user_id, role, programme_id, town_id, department_id, requested_by)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [userId, r.role, r.programmeId ?? null, r.townId ?? null, r.departmentId ?? null, requestedBy],
    );
  }
}

/** Every grant waiting for its second person, oldest first (one per account and role: few rows). */
export async function listPendingGrants(db: Queryable, userIds?: string[]): Promise<PendingGrantRecord[]> {
  const rows = await db.query<PendingGrantRow & Record<string, unknown>>(
    `${SELECT_GRANTS} WHERE ($1::uuid[] IS NULL OR g.user_id = ANY($1::uuid[])) ORDER BY g.requested_at, g.id`,
    [userIds ?? null],
  );
  return rows.map(toGrant);
}

export async function findPendingGrant(db: Queryable, id: string): Promise<PendingGrantRecord | undefined> {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) return undefined;
  const rows = await db.query<PendingGrantRow & Record<string, unknown>>(`${SELECT_GRANTS} WHERE g.id = $1`, [
    id,
  ]);
  return rows[0] && toGrant(rows[0]);
}

/** Takes the grant out of waiting: of two confirmations at once exactly one gets the row. */
export async function takePendingGrant(tx: Queryable, id: string): Promise<boolean> {
  const rows = await tx.query('DELETE FROM pending_role_grants WHERE id = $1 RETURNING id', [id]);
  return rows.length === 1;
}

export async function insertRole(tx: Queryable, userId: string, role: RoleAssignment): Promise<void> {
  await tx.query(
    'INSERT INTO user_roles (user_id, role, programme_id, town_id, department_id) VALUES ($1, $2, $3, $4, $5)',
    [userId, role.role, role.programmeId ?? null, role.townId ?? null, role.departmentId ?? null],
  );
}
