import type { Queryable } from '../platform/db/database.js';
import { AppError } from '../platform/errors/app-error.js';
import { findFramework, findProgramme } from '../programmes/catalogue.js';
import type { ProgrammeVersion } from '../programmes/programme.types.js';
import type { FrameworkVersion } from '../scoring/framework.types.js';
import type { CycleRecord } from '../cycles/cycles-repository.js';
import { findCycle } from '../cycles/cycles-repository.js';
import { cycleFacts } from '../cycles/use-cases/move-cycle.js';
import type { ApplicationRecord, EndorsementRecord } from './applications-repository.js';
import { currentOpinions, listEndorsements } from './applications-repository.js';
import type { FileRecord } from './files-repository.js';
import { listFiles } from './files-repository.js';
import { applicationChecklist, isFormComplete } from './core/application-checklist.js';
import type { ApplicationContext } from './core/application-status.js';

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
  const cycle = await findCycle(db, application.cycleId);
  const programme = cycle && findProgramme(cycle.programmeId);
  const framework = cycle && findFramework(cycle.frameworkId);
  if (!cycle || !programme || !framework) throw new AppError('server/internal');
  const [files, endorsements] = await Promise.all([
    listFiles(db, application.id),
    listEndorsements(db, application.id),
  ]);
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
