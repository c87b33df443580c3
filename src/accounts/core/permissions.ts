import type { Actor } from './actor.js';
import type { Role } from './roles.js';

/**
 * Who may do what, in one table. Routes name an action; `can` answers yes or why not.
 * Record-level rules (an expert and their panel's applications) join this table as the
 * capabilities arrive, each as a function beside it.
 */
export const PERMISSIONS = {
  /** Read the public pages and reference data. */
  'public.read': 'anyone',
  /** Change one's own password and profile. */
  'self.manage': 'signed-in',
  /** Create staff, expert and committee accounts; enable and disable accounts. */
  'account.manage': ['system_admin'],
  /** Add an award programme to the installation (its first Office account follows, decision 0008). */
  'programme.create': ['system_admin'],
  /** Towns / sub-districts and competent departments. */
  'reference.manage': ['system_admin'],
  // Separation of duties (MLPS 2.0 三员分立): the administrator's own actions are what the
  // auditor reads, so the administrator does not read the trail.
  'audit.read': ['auditor'],
  'access-log.read': ['auditor'],
  /**
   * Confirm a role the administrator asked for (the second person of 三员分立); who may confirm
   * which role is GRANT_CONFIRMERS in role-grants.ts. The administrator sees pending grants
   * through account.manage but never confirms.
   */
  'role-grant.confirm': ['office_staff', 'auditor'],
  /** Read the programme rules versions, drafts included. */
  'rules.read': ['office_staff', 'committee_chair'],
  /** Draft a programme rules version from an existing one and edit the draft (rules as data). */
  'rules.draft': ['office_staff'],
  /** Approve a drafted rules version, so that cycles may run on it (never one's own draft). */
  'rules.approve': ['committee_chair'],
  /** Set up the year's cycle, publish it, extend a deadline, run the preliminary check (Art. 6, 7, 15). */
  'cycle.manage': ['office_staff'],
  /** Approve a cycle's criteria before it is published (Art. 5). */
  'cycle.approve-criteria': ['committee_chair'],
  /** Read the cycles, as the people who work on them. */
  'cycle.read': ['office_staff', 'committee_chair', 'committee_member'],
  /** An organisation's own application (Art. 14). */
  'application.apply': ['applicant'],
  /** Endorse applications of one's town / sub-district or department (Art. 14). */
  'application.endorse': ['locality_endorser', 'department_endorser'],
  /** See the submitted applications and decide the preliminary check (Art. 15). */
  'application.check': ['office_staff'],
  /**
   * Issue a password reset code to an organisation's account when mail cannot reach it: the
   * organisation comes to the Office with its business licence (issue 14.8).
   */
  'organisation.reset-password': ['office_staff'],
  /** Keep the expert pool, conflicts of interest, panels and draws (Art. 7, 25, 26). */
  'expert.manage': ['office_staff'],
  /**
   * Read a draw's kept excluded list with its reasons (v2 commits to it by its SHA-256 in the
   * public pool document): the Office keeps the draws; the auditor checks them.
   */
  'draw.exclusions.read': ['office_staff', 'auditor'],
  /** Share the programme's expert pool with another programme, or end the share (decision 0008). */
  'pool.share': ['office_staff'],
  /** An expert's own invitations, undertakings and declarations. */
  'expert.self': ['expert'],
} as const satisfies Record<string, 'anyone' | 'signed-in' | readonly Role[]>;

export type Action = keyof typeof PERMISSIONS;

export type Decision =
  | { ok: true }
  | { ok: false; reason: 'not-signed-in' }
  | { ok: false; reason: 'role-required'; roles: readonly Role[] }
  /** The actor holds the role, but in other programmes: the record is answered "not found". */
  | { ok: false; reason: 'other-programme' };

/**
 * May the actor take `action` — anywhere (`programmeId` undefined: the route's gate, before a
 * record is read), or in the programme a record belongs to? A role held installation-wide
 * (programmeId null) counts in every programme; one held within a programme counts in it alone.
 */
export function can(actor: Actor | null, action: Action, programmeId?: string): Decision {
  const rule: 'anyone' | 'signed-in' | readonly Role[] = PERMISSIONS[action];
  if (rule === 'anyone') return { ok: true };
  if (!actor) return { ok: false, reason: 'not-signed-in' };
  if (rule === 'signed-in') return { ok: true };
  const held = actor.roles.filter((r) => rule.includes(r.role));
  if (held.length === 0) return { ok: false, reason: 'role-required', roles: rule };
  if (programmeId === undefined) return { ok: true };
  return held.some((r) => r.programmeId == null || r.programmeId === programmeId)
    ? { ok: true }
    : { ok: false, reason: 'other-programme' };
}

/**
 * Where the actor may take `action`, for list queries to filter on in SQL: every programme
 * (`all`), or these (possibly none). A list never reads another programme's rows and filters
 * them afterwards.
 */
export type ProgrammeScope = { all: true } | { all: false; programmeIds: readonly string[] };

export function scopeOf(actor: Actor | null, action: Action): ProgrammeScope {
  const rule: 'anyone' | 'signed-in' | readonly Role[] = PERMISSIONS[action];
  if (typeof rule === 'string') return { all: true };
  const held = actor?.roles.filter((r) => rule.includes(r.role)) ?? [];
  if (held.some((r) => r.programmeId == null)) return { all: true };
  return { all: false, programmeIds: [...new Set(held.map((r) => r.programmeId!))] };
}

/** The scope as one SQL parameter: NULL for every programme, else the array of ids. */
export function scopeParameter(scope: ProgrammeScope): string[] | null {
  return scope.all ? null : [...scope.programmeIds];
}

/** The actions an actor may take, sent with the session so the UI enables what the server allows. */
export function abilities(actor: Actor | null): Action[] {
  return (Object.keys(PERMISSIONS) as Action[]).filter((action) => can(actor, action).ok);
}
