import type { Readable } from 'node:stream';
import { appendAudit } from '../../audit/audit-repository.js';
import type { RequestContext } from '../../accounts/request-context.js';
import { auditContextOf } from '../../accounts/request-context.js';
import { AppError } from '../../platform/errors/app-error.js';
import type { FileKind } from '../../platform/files/file-kinds.js';
import { APPLICATION_STATUS_NAMES, canEditForm } from '../core/application-status.js';
import type { FilePurpose, FileRecord } from '../files-repository.js';
import { findFile, insertFile } from '../files-repository.js';
import type { LoadedApplication } from '../application-facts.js';

const ALLOWED_KINDS: Record<FilePurpose, readonly FileKind[]> = {
  'self-assessment-report': ['pdf'],
  evidence: ['pdf', 'image', 'office'],
  endorsement: ['pdf', 'image'],
  other: ['pdf', 'image', 'office'],
};

/**
 * Streams one file into storage — never whole into memory — and records it only once it is
 * complete and its type checked by content. The file becomes visible only after its record
 * committed; if the record cannot be written, the received file is discarded. A crash in between
 * leaves it in `.incoming`, where the sweep places it (recorded) or deletes it (not recorded).
 */
export async function uploadApplicationFile(
  context: RequestContext,
  loaded: LoadedApplication,
  upload: { stream: Readable; originalName: string; purpose: FilePurpose },
): Promise<FileRecord> {
  const { application } = loaded;
  const endorsing = upload.purpose === 'endorsement';
  const editable = endorsing
    ? application.status === 'awaiting_endorsement'
    : canEditForm(application.status);
  if (!editable) {
    upload.stream.resume();
    throw new AppError('application/not-editable', {
      params: { status: APPLICATION_STATUS_NAMES[application.status] },
    });
  }
  const stored = await context.files.receive(upload.stream, {
    maxBytes: context.config.uploadMaxBytes,
    originalName: upload.originalName,
    allowedKinds: ALLOWED_KINDS[upload.purpose],
  });
  let id: string;
  try {
    id = await context.db.transaction(async (tx) => {
      const fileId = await insertFile(tx, {
        applicationId: application.id,
        purpose: upload.purpose,
        originalName: upload.originalName,
        storageKey: stored.storageKey,
        sizeBytes: stored.sizeBytes,
        sha256: stored.sha256,
        mediaType: stored.mediaType,
        uploadedBy: context.actor!.id,
      });
      await appendAudit(tx, auditContextOf(context, loaded.application.programmeId), {
        action: 'application.file-uploaded',
        recordType: 'application',
        recordId: application.id,
        after: {
          fileId,
          purpose: upload.purpose,
          originalName: upload.originalName,
          sizeBytes: stored.sizeBytes,
          sha256: stored.sha256,
          mediaType: stored.mediaType,
        },
      });
      return fileId;
    });
  } catch (error) {
    await context.files.discard(stored.storageKey).catch(() => undefined);
    throw error;
  }
  await context.files.place(stored.storageKey);
  return (await findFile(context.db, id))!;
}
