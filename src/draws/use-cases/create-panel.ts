import { appendAudit } from '../../audit/audit-repository.js';
import { findCycle } from '../../cycles/cycles-repository.js';
import type { IndustrySection } from '../../organisations/core/organisation.js';
import type { RequestContext } from '../../accounts/request-context.js';
import { auditContextOf } from '../../accounts/request-context.js';
import { isUniqueViolation } from '../../platform/db/database.js';
import { AppError } from '../../platform/errors/app-error.js';
import type { LocalizedText } from '../../platform/i18n/localized.js';
import { articleLabel } from '../../programmes/catalogue.js';
import { findApprovedRules } from '../../programmes/rules-versions-repository.js';
import { panelBoundsOf } from '../core/draw.js';
import type { PanelRecord } from '../panels-repository.js';
import { findPanel, insertPanel } from '../panels-repository.js';

export interface PanelInput {
  name: string;
  industries: IndustrySection[];
  applicationIds: string[];
  size: number;
  reserves: number;
}

const invalid = (reason: LocalizedText, clause?: LocalizedText) =>
  new AppError('draw/invalid-panel', { params: { reason }, ...(clause ? { clause } : {}) });

/** The Office plans a panel for an industry group of the cycle's accepted applications (Art. 7). */
export async function createPanel(
  context: RequestContext,
  cycleId: string,
  input: PanelInput,
): Promise<PanelRecord> {
  const cycle = await findCycle(context.db, cycleId);
  const programme = cycle && (await findApprovedRules(context.db, cycle.rulesVersionId));
  if (!cycle || !programme) throw new AppError('record/not-found');
  const bounds = panelBoundsOf(programme.parameters);
  const clause = articleLabel(programme.parameters.panelSizeMin.source);
  if (input.size < bounds.panelSizeMin || input.size > bounds.panelSizeMax) {
    throw invalid(
      {
        zh: `评审组须由 ${bounds.panelSizeMin}—${bounds.panelSizeMax} 名评审员组成`,
        en: `a panel has ${bounds.panelSizeMin}–${bounds.panelSizeMax} evaluators`,
      },
      clause,
    );
  }
  if (input.industries.length === 0) throw invalid({ zh: '须选择行业', en: 'choose the industry group' });
  if (input.applicationIds.length === 0)
    throw invalid({ zh: '须选择申报单位', en: 'choose the applications' });
  const accepted = await context.db.query<{ id: string }>(
    "SELECT id::text AS id FROM applications WHERE cycle_id = $1 AND status = 'accepted' AND id = ANY($2::uuid[])",
    [cycleId, input.applicationIds],
  );
  if (accepted.length !== new Set(input.applicationIds).size) {
    throw invalid(
      { zh: '只能选择本周期初审通过的申报', en: "only this cycle's accepted applications can be assigned" },
      { zh: '第十五条', en: 'Art. 15' },
    );
  }
  const id = await context.db
    .transaction(async (tx) => {
      const panelId = await insertPanel(
        tx,
        { ...input, cycleId, applicationIds: [...new Set(input.applicationIds)] },
        context.actor!.id,
      );
      await appendAudit(tx, auditContextOf(context, cycle.programmeId), {
        action: 'panel.created',
        recordType: 'panel',
        recordId: panelId,
        after: { cycleId, ...input },
      });
      return panelId;
    })
    .catch((error: unknown) => {
      if (isUniqueViolation(error)) {
        throw invalid({
          zh: '组名重复，或所选申报已分配到其他评审组',
          en: 'the name is taken, or an application already has a panel',
        });
      }
      throw error;
    });
  return (await findPanel(context.db, id))!;
}
