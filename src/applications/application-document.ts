import { articleLabel, categoryLabel } from '../programmes/catalogue.js';
import type { RequestContext } from '../accounts/request-context.js';
import { AppError } from '../platform/errors/app-error.js';
import { findOrganisation } from '../organisations/organisations-repository.js';
import { findReference } from '../reference/reference-repository.js';
import type { LoadedApplication } from './application-facts.js';
import type { ApplicationDocumentFacts } from './application-pdf.js';
import { STATUS_LABELS } from './application-pdf.js';
import { eligibilityOf } from './eligibility-of.js';

/** Everything the printed application states, read once: organisation, places, clauses, items. */
export async function applicationDocumentFacts(
  context: Pick<RequestContext, 'db' | 'clock'>,
  loaded: LoadedApplication,
): Promise<ApplicationDocumentFacts> {
  const { application, programme, framework } = loaded;
  const [organisation, town, department, eligibility] = await Promise.all([
    findOrganisation(context.db, application.organisationId),
    findReference(context.db, 'towns', application.townId),
    findReference(context.db, 'departments', application.departmentId),
    eligibilityOf(context, loaded),
  ]);
  if (!organisation) throw new AppError('server/internal');
  return {
    programmeTitle: programme.title,
    articles: {
      declarations: `${categoryLabel(programme, 'condition').zh}、${categoryLabel(programme, 'exclusion').zh}`,
      priority: articleLabel(programme.clauses['standards-and-reputation']).zh,
    },
    cycleYear: loaded.cycle.year,
    applicationId: application.id,
    statusLabel: STATUS_LABELS[application.status],
    organisation: {
      name: application.organisationName,
      creditCode: application.creditCode,
      address: organisation.address,
      legalRepresentative: organisation.legalRepresentative,
      registrationDate: organisation.registrationDate,
      contactName: organisation.contactName,
      contactPhone: organisation.contactPhone,
      contactEmail: organisation.contactEmail,
      townName: town?.name.zh ?? '',
      departmentName: department?.name.zh ?? '',
    },
    form: application.form,
    clauses: eligibility.results
      .filter((r) => r.key !== 'title-validity')
      .map((r) => ({ key: r.key, label: r.label.zh, summary: r.summary.zh })),
    items: framework.categories.flatMap((c) => c.items.map((i) => ({ code: i.code, title: i.title.zh }))),
    endorsements: loaded.endorsements.map((e) => ({
      kind: e.kind,
      decision: e.decision,
      endorserName: e.endorserName,
      decidedAt: e.decidedAt,
      comments: e.comments,
      round: e.round,
    })),
    fileNames: new Map(loaded.files.map((f) => [f.id, f.originalName])),
    printedAt: context.clock(),
    issuer: {
      zh: '金水区区长质量奖评审委员会办公室',
      en: "Office of the Jinshui District Mayor's Quality Award Committee",
    },
  };
}
