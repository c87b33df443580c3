import { appendAudit } from '../../audit/audit-repository.js';
import type { RequestContext } from '../../accounts/request-context.js';
import { auditContextOf } from '../../accounts/request-context.js';
import { AppError } from '../../platform/errors/app-error.js';
import { isUniqueViolation } from '../../platform/db/database.js';
import { insertEndorsement, listEndorsements, lockApplication } from '../applications-repository.js';
import { endorsementKindFor } from '../core/application-access.js';
import { APPLICATION_STATUS_NAMES } from '../core/application-status.js';
import type { LoadedApplication } from '../application-facts.js';
import { assertCanMove, writeMove } from './move-application.js';

export interface EndorsementInput {
  decision: 'agreed' | 'returned' | 'declined';
  comments: string;
  fileId?: string | null | undefined;
}

/**
 * The town / sub-district office or the competent department records its opinion (Art. 14). A
 * return sends the application back to draft; a refusal to recommend (不同意推荐) ends it for the
 * cycle; the second agreement marks it endorsed. A return and a refusal need their reason.
 *
 * The town and the department may agree at the same moment, so "is this the second agreement?"
 * is decided inside the transaction, on the application row locked there and the endorsements
 * re-read after the lock: whichever commits second sees the first and moves the application.
 */
export async function recordEndorsement(
  context: RequestContext,
  loaded: LoadedApplication,
  input: EndorsementInput,
): Promise<void> {
  const actor = context.actor!;
  const kinds = endorsementKindFor(actor, loaded.application);
  // canViewApplication already hid other towns' applications; this covers an endorser who may
  // see it for another reason but is not its endorser.
  if (kinds.length === 0) throw new AppError('record/not-found');
  if (input.decision === 'returned' && !input.comments.trim()) {
    throw new AppError('application/reason-required', { params: { what: { zh: '退回', en: 'A return' } } });
  }
  if (input.decision === 'declined' && input.comments.trim().length < 2) {
    throw new AppError('application/reason-required', {
      params: { what: { zh: '不同意推荐', en: 'Declining to recommend' } },
      clause: { zh: '第十四条', en: 'Art. 14' },
    });
  }
  if (input.fileId && !loaded.files.some((f) => f.id === input.fileId && f.purpose === 'endorsement')) {
    throw new AppError('application/unknown-file', { params: { fileId: input.fileId } });
  }
  const decidedAt = context.clock();

  await context.db
    .transaction(async (tx) => {
      const application = await lockApplication(tx, loaded.application.id);
      if (!application) throw new AppError('record/not-found');
      if (application.status !== 'awaiting_endorsement') {
        throw new AppError('application/not-editable', {
          params: { status: APPLICATION_STATUS_NAMES[application.status] },
        });
      }
      const round = application.endorsementRound;
      const endorsements = await listEndorsements(tx, application.id);
      const recorded = endorsements.filter((e) => e.round === round);
      const kind = kinds.find((k) => !recorded.some((e) => e.kind === k));
      if (!kind) throw new AppError('record/conflict');

      const endorsement = {
        kind,
        decision: input.decision,
        comments: input.comments,
        fileId: input.fileId ?? null,
        endorserId: actor.id,
        decidedAt,
        round,
      };
      const after: LoadedApplication = {
        ...loaded,
        application,
        endorsements: [...endorsements, { ...endorsement, endorserName: actor.displayName }],
      };
      const next =
        input.decision === 'returned'
          ? ('draft' as const)
          : input.decision === 'declined'
            ? ('not_recommended' as const)
            : ('endorsed' as const);
      const moves =
        input.decision !== 'agreed' ||
        after.endorsements.filter((e) => e.round === round && e.decision === 'agreed').length === 2;
      if (moves) assertCanMove(context, after, next, { asSystem: next === 'endorsed' });

      await insertEndorsement(tx, application.id, endorsement);
      const detail = { endorsement: { kind, decision: input.decision, comments: input.comments, round } };
      if (moves) await writeMove(tx, context, after, next, { detail });
      else {
        await appendAudit(tx, auditContextOf(context, loaded.application.programmeId), {
          action: 'application.endorsement-recorded',
          recordType: 'application',
          recordId: application.id,
          after: detail,
        });
      }
    })
    .catch((error: unknown) => {
      // The same kind recorded twice at once: one wins.
      if (isUniqueViolation(error)) throw new AppError('record/conflict');
      throw error;
    });
}
