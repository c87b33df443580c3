import { appendAudit } from '../../audit/audit-repository.js';
import type { RequestContext } from '../../accounts/request-context.js';
import { auditContextOf } from '../../accounts/request-context.js';
import { AppError } from '../../platform/errors/app-error.js';
import type { LocalizedText } from '../../platform/i18n/localized.js';
import type { ReferenceItem, ReferenceKind } from '../reference-repository.js';
import { lockReference, updateReference } from '../reference-repository.js';

/** Renames or (de)activates an item. Items are never deleted: records keep pointing at them. */
export async function updateReferenceItem(
  context: RequestContext,
  kind: ReferenceKind,
  id: number,
  changes: { name?: LocalizedText | undefined; active?: boolean | undefined },
): Promise<ReferenceItem> {
  return context.db.transaction(async (tx) => {
    // Locked: a rename and a deactivation at once both land, neither overwrites the other.
    const before = await lockReference(tx, kind, id);
    if (!before) throw new AppError('record/not-found');
    const after: ReferenceItem = {
      ...before,
      name: changes.name ?? before.name,
      active: changes.active ?? before.active,
    };
    await updateReference(tx, kind, after);
    await appendAudit(tx, auditContextOf(context, before.programmeId), {
      action: `reference.${kind}.updated`,
      recordType: kind,
      recordId: String(id),
      before,
      after,
    });
    return after;
  });
}
