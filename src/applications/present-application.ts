import { hasRole } from '../accounts/core/actor.js';
import type { WorkflowActor } from '../cycles/core/cycle-stages.js';
import { applicationWindow } from '../cycles/core/cycle-stages.js';
import { cycleFacts } from '../cycles/use-cases/move-cycle.js';
import { findOrganisation } from '../organisations/organisations-repository.js';
import { presentOrganisation } from '../organisations/organisation-routes.js';
import type { RequestContext } from '../accounts/request-context.js';
import { listVersions } from './applications-repository.js';
import { endorsementKindFor } from './core/application-access.js';
import { isFormComplete } from './core/application-checklist.js';
import {
  availableApplicationTransitions,
  canEditForm,
  effectiveDeadline,
} from './core/application-status.js';
import type { ApplicationSummaryFacts, LoadedApplication } from './application-facts.js';
import { checklistOf, workflowContext } from './application-facts.js';
import { eligibilityOf } from './eligibility-of.js';
import type { LastDecision } from './application-schemas.js';

function rolesOf(context: RequestContext): WorkflowActor[] {
  return context.actor?.roles.map((r) => r.role) ?? [];
}

/** A line in a list: enough to find, filter and flag, with the eligibility verdict. */
export function presentApplicationSummary(facts: ApplicationSummaryFacts) {
  const { application, cycle, eligibility } = facts;
  return {
    id: application.id,
    cycleId: cycle.id,
    cycleYear: cycle.year,
    organisationName: application.organisationName,
    creditCode: application.creditCode,
    townId: application.townId,
    departmentId: application.departmentId,
    status: application.status,
    updatedAt: application.updatedAt.toISOString(),
    deadline: effectiveDeadline(cycle.applicationDeadline, application.extendedDeadline).toISOString(),
    eligible: eligibility.eligible,
    failing: eligibility.results.filter((r) => r.verdict === 'fail').map((r) => r.label),
    needsCheck: eligibility.results.filter((r) => r.verdict === 'needs-check').length,
    priority: eligibility.priority.flagged,
  };
}

/** The whole application for its page, with what the caller may do now (the UI enables by this). */
export async function presentApplication(context: RequestContext, loaded: LoadedApplication) {
  const { application, cycle } = loaded;
  const now = context.clock();
  const checklist = checklistOf(loaded);
  const [eligibility, versions, organisation] = await Promise.all([
    eligibilityOf(context, loaded),
    listVersions(context.db, application.id),
    findOrganisation(context.db, application.organisationId),
  ]);
  const owner = context.actor?.organisationId === application.organisationId;
  const endorseAs =
    context.actor && application.status === 'awaiting_endorsement'
      ? endorsementKindFor(context.actor, application).filter(
          (kind) =>
            !loaded.endorsements.some((e) => e.round === application.endorsementRound && e.kind === kind),
        )
      : [];
  const office = hasRole(context.actor, 'office_staff');
  return {
    id: application.id,
    status: application.status,
    revision: application.revision,
    form: application.form,
    organisation: organisation ? presentOrganisation(organisation) : null,
    cycle: {
      id: cycle.id,
      year: cycle.year,
      rulesVersionId: cycle.rulesVersionId,
      frameworkId: cycle.frameworkId,
      applicationDeadline: cycle.applicationDeadline.toISOString(),
      window: applicationWindow(cycleFacts(cycle), now),
    },
    deadline: effectiveDeadline(cycle.applicationDeadline, application.extendedDeadline).toISOString(),
    extension: application.extendedDeadline
      ? { deadline: application.extendedDeadline.toISOString(), reason: application.extensionReason }
      : null,
    resubmitBy: application.resubmitBy?.toISOString() ?? null,
    // Stored as JSON by decide-preliminary-check.ts; its dates come back as strings.
    lastDecision: application.lastDecision as LastDecision | null,
    checklist,
    complete: isFormComplete(checklist),
    eligibility,
    files: loaded.files.map((f) => ({
      id: f.id,
      purpose: f.purpose,
      originalName: f.originalName,
      sizeBytes: f.sizeBytes,
      sha256: f.sha256,
      mediaType: f.mediaType,
      createdAt: f.createdAt.toISOString(),
    })),
    endorsementRound: application.endorsementRound,
    endorsements: loaded.endorsements.map((e) => ({ ...e, decidedAt: e.decidedAt.toISOString() })),
    versions: versions.map((v) => ({ ...v, submittedAt: v.submittedAt.toISOString() })),
    serverTime: now.toISOString(),
    abilities: {
      edit: owner && canEditForm(application.status),
      transitions: availableApplicationTransitions(workflowContext(loaded), rolesOf(context), now).filter(
        (to) => (to === 'submitted' || to === 'awaiting_endorsement' ? owner : true),
      ),
      endorseAs,
      decide: office && application.status === 'submitted',
      extend: office && ['draft', 'awaiting_endorsement', 'endorsed'].includes(application.status),
    },
  };
}
