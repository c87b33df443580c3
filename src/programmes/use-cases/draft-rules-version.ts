import { appendAudit } from '../../audit/audit-repository.js';
import type { RequestContext } from '../../accounts/request-context.js';
import { auditContextOf } from '../../accounts/request-context.js';
import { requireInProgramme } from '../../accounts/http/authorize.js';
import { AppError } from '../../platform/errors/app-error.js';
import { contentHash } from '../register-catalogue.js';
import { requireValidRules } from '../rules-document-error.js';
import type { RulesVersionRecord } from '../rules-versions-repository.js';
import { findRulesVersion, insertRulesVersion } from '../rules-versions-repository.js';

/**
 * The Office starts a new rules version from an existing one: the same document under a new id,
 * a draft of its own programme, to be edited and then approved by the chair. The base is a
 * version of its own programme (of any status), or another programme's approved, published one
 * — how a new district's award starts from its city's rules without a release.
 */
export async function draftRulesVersion(
  context: RequestContext,
  input: { basedOn: string; id: string; programmeId?: string | undefined },
): Promise<RulesVersionRecord> {
  const found = await findRulesVersion(context.db, input.basedOn);
  const programmeId = input.programmeId ?? found?.family;
  const base = found && (found.family === programmeId || found.status === 'approved') ? found : undefined;
  if (!base || !programmeId) throw new AppError('record/not-found');
  requireInProgramme(context.actor, 'rules.draft', programmeId);
  const document = requireValidRules({ ...base.document, id: input.id });
  const sha256 = contentHash(document);
  const inserted = await context.db.transaction(async (tx) => {
    const made = await insertRulesVersion(tx, {
      id: input.id,
      family: programmeId,
      status: 'draft',
      document,
      sha256,
      basedOn: base.id,
      createdBy: context.actor!.id,
    });
    if (!made) return false;
    await appendAudit(tx, auditContextOf(context, programmeId), {
      action: 'rules-version.drafted',
      recordType: 'rules-version',
      recordId: input.id,
      after: { basedOn: base.id, family: programmeId, sha256 },
    });
    return true;
  });
  if (!inserted) throw new AppError('rules/exists', { params: { id: input.id } });
  return (await findRulesVersion(context.db, input.id))!;
}
