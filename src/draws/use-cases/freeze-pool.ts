import { randomBytes } from 'node:crypto';
import { appendAudit } from '../../audit/audit-repository.js';
import { findCycle } from '../../cycles/cycles-repository.js';
import { shanghaiDate } from '../../platform/kernel/time.js';
import type { IndustrySection } from '../../organisations/core/organisation.js';
import type { RequestContext } from '../../accounts/request-context.js';
import { auditContextOf } from '../../accounts/request-context.js';
import { isUniqueViolation } from '../../platform/db/database.js';
import { AppError } from '../../platform/errors/app-error.js';
import { sha256HexNode } from '../../platform/security/sha256-node.js';
import { findApprovedRules } from '../../programmes/rules-versions-repository.js';
import { panelBoundsOf } from '../core/draw.js';
import { commitToSecret } from '../core/draw-seed.js';
import { freezePoolV2 } from '../core/pool-v2.js';
import type { LockedDrawState, PanelRecord } from '../panels-repository.js';
import { insertCommitment, lockPanelDrawState, readPanelDrawState } from '../panels-repository.js';
import { readPanelPool } from '../pool-repository.js';
import { alreadyFrozen, industryLabelOf, refusalError, tryDraw } from '../draw-refusals.js';

const ZERO_SEED = '00'.repeat(32);

/**
 * Step 1 of the draw: freeze the panel's eligible pool (algorithm v2, docs/draw-algorithm.md §1) —
 * who is in, and why each excluded expert is out — and commit to a fresh secret. The pool
 * document and the exclusions document are written and hashed once each and stored as hashed. Both hashes are published before anyone can know the
 * seed. A redraw freezes anew (with its reason) after the previous draw.
 */
export async function freezePanelPool(
  context: RequestContext,
  panel: PanelRecord,
  input: { reason?: string | undefined } = {},
): Promise<{ commitmentId: string; poolHash: string }> {
  const { db } = context;
  // A fast refusal before the pool is computed; decided again under the panel's lock below.
  const before = await readPanelDrawState(db, panel.id);
  checkCanFreeze(before, input.reason);
  const cycle = await findCycle(db, panel.cycleId);
  const programme = cycle && (await findApprovedRules(db, cycle.rulesVersionId));
  if (!cycle || !programme) throw new AppError('record/not-found');
  const bounds = panelBoundsOf(programme.parameters);
  const label = industryLabelOf(panel);
  // A plan outside the programme's bounds is refused before anything is read.
  const sized = tryDraw(ZERO_SEED, { eligible: [], canLead: [] }, panel, label, bounds);
  if (!sized.ok && sized.problem === 'size-out-of-bounds') throw refusalError(sized);

  // One statement reads only what the documents can name: the candidates of the panel's industry
  // group, as columns, and their confirmed conflicts with the panel's organisations.
  const facts = await readPanelPool(db, panel);
  const frozen = freezePoolV2(
    {
      panelId: panel.id,
      sequence: before.latestSequence + 1,
      programme: {
        id: cycle.rulesVersionId,
        panelSizeMin: bounds.panelSizeMin,
        panelSizeMax: bounds.panelSizeMax,
      },
      industrySections: panel.industries as IndustrySection[],
      organisationIds: facts.organisationIds,
      // Beijing time: the date qualifications must be valid on.
      asOf: shanghaiDate(context.clock()),
      plan: { size: panel.size, reserves: panel.reserves },
      candidates: facts.candidates,
      conflicts: facts.conflicts,
    },
    sha256HexNode,
  );
  // Refuse now what the draw would refuse: a commitment nobody can draw from helps no one.
  const trial = tryDraw(ZERO_SEED, frozen.document, panel, label, bounds);
  if (!trial.ok) throw refusalError(trial);

  const secret = randomBytes(32).toString('hex');
  const commitment = {
    panelId: panel.id,
    sequence: frozen.document.sequence,
    poolDocumentJson: frozen.documentJson,
    exclusionsJson: frozen.exclusionsJson,
    poolHash: frozen.poolHash,
    commitment: commitToSecret(secret),
    secret,
    size: panel.size,
    reserves: panel.reserves,
    reason: input.reason?.trim() ?? '',
    frozenAt: context.clock(),
    frozenBy: context.actor!.id,
  };
  const commitmentId = await db
    .transaction(async (tx) => {
      // Decided on the state read under the panel's lock: of fifty freezes at once one commits,
      // the others then find its commitment awaiting a draw (409); nothing read before counts.
      const locked = await lockPanelDrawState(tx, panel.id);
      if (!locked) throw new AppError('record/not-found');
      checkCanFreeze(locked, input.reason);
      if (locked.latestCommitmentId !== before.latestCommitmentId) throw alreadyFrozen();
      const id = await insertCommitment(tx, commitment);
      await appendAudit(tx, auditContextOf(context, cycle.programmeId), {
        action: locked.latestCommitmentId ? 'draw.pool-refrozen' : 'draw.pool-frozen',
        recordType: 'panel',
        recordId: panel.id,
        after: {
          commitmentId: id,
          poolHash: commitment.poolHash,
          commitment: commitment.commitment,
          eligible: frozen.document.eligible.length,
          excluded: frozen.document.excluded.count,
          reason: commitment.reason,
        },
      });
      return id;
    })
    .catch((error: unknown) => {
      if (isUniqueViolation(error)) throw alreadyFrozen();
      throw error;
    });
  return { commitmentId, poolHash: commitment.poolHash };
}

/** A first freeze, or a redraw with its reason after the previous commitment was drawn. */
function checkCanFreeze(state: LockedDrawState, reason: string | undefined): void {
  if (state.latestCommitmentId === null) return;
  if (!state.drawn) throw alreadyFrozen();
  if (!reason?.trim()) {
    throw new AppError('application/reason-required', {
      params: { what: { zh: '重新抽取', en: 'A redraw' } },
    });
  }
}
