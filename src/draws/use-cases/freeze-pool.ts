import { randomBytes } from 'node:crypto';
import { appendAudit } from '../../audit/audit-repository.js';
import { findCycle } from '../../cycles/cycles-repository.js';
import { shanghaiDate } from '../../platform/kernel/time.js';
import { confirmedConflictsWith } from '../../experts/conflicts-repository.js';
import type { ConflictKind } from '../../experts/core/conflicts.js';
import { availabilityFor, listExpertsOfSections } from '../../experts/experts-repository.js';
import type { IndustrySection } from '../../organisations/core/organisation.js';
import type { RequestContext } from '../../accounts/request-context.js';
import { auditContextOf } from '../../accounts/request-context.js';
import { isUniqueViolation } from '../../platform/db/database.js';
import { AppError } from '../../platform/errors/app-error.js';
import { findApprovedRules } from '../../programmes/rules-versions-repository.js';
import { panelBoundsOf } from '../core/draw.js';
import { commitToSecret } from '../core/draw-seed.js';
import {
  candidatesForSections,
  freezePool as freeze,
  indexCandidatesBySection,
  indexConflicts,
  poolDocument,
  poolHash,
} from '../core/eligible-pool.js';
import type { CommitmentRecord, LockedDrawState, PanelRecord } from '../panels-repository.js';
import {
  insertCommitment,
  listCommitments,
  lockPanelDrawState,
  readPanelDrawState,
} from '../panels-repository.js';
import { alreadyFrozen, industryLabelOf, refusalError, tryDraw } from '../draw-refusals.js';

/**
 * Step 1 of the draw: freeze the panel's eligible pool — who is in, and why each excluded expert
 * is out — and commit to a fresh secret. Both hashes are published before anyone can know the
 * seed. A redraw freezes anew (with its reason) after the previous draw.
 */
export async function freezePanelPool(
  context: RequestContext,
  panel: PanelRecord,
  input: { reason?: string | undefined } = {},
): Promise<CommitmentRecord> {
  const { db } = context;
  // A fast refusal before the pool is computed; decided again under the panel's lock below.
  const before = await readPanelDrawState(db, panel.id);
  checkCanFreeze(before, input.reason);
  const cycle = await findCycle(db, panel.cycleId);
  const programme = cycle && (await findApprovedRules(db, cycle.programmeId));
  if (!programme) throw new AppError('record/not-found');

  // Read only what the document can name: the experts of the panel's industry group and the
  // conflicts with the panel's organisations (no other conflict can exclude anyone).
  const [experts, availability, organisations] = await Promise.all([
    listExpertsOfSections(db, panel.industries),
    availabilityFor(db, panel.cycleId),
    db.query<{ organisation_id: string }>(
      `SELECT DISTINCT a.organisation_id::text AS organisation_id FROM panel_applications pa
       JOIN applications a ON a.id = pa.application_id WHERE pa.panel_id = $1`,
      [panel.id],
    ),
  ]);
  const conflicts = await confirmedConflictsWith(
    db,
    organisations.map((o) => o.organisation_id),
  );
  const availabilityOf = (id: string) =>
    availability.has(id)
      ? availability.get(id)
        ? ('available' as const)
        : ('unavailable' as const)
      : ('unknown' as const);
  // Published documents name experts by their pool code, not by name or identity.
  const codeOf = new Map(experts.map((e) => [e.id, e.code]));
  const frozen = freeze({
    panelId: panel.id,
    industrySections: panel.industries as IndustrySection[],
    organisationIds: organisations.map((o) => o.organisation_id),
    conflicts: indexConflicts(
      conflicts.map((c) => ({
        expertId: codeOf.get(c.expertId) ?? c.expertId,
        organisationId: c.organisationId,
        kind: c.kind as ConflictKind,
      })),
    ),
    asOf: shanghaiDate(context.clock()),
    plan: { size: panel.size, reserves: panel.reserves },
    // The document lists the experts of the panel's industry group; the rest of the pool is not
    // a candidate to begin with.
    experts: candidatesForSections(
      indexCandidatesBySection(
        experts.map((e) => ({
          id: e.code,
          status: e.status,
          disqualified: e.status === 'disqualified',
          industries: e.industries,
          canLead: e.canLead,
          availability: availabilityOf(e.id),
          qualifications: e.qualifications,
        })),
      ),
      panel.industries as IndustrySection[],
    ),
  });
  // Refuse now what the draw would refuse: a commitment nobody can draw from helps no one.
  const trial = tryDraw(
    '00'.repeat(32),
    frozen.eligible,
    panel,
    industryLabelOf(panel),
    panelBoundsOf(programme.parameters),
  );
  if (!trial.ok) throw refusalError(trial);

  const document = poolDocument(frozen);
  const secret = randomBytes(32).toString('hex');
  const commitment = {
    panelId: panel.id,
    poolDocument: document,
    poolHash: poolHash(document),
    commitment: commitToSecret(secret),
    secret,
    size: panel.size,
    reserves: panel.reserves,
    reason: input.reason?.trim() ?? '',
    frozenAt: context.clock(),
    frozenBy: context.actor!.id,
  };
  await db
    .transaction(async (tx) => {
      // Decided on the state read under the panel's lock: of fifty freezes at once one commits,
      // the others then find its commitment awaiting a draw (409); nothing read before counts.
      const locked = await lockPanelDrawState(tx, panel.id);
      if (!locked) throw new AppError('record/not-found');
      checkCanFreeze(locked, input.reason);
      if (locked.latestCommitmentId !== before.latestCommitmentId) throw alreadyFrozen();
      const id = await insertCommitment(tx, commitment);
      await appendAudit(tx, auditContextOf(context), {
        action: locked.latestCommitmentId ? 'draw.pool-refrozen' : 'draw.pool-frozen',
        recordType: 'panel',
        recordId: panel.id,
        after: {
          commitmentId: id,
          poolHash: commitment.poolHash,
          commitment: commitment.commitment,
          eligible: frozen.eligible.length,
          excluded: frozen.excluded.length,
          reason: commitment.reason,
        },
      });
    })
    .catch((error: unknown) => {
      if (isUniqueViolation(error)) throw alreadyFrozen();
      throw error;
    });
  return (await listCommitments(db, panel.id)).at(-1)!;
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
