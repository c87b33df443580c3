import type { LocalizedText } from '../../../src/platform/i18n/localized.js';
import type { RoleKey } from '../session/roles.js';

export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  roles: RoleKey[];
  locale: string;
  mustChangePassword: boolean;
  /** The server actions this person may take (e.g. 'account.manage'); the UI shows only those. */
  abilities?: string[];
}

export interface Session {
  authenticated: boolean;
  csrfToken: string;
  idleTimeoutMinutes: number;
  user?: SessionUser;
}

export interface RoleGrant {
  role: RoleKey;
  townId?: number | null;
  departmentId?: number | null;
}

export type AccountStatus = 'active' | 'disabled';

export interface Account {
  id: string;
  username: string;
  displayName: string;
  email: string | null;
  phone: string | null;
  status: AccountStatus;
  roles: RoleGrant[];
  lockedUntil: string | null;
  createdAt: string;
  /** Roles waiting for a second person to confirm them. */
  pendingRoles: RoleGrant[];
  /** Until when the activation code is valid; null once the person set their password. */
  activationExpiresAt: string | null;
}

export interface NewAccount {
  username: string;
  displayName: string;
  email?: string;
  phone?: string;
  roles: RoleGrant[];
}

/** A new account, or a reset one, with its one-time activation code (shown once). */
export interface AccountWithActivation {
  account: Account;
  activation: { code: string; expiresAt: string };
}

export interface PendingGrant {
  id: string;
  userId: string;
  username: string;
  displayName: string;
  role: RoleKey;
  townId: number | null;
  departmentId: number | null;
  requestedByName: string | null;
  requestedAt: string;
  canConfirm: boolean;
}

export interface ReferenceItem {
  id: number;
  code: string;
  name: LocalizedText;
  active: boolean;
}

export type ReferenceKind = 'towns' | 'departments';

export interface PersonRef {
  id: string;
  displayName: string;
}

export interface AuditEntry {
  id: number;
  at: string;
  actor: PersonRef | null;
  realActor: PersonRef | null;
  action: string;
  recordType: string;
  recordId: string | number | null;
  before: unknown;
  after: unknown;
  clientIp: string | null;
  prevHash: string;
  hash: string;
}

export interface ChainVerification {
  ok: boolean;
  checked: number;
  firstBroken?: { id: number; reason: string };
}

export interface AccessLogEntry {
  id: number;
  at: string;
  user: PersonRef | null;
  username: string | null;
  event: string;
  recordType: string | null;
  recordId: string | number | null;
  clientIp: string | null;
  userAgent: string | null;
}

export interface ProgrammeSummary {
  id: string;
  title: LocalizedText;
  effectiveDate: string;
  documentNumber: string;
}

export interface Health {
  status: 'ok';
  database: { engine: 'pglite' | 'postgresql'; migration: string };
}
