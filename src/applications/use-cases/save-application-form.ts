import { appendAudit } from '../../audit/audit-repository.js';
import type { RequestContext } from '../../accounts/request-context.js';
import { auditContextOf } from '../../accounts/request-context.js';
import { AppError } from '../../platform/errors/app-error.js';
import { articleLabel } from '../../programmes/catalogue.js';
import type { ApplicationRecord } from '../applications-repository.js';
import { findApplication, saveForm } from '../applications-repository.js';
import { countCharacters } from '../core/application-checklist.js';
import type { ApplicationForm } from '../core/application-form.js';
import { APPLICATION_STATUS_NAMES, canEditForm } from '../core/application-status.js';
import type { LoadedApplication } from '../application-facts.js';

/** Every file the form points at must be one of this application's uploads. */
function referencedFileIds(form: ApplicationForm): string[] {
  const ids = Object.values(form.declarations).flatMap((d) => d?.fileIds ?? []);
  if (form.selfAssessmentReportFileId) ids.push(form.selfAssessmentReportFileId);
  return ids;
}

/**
 * Saves the draft as the applicant types. Based on the revision the applicant last saw: a save
 * from a stale tab is a conflict, never a silent overwrite. The audit entry names the parts that
 * changed; the content itself is frozen and hashed at submission.
 */
export async function saveApplicationForm(
  context: RequestContext,
  loaded: LoadedApplication,
  revision: number,
  form: ApplicationForm,
): Promise<ApplicationRecord> {
  const { application, programme } = loaded;
  if (!canEditForm(application.status)) {
    throw new AppError('application/not-editable', {
      params: { status: APPLICATION_STATUS_NAMES[application.status] },
    });
  }
  const max = programme.parameters.overviewMaxChars;
  const count = countCharacters(form.overview);
  if (count > max.value) {
    throw new AppError('application/overview-too-long', {
      params: { max: max.value, count },
      clause: articleLabel(max.source),
      details: [
        {
          path: 'overview',
          message: {
            zh: `最多 ${max.value} 字，当前 ${count} 字`,
            en: `at most ${max.value} characters; ${count} given`,
          },
        },
      ],
    });
  }
  const known = new Set(loaded.files.map((f) => f.id));
  const unknown = referencedFileIds(form).find((id) => !known.has(id));
  if (unknown) throw new AppError('application/unknown-file', { params: { fileId: unknown } });

  const changed = (Object.keys(form) as (keyof ApplicationForm)[]).filter(
    (key) => JSON.stringify(form[key]) !== JSON.stringify(application.form[key]),
  );
  await context.db.transaction(async (tx) => {
    if (!(await saveForm(tx, application.id, revision, form))) throw new AppError('record/conflict');
    await appendAudit(tx, auditContextOf(context, loaded.application.programmeId), {
      action: 'application.draft-saved',
      recordType: 'application',
      recordId: application.id,
      before: { revision },
      after: { revision: revision + 1, changed },
    });
  });
  return (await findApplication(context.db, application.id))!;
}
