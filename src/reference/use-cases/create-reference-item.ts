import { appendAudit } from '../../audit/audit-repository.js';
import type { RequestContext } from '../../accounts/request-context.js';
import { auditContextOf } from '../../accounts/request-context.js';
import { AppError } from '../../platform/errors/app-error.js';
import type { LocalizedText } from '../../platform/i18n/localized.js';
import type { ReferenceItem, ReferenceKind } from '../reference-repository.js';
import { codeExists, findReference, insertReference } from '../reference-repository.js';

export async function createReferenceItem(
  context: RequestContext,
  kind: ReferenceKind,
  input: { programmeId: string; code: string; name: LocalizedText },
): Promise<ReferenceItem> {
  if (await codeExists(context.db, kind, input.programmeId, input.code)) {
    throw new AppError('reference/code-taken', { params: { code: input.code } });
  }
  return context.db.transaction(async (tx) => {
    const id = await insertReference(tx, kind, input);
    const created = (await findReference(tx, kind, id))!;
    await appendAudit(tx, auditContextOf(context, input.programmeId), {
      action: `reference.${kind}.created`,
      recordType: kind,
      recordId: String(id),
      after: created,
    });
    return created;
  });
}
