import { appendAudit } from '../../audit/audit-repository.js';
import type { RequestContext } from '../../accounts/request-context.js';
import { auditContextOf } from '../../accounts/request-context.js';
import { findCycle } from '../../cycles/cycles-repository.js';
import { AppError } from '../../platform/errors/app-error.js';
import { shanghaiDate } from '../../platform/kernel/time.js';
import { detectLikelyConflicts } from '../core/conflicts.js';
import { insertConflict } from '../conflicts-repository.js';
import { listExperts } from '../experts-repository.js';

/**
 * Finds likely conflicts between the pool and the organisations applying in a cycle (employer
 * credit code or name, former employers within the look-back) and lists them for the Office to
 * confirm or dismiss. Already recorded pairs are left as they are.
 */
export async function detectConflicts(
  context: RequestContext,
  cycleId: string,
): Promise<{ suggested: number }> {
  const { db } = context;
  const cycle = await findCycle(db, cycleId);
  if (!cycle) throw new AppError('record/not-found');
  const organisations = await db.query<{ id: string; name: string; credit_code: string }>(
    `SELECT DISTINCT o.id::text AS id, o.name, o.credit_code FROM organisations o
     JOIN applications a ON a.organisation_id = o.id WHERE a.cycle_id = $1`,
    [cycleId],
  );
  const experts = await listExperts(db, { status: 'active', programmeIds: [cycle.programmeId] });
  const suggestions = detectLikelyConflicts(
    experts,
    organisations.map((o) => ({ id: o.id, name: o.name, creditCode: o.credit_code })),
    Number(shanghaiDate(context.clock()).slice(0, 4)),
    context.config.conflictFormerEmployerYears,
  );
  return db.transaction(async (tx) => {
    let suggested = 0;
    for (const s of suggestions) {
      const id = await insertConflict(tx, {
        expertId: s.expertId,
        organisationId: s.organisationId,
        kind: s.kind,
        source: 'detected',
        status: 'suggested',
        evidence: `${s.evidence.zh} / ${s.evidence.en}`,
        since: null,
        createdBy: context.actor?.id ?? null,
      });
      if (id) suggested += 1;
    }
    await appendAudit(tx, auditContextOf(context, cycle.programmeId), {
      action: 'conflict.detection-run',
      recordType: 'cycle',
      recordId: cycleId,
      after: { organisations: organisations.length, experts: experts.length, suggested },
    });
    return { suggested };
  });
}
