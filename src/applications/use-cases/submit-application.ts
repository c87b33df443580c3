import { createHash } from 'node:crypto';
import { canonicalJson } from '../../platform/kernel/canonical-json.js';
import type { RequestContext } from '../../accounts/request-context.js';
import { AppError } from '../../platform/errors/app-error.js';
import { findOrganisation } from '../../organisations/organisations-repository.js';
import type { VersionRecord } from '../applications-repository.js';
import { insertVersion } from '../applications-repository.js';
import type { LoadedApplication } from '../application-facts.js';
import { assertCanMove, writeMove } from './move-application.js';

/**
 * What a submission freezes: the form, the organisation as registered, the files by their hashes
 * and the endorsements. The receipt's SHA-256 is over this content's canonical JSON, so anyone
 * holding the receipt can confirm the content was not changed afterwards.
 */
export async function frozenContent(context: RequestContext, loaded: LoadedApplication) {
  const organisation = await findOrganisation(context.db, loaded.application.organisationId);
  const round = loaded.application.endorsementRound;
  return {
    applicationId: loaded.application.id,
    cycle: {
      id: loaded.cycle.id,
      year: loaded.cycle.year,
      rulesVersionId: loaded.cycle.rulesVersionId,
      frameworkId: loaded.cycle.frameworkId,
    },
    organisation,
    form: loaded.application.form,
    files: loaded.files.map((f) => ({
      id: f.id,
      purpose: f.purpose,
      originalName: f.originalName,
      sizeBytes: f.sizeBytes,
      sha256: f.sha256,
      mediaType: f.mediaType,
    })),
    endorsements: loaded.endorsements
      .filter((e) => e.round === round)
      .map((e) => ({
        kind: e.kind,
        decision: e.decision,
        comments: e.comments,
        endorser: e.endorserName,
        decidedAt: e.decidedAt,
        fileId: e.fileId,
      })),
  };
}

/**
 * Submits (or resubmits after a return) within the deadline, to the second (Art. 14, 15), and
 * issues the receipt. A second click finds the status already moved: one effect.
 */
export async function submitApplication(
  context: RequestContext,
  loaded: LoadedApplication,
): Promise<VersionRecord> {
  assertCanMove(context, loaded, 'submitted');
  const submittedAt = context.clock();
  const content = await frozenContent(context, loaded);
  const contentSha256 = createHash('sha256').update(canonicalJson(content)).digest('hex');
  return context.db.transaction(async (tx) => {
    await writeMove(tx, context, loaded, 'submitted', { detail: { contentSha256 } });
    const version = await insertVersion(
      tx,
      loaded.application.id,
      content,
      contentSha256,
      context.actor!.id,
      submittedAt,
    );
    if (!version) throw new AppError('record/conflict');
    return version;
  });
}
