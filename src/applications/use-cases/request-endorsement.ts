import type { RequestContext } from '../../accounts/request-context.js';
import type { LoadedApplication } from '../application-facts.js';
import { assertCanMove, writeMove } from './move-application.js';

/** The applicant, form complete, asks its town / sub-district and department for their opinions (Art. 14). */
export async function requestEndorsement(context: RequestContext, loaded: LoadedApplication): Promise<void> {
  assertCanMove(context, loaded, 'awaiting_endorsement');
  await context.db.transaction((tx) =>
    writeMove(tx, context, loaded, 'awaiting_endorsement', {
      changes: { newEndorsementRound: true },
      detail: { round: loaded.application.endorsementRound + 1 },
    }),
  );
}
