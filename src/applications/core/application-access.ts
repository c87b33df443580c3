import type { Actor } from '../../accounts/core/actor.js';
import type { ApplicationStatus } from './application-status.js';

/** What record-level access decisions need to know about an application. */
export interface ApplicationScope {
  /** The programme of the application's cycle (decision 0008). */
  programmeId: string;
  organisationId: string;
  townId: number;
  departmentId: number;
  status: ApplicationStatus;
}

/** Statuses an endorser may see: from the request for endorsement on. */
const VISIBLE_TO_ENDORSERS: readonly ApplicationStatus[] = [
  'awaiting_endorsement',
  'endorsed',
  'submitted',
  'returned',
  'accepted',
  'rejected',
  'not_recommended',
];

/**
 * Need-to-know (Art. 25): the organisation sees its own application; endorsers those of their
 * town or department once endorsement is asked; the Office every application. Anyone else is
 * told the application does not exist.
 */
export function canViewApplication(actor: Actor | null, application: ApplicationScope): boolean {
  if (!actor) return false;
  return actor.roles.some((assignment) => {
    switch (assignment.role) {
      case 'office_staff':
        // The Office of the application's own programme (or one held installation-wide).
        return assignment.programmeId == null || assignment.programmeId === application.programmeId;
      case 'applicant':
        return actor.organisationId === application.organisationId;
      case 'locality_endorser':
        return assignment.townId === application.townId && VISIBLE_TO_ENDORSERS.includes(application.status);
      case 'department_endorser':
        return (
          assignment.departmentId === application.departmentId &&
          VISIBLE_TO_ENDORSERS.includes(application.status)
        );
      default:
        return false;
    }
  });
}

/**
 * `canViewApplication` as a scope a query can test, so that lists filter and count in SQL:
 * everything (Office), the own organisation (applicant), or the towns and departments of the
 * endorser roles in the statuses endorsers may see.
 */
export function applicationVisibility(actor: Actor | null) {
  const roles = actor?.roles ?? [];
  const ids = (pick: (r: (typeof roles)[number]) => number | null | undefined) =>
    roles.map(pick).filter((id): id is number => typeof id === 'number');
  const office = roles.filter((r) => r.role === 'office_staff');
  return {
    all: office.some((r) => r.programmeId == null),
    /** The programmes whose every application the caller sees (as their Office). */
    officeProgrammeIds: office.flatMap((r) => (r.programmeId == null ? [] : [r.programmeId])),
    organisationId:
      actor?.organisationId && roles.some((r) => r.role === 'applicant') ? actor.organisationId : null,
    townIds: ids((r) => (r.role === 'locality_endorser' ? r.townId : null)),
    departmentIds: ids((r) => (r.role === 'department_endorser' ? r.departmentId : null)),
    endorserStatuses: VISIBLE_TO_ENDORSERS,
  };
}

/** Which endorsement an actor may record on an application, if any. */
export function endorsementKindFor(
  actor: Actor,
  application: Pick<ApplicationScope, 'townId' | 'departmentId'>,
): ('locality' | 'department')[] {
  const kinds: ('locality' | 'department')[] = [];
  for (const assignment of actor.roles) {
    if (assignment.role === 'locality_endorser' && assignment.townId === application.townId)
      kinds.push('locality');
    if (assignment.role === 'department_endorser' && assignment.departmentId === application.departmentId) {
      kinds.push('department');
    }
  }
  return kinds;
}

/**
 * Who may download the printed application (申报书): the organisation for its own application and
 * the Office. Endorsers and experts read it on screen, where every reading is logged (Art. 25).
 */
export function canPrintApplication(actor: Actor | null, application: ApplicationScope): boolean {
  if (!actor) return false;
  return actor.roles.some(
    (assignment) =>
      assignment.role === 'office_staff' ||
      (assignment.role === 'applicant' && actor.organisationId === application.organisationId),
  );
}
