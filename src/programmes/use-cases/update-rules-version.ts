import { appendAudit } from '../../audit/audit-repository.js';
import type { RequestContext } from '../../accounts/request-context.js';
import { auditContextOf } from '../../accounts/request-context.js';
import { requireInProgramme } from '../../accounts/http/authorize.js';
import { AppError } from '../../platform/errors/app-error.js';
import { PARAMETER_NAMES } from '../core/rules-document.js';
import { RULE_KINDS } from '../core/rule-kinds.js';
import { contentHash } from '../register-catalogue.js';
import { requireValidRules } from '../rules-document-error.js';
import type { RulesVersionRecord } from '../rules-versions-repository.js';
import { findRulesVersion, writeRulesDraft } from '../rules-versions-repository.js';

/**
 * The Office saves its draft: the whole document, checked, at the revision it read
 * (compare-and-set: a save based on an older revision is a conflict). The id cannot change.
 * The audit entry records which numbers and articles changed, before and after.
 */
export async function updateRulesVersion(
  context: RequestContext,
  id: string,
  input: { revision: number; document: unknown },
): Promise<RulesVersionRecord> {
  const current = await findRulesVersion(context.db, id);
  if (current) requireInProgramme(context.actor, 'rules.draft', current.family);
  if (!current) throw new AppError('record/not-found');
  if (current.status !== 'draft') throw new AppError('rules/not-editable');
  const document = requireValidRules(
    typeof input.document === 'object' && input.document !== null
      ? { ...input.document, id }
      : input.document,
  );
  const sha256 = contentHash(document);
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  for (const name of PARAMETER_NAMES) {
    const was = current.document.parameters[name];
    const now = document.parameters[name];
    if (JSON.stringify([was.value, was.source]) !== JSON.stringify([now.value, now.source])) {
      before[name] = { value: was.value, source: was.source };
      after[name] = { value: now.value, source: now.source };
    }
  }
  for (const kind of RULE_KINDS) {
    if (JSON.stringify(current.document.clauses[kind]) !== JSON.stringify(document.clauses[kind])) {
      before[kind] = current.document.clauses[kind];
      after[kind] = document.clauses[kind];
    }
  }
  const written = await context.db.transaction(async (tx) => {
    if (!(await writeRulesDraft(tx, id, input.revision, document, sha256))) return false;
    await appendAudit(tx, auditContextOf(context, current.family), {
      action: 'rules-version.updated',
      recordType: 'rules-version',
      recordId: id,
      before: { revision: input.revision, sha256: current.sha256, changed: before },
      after: { revision: input.revision + 1, sha256, changed: after },
    });
    return true;
  });
  if (!written) {
    const now = await findRulesVersion(context.db, id);
    throw new AppError(now?.status === 'approved' ? 'rules/not-editable' : 'rules/revision-conflict');
  }
  return (await findRulesVersion(context.db, id))!;
}
