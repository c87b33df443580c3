import { shanghaiDate } from '../platform/kernel/time.js';
import { evaluateEligibility } from '../eligibility/core/eligibility.js';
import type { EligibilityRecords, OrganisationRecord } from '../organisations/organisations-repository.js';
import { findEligibilityRecords, findOrganisation } from '../organisations/organisations-repository.js';
import type { RequestContext } from '../accounts/request-context.js';
import { AppError } from '../platform/errors/app-error.js';
import { currentOpinions } from './applications-repository.js';
import { effectiveDeadline } from './core/application-status.js';
import type { LoadedApplication } from './application-facts.js';

/**
 * The eligibility report of an application from the form and the platform's own records, as of
 * today — or as of its deadline once that has passed, since eligibility is judged at submission.
 */
export async function eligibilityOf(
  context: Pick<RequestContext, 'db' | 'clock'>,
  loaded: Omit<LoadedApplication, 'files'>,
) {
  const { application } = loaded;
  const organisation = await findOrganisation(context.db, application.organisationId);
  if (!organisation) throw new AppError('server/internal');
  const records = await findEligibilityRecords(
    context.db,
    application.organisationId,
    application.programmeId,
  );
  return eligibilityFrom(loaded, organisation, records, context.clock());
}

/** The same report from records already loaded (lists load them for every row at once). */
export function eligibilityFrom(
  loaded: Omit<LoadedApplication, 'files'>,
  organisation: OrganisationRecord,
  records: EligibilityRecords,
  now: Date,
) {
  const { application } = loaded;
  const deadline = effectiveDeadline(loaded.cycle.applicationDeadline, application.extendedDeadline);
  return evaluateEligibility({
    programme: loaded.programme,
    framework: loaded.framework,
    organisation,
    form: application.form,
    records,
    endorsements: currentOpinions(loaded.endorsements, application.endorsementRound),
    asOf: shanghaiDate(now < deadline ? now : deadline),
  });
}
