import { appendAudit } from '../../audit/audit-repository.js';
import type { RequestContext } from '../../accounts/request-context.js';
import { auditContextOf } from '../../accounts/request-context.js';
import { AppError } from '../../platform/errors/app-error.js';
import { findExpertByUser } from '../experts-repository.js';
import { programmeOfRecord } from '../../programmes/record-programmes-repository.js';

/** The version of the undertaking's wording, recorded with each acceptance. */
export const UNDERTAKING_VERSION = 'jinshui-2011/art25/v1';

/** Before opening any application material the expert accepts the confidentiality and impartiality undertaking (Art. 25). */
export async function acceptUndertaking(context: RequestContext, cycleId: string): Promise<Date> {
  const expert = context.actor && (await findExpertByUser(context.db, context.actor.id));
  if (!expert) throw new AppError('record/not-found');
  const programmeId = await programmeOfRecord(context.db, 'cycle', cycleId);
  const acceptedAt = context.clock();
  await context.db.transaction(async (tx) => {
    const rows = await tx.query(
      `INSERT INTO undertakings (expert_id, cycle_id, text_version, accepted_at, client_ip) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (expert_id, cycle_id) DO NOTHING RETURNING expert_id`,
      [expert.id, cycleId, UNDERTAKING_VERSION, acceptedAt, context.clientIp],
    );
    if (rows.length === 0) return;
    await appendAudit(tx, auditContextOf(context, programmeId), {
      action: 'expert.undertaking-accepted',
      recordType: 'expert',
      recordId: expert.id,
      after: { cycleId, version: UNDERTAKING_VERSION, acceptedAt },
    });
  });
  return acceptedAt;
}
