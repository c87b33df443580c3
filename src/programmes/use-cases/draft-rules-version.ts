import { appendAudit } from '../../audit/audit-repository.js';
import type { RequestContext } from '../../accounts/request-context.js';
import { auditContextOf } from '../../accounts/request-context.js';
import { AppError } from '../../platform/errors/app-error.js';
import { contentHash } from '../register-catalogue.js';
import { requireValidRules } from '../rules-document-error.js';
import type { RulesVersionRecord } from '../rules-versions-repository.js';
import { findRulesVersion, insertRulesVersion } from '../rules-versions-repository.js';

/**
 * The Office starts a new rules version from an existing one (of any status): the same document
 * under a new id, a draft of the same award family, to be edited and then approved by the chair.
 */
export async function draftRulesVersion(
  context: RequestContext,
  input: { basedOn: string; id: string },
): Promise<RulesVersionRecord> {
  const base = await findRulesVersion(context.db, input.basedOn);
  if (!base) throw new AppError('record/not-found');
  const document = requireValidRules({ ...base.document, id: input.id });
  const sha256 = contentHash(document);
  const inserted = await context.db.transaction(async (tx) => {
    const made = await insertRulesVersion(tx, {
      id: input.id,
      family: base.family,
      status: 'draft',
      document,
      sha256,
      basedOn: base.id,
      createdBy: context.actor!.id,
    });
    if (!made) return false;
    await appendAudit(tx, auditContextOf(context), {
      action: 'rules-version.drafted',
      recordType: 'rules-version',
      recordId: input.id,
      after: { basedOn: base.id, family: base.family, sha256 },
    });
    return true;
  });
  if (!inserted) throw new AppError('rules/exists', { params: { id: input.id } });
  return (await findRulesVersion(context.db, input.id))!;
}
