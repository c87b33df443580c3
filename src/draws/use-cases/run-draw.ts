import { appendAudit } from '../../audit/audit-repository.js';
import { findCycle } from '../../cycles/cycles-repository.js';
import type { RequestContext } from '../../accounts/request-context.js';
import { auditContextOf } from '../../accounts/request-context.js';
import { isUniqueViolation } from '../../platform/db/database.js';
import { AppError } from '../../platform/errors/app-error.js';
import { findApprovedRules } from '../../programmes/rules-versions-repository.js';
import { drawInputsOf, panelBoundsOf } from '../core/draw.js';
import { checkPublicValue, drawSeed } from '../core/draw-seed.js';
import type { PanelRecord, ResultRecord } from '../panels-repository.js';
import { findResult, insertResult, listCommitments, lockPanelDrawState } from '../panels-repository.js';
import { industryLabelOf, refusalError, supersededDraw, tryDraw } from '../draw-refusals.js';

/**
 * Steps 2–4: the supervising official enters a value fixed only after the commitment was
 * published (e.g. a lottery number); seed = H(secret, value, pool hash); the documented algorithm
 * picks leader, members and reserves; the secret is revealed with the result. Two staff drawing
 * at once: the second finds the result already recorded.
 */
export async function runDraw(
  context: RequestContext,
  panel: PanelRecord,
  input: { publicValue: string; supervisorName: string },
): Promise<ResultRecord> {
  const { db } = context;
  const commitment = (await listCommitments(db, panel.id)).at(-1);
  if (!commitment) {
    throw new AppError('draw/state', {
      params: {
        reason: { zh: '请先冻结专家库并公布承诺值', en: 'freeze the pool and publish the commitment first' },
      },
    });
  }
  if (await findResult(db, commitment.id)) throw new AppError('draw/already-drawn');
  const value = checkPublicValue(input.publicValue);
  if (!value.ok) throw new AppError('draw/state', { params: { reason: value.message } });
  const cycle = await findCycle(db, panel.cycleId);
  const programme = cycle && (await findApprovedRules(db, cycle.rulesVersionId));
  if (!programme) throw new AppError('record/not-found');

  // The algorithm the pool was frozen for: v2 for new freezes, v1 for a pool frozen before.
  const { label, pool } = drawInputsOf(commitment.poolDocument);
  const seed = drawSeed(commitment.secret, value.value, commitment.poolHash, label);
  const drawn = tryDraw(seed, pool, commitment, industryLabelOf(panel), panelBoundsOf(programme.parameters));
  if (!drawn.ok) throw refusalError(drawn);
  const result: ResultRecord = {
    commitmentId: commitment.id,
    publicValue: value.value,
    supervisorName: input.supervisorName.trim(),
    seed,
    outcome: { leader: drawn.leader, members: drawn.members, reserves: drawn.reserves },
    drawnAt: context.clock(),
  };
  await db
    .transaction(async (tx) => {
      // Under the panel's lock: the commitment drawn is still the newest and still undrawn.
      const locked = await lockPanelDrawState(tx, panel.id);
      if (locked?.latestCommitmentId !== commitment.id) throw supersededDraw();
      if (locked.drawn) throw new AppError('draw/already-drawn');
      await insertResult(tx, { ...result, drawnBy: context.actor!.id });
      await appendAudit(tx, auditContextOf(context, cycle.programmeId), {
        action: 'draw.drawn',
        recordType: 'panel',
        recordId: panel.id,
        after: {
          commitmentId: commitment.id,
          publicValue: result.publicValue,
          supervisor: result.supervisorName,
          seed,
          outcome: result.outcome,
        },
      });
    })
    .catch((error: unknown) => {
      if (isUniqueViolation(error)) throw new AppError('draw/already-drawn');
      throw error;
    });
  return result;
}
