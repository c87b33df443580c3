import type { Queryable } from '../platform/db/database.js';
import { AppError } from '../platform/errors/app-error.js';
import { findFramework } from '../programmes/catalogue.js';
import { findRulesOfCycles } from '../programmes/rules-versions-repository.js';
import type { ProgrammeVersion } from '../programmes/programme.types.js';
import type { FrameworkVersion } from '../scoring/framework.types.js';
import type { CycleRecord } from '../cycles/cycles-repository.js';
import { findCycle, findCycles } from '../cycles/cycles-repository.js';
import {
  eligibilityKey,
  findEligibilityRecordsOf,
  findOrganisations,
} from '../organisations/organisations-repository.js';
import { cycleFacts } from '../cycles/use-cases/move-cycle.js';
import type { ApplicationRecord, EndorsementRecord } from './applications-repository.js';
import { currentOpinions, listEndorsements, listEndorsementsOf } from './applications-repository.js';
import type { FileRecord } from './files-repository.js';
import { listFiles } from './files-repository.js';
import { applicationChecklist, isFormComplete } from './core/application-checklist.js';
import type { ApplicationContext } from './core/application-status.js';
import { eligibilityFrom } from './eligibility-of.js';

/** An application with everything its rules read: cycle, programme, framework, files, endorsements. */
export interface LoadedApplication {
  application: ApplicationRecord;
  cycle: CycleRecord;
  programme: ProgrammeVersion;
  framework: FrameworkVersion;
  files: FileRecord[];
  endorsements: EndorsementRecord[];
}

export async function loadApplicationRules(
  db: Queryable,
  application: ApplicationRecord,
): Promise<LoadedApplication> {
  const [cycle, rules, files, endorsements] = await Promise.all([
    findCycle(db, application.cycleId),
    findRulesOfCycles(db, [application.cycleId]),
    listFiles(db, application.id),
    listEndorsements(db, application.id),
  ]);
  const programme = rules.get(application.cycleId);
  const framework = cycle && findFramework(cycle.frameworkId);
  if (!cycle || !programme || !framework) throw new AppError('server/internal');
  return { application, cycle, programme, framework, files, endorsements };
}

export function checklistOf(loaded: LoadedApplication) {
  return applicationChecklist(loaded.application.form, loaded.programme, loaded.framework, loaded.files);
}

/** The facts the workflow guards read. */
export function workflowContext(loaded: LoadedApplication): ApplicationContext {
  const { application } = loaded;
  return {
    application: {
      status: application.status,
      formComplete: isFormComplete(checklistOf(loaded)),
      endorsements: currentOpinions(loaded.endorsements, application.endorsementRound),
      extendedDeadline: application.extendedDeadline,
      resubmitBy: application.resubmitBy,
    },
    cycle: cycleFacts(loaded.cycle),
  };
}

/** A row of a list with what its summary reads, eligibility included. */
export interface ApplicationSummaryFacts extends Omit<LoadedApplication, 'files'> {
  eligibility: ReturnType<typeof eligibilityFrom>;
}

/**
 * The facts of a page of applications in a fixed number of statements, whatever its length:
 * cycles, endorsements, organisations and their eligibility records, each loaded for all rows.
 */
export async function loadApplicationSummaries(
  db: Queryable,
  applications: readonly ApplicationRecord[],
  now: Date,
): Promise<ApplicationSummaryFacts[]> {
  if (applications.length === 0) return [];
  const organisationIds = applications.map((a) => a.organisationId);
  const cycleIds = applications.map((a) => a.cycleId);
  const [cycles, rules, endorsements, organisations, records] = await Promise.all([
    findCycles(db, cycleIds),
    findRulesOfCycles(db, cycleIds),
    listEndorsementsOf(
      db,
      applications.map((a) => a.id),
    ),
    findOrganisations(db, organisationIds),
    findEligibilityRecordsOf(
      db,
      applications.map((a) => ({ organisationId: a.organisationId, programmeId: a.programmeId })),
    ),
  ]);
  return applications.map((application) => {
    const cycle = cycles.get(application.cycleId);
    const programme = rules.get(application.cycleId);
    const framework = cycle && findFramework(cycle.frameworkId);
    const organisation = organisations.get(application.organisationId);
    if (!cycle || !programme || !framework || !organisation) throw new AppError('server/internal');
    const facts = {
      application,
      cycle,
      programme,
      framework,
      endorsements: endorsements.get(application.id) ?? [],
    };
    const eligibility = eligibilityFrom(
      facts,
      organisation,
      records.get(eligibilityKey(application.programmeId, application.organisationId)) ?? {
        fraudFindings: [],
        titles: [],
      },
      now,
    );
    return { ...facts, eligibility };
  });
}
