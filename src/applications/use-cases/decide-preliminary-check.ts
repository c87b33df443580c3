import { shanghaiDayEnd } from '../../platform/kernel/time.js';
import type { RequestContext } from '../../accounts/request-context.js';
import { AppError } from '../../platform/errors/app-error.js';
import type { LocalizedText } from '../../platform/i18n/localized.js';
import { insertDecision } from '../applications-repository.js';
import type { ArticleRef } from '../../programmes/programme.types.js';
import type { LoadedApplication } from '../application-facts.js';
import { eligibilityOf } from '../eligibility-of.js';
import type { ClauseAcknowledgement, VerdictOverride } from '../core/preliminary-check.js';
import { isWritten, openClauses } from '../core/preliminary-check.js';
import { assertCanMove, writeMove } from './move-application.js';

export interface PreliminaryDecisionInput {
  decision: 'accepted' | 'returned' | 'rejected';
  /** What to fix (return), or the Office's remarks. */
  note: string;
  /** The day to resubmit by (Asia/Shanghai), for a return. */
  resubmitBy?: string | undefined;
  /** The clause a rejection rests on. */
  clause?: ArticleRef | undefined;
  overrides: VerdictOverride[];
  /** What the Office checked on each clause the engine left 待核实 (an acceptance needs one per clause). */
  acknowledgements?: ClauseAcknowledgement[] | undefined;
}

/**
 * The Office's preliminary check (Art. 15): accept, return for correction, or reject citing the
 * clause. An automatic "fail" the Office disagrees with is overridden with a written reason; an
 * acceptance over an un-overridden failure is refused, and so is one while a clause is still
 * 待核实 without the Office's note of what it checked.
 */
export async function decidePreliminaryCheck(
  context: RequestContext,
  loaded: LoadedApplication,
  input: PreliminaryDecisionInput,
): Promise<void> {
  const report = await eligibilityOf(context, loaded);
  const byKey = new Map<string, (typeof report.results)[number]>(report.results.map((r) => [r.key, r]));
  for (const override of input.overrides) {
    const result = byKey.get(override.key);
    if (!result) throw new AppError('record/not-found');
    if (override.reason.trim().length < 2) {
      throw new AppError('application/reason-required', {
        params: {
          what: {
            zh: `改变“${result.label.zh}”的自动结论`,
            en: `Overriding the automatic verdict on ${result.label.en}`,
          },
        },
      });
    }
  }
  const acknowledgements = input.acknowledgements ?? [];
  for (const acknowledgement of acknowledgements) {
    const result = byKey.get(acknowledgement.key);
    if (!result) throw new AppError('record/not-found');
    if (!isWritten(acknowledgement.note)) {
      throw new AppError('application/reason-required', {
        params: {
          what: { zh: `核实“${result.label.zh}”`, en: `Checking ${result.label.en}` },
        },
      });
    }
  }
  const overridden = new Map(input.overrides.map((o) => [o.key, o.verdict]));
  if (input.decision === 'accepted') {
    const standing = report.results.filter((r) => r.verdict === 'fail' && overridden.get(r.key) !== 'pass');
    if (standing.length > 0) {
      const labels: LocalizedText = {
        zh: standing.map((r) => r.label.zh).join('、'),
        en: standing.map((r) => r.label.en).join(', '),
      };
      throw new AppError('application/reason-required', {
        params: {
          what: {
            zh: `${labels.zh} 自动判定不符合，通过初审前须逐条说明改判`,
            en: `Accepting despite the automatic failure of ${labels.en}`,
          },
        },
      });
    }
  }
  const resubmitBy =
    input.decision === 'returned' && input.resubmitBy ? shanghaiDayEnd(input.resubmitBy) : null;
  const decision = {
    ...(input.decision === 'returned' ? { fixes: input.note, resubmitBy } : {}),
    ...(input.decision === 'rejected' ? { clause: input.clause ?? null } : {}),
    ...(input.decision === 'accepted'
      ? { openClauses: openClauses(report.results, input.overrides, acknowledgements) }
      : {}),
  };
  assertCanMove(context, loaded, input.decision, { decision });
  const decidedAt = context.clock();
  const record = {
    decision: input.decision,
    note: input.note,
    clause: input.clause ?? null,
    resubmitBy,
    overrides: input.overrides,
    acknowledgements,
    decidedBy: context.actor!.id,
    decidedAt,
  };
  await context.db.transaction(async (tx) => {
    await insertDecision(tx, loaded.application.id, record);
    await writeMove(tx, context, loaded, input.decision, {
      changes: { resubmitBy, lastDecision: { ...record, decidedBy: context.actor!.displayName } },
      detail: {
        note: input.note,
        clause: input.clause ?? null,
        resubmitBy,
        overrides: input.overrides,
        acknowledgements,
      },
    });
  });
}
