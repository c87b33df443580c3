import { appendAudit } from '../audit/audit-repository.js';
import { canonicalSha256 } from '../platform/kernel/canonical-json.js';
import type { Database } from '../platform/db/database.js';
import { frameworkVersions, shippedRules } from './catalogue.js';
import { checkRulesDocument } from './core/rules-document.js';
import type { ProgrammeVersion } from './programme.types.js';
import { findRulesVersion, insertRulesVersion } from './rules-versions-repository.js';

export class CatalogueVersionChangedError extends Error {}

export function contentHash(content: unknown): string {
  return canonicalSha256(content);
}

/**
 * Registers each shipped scoring framework in `catalogue_versions` and each shipped programme
 * rules version in `rules_versions` (approved), with its content hash. A version is immutable
 * once registered: shipping different content under a known id stops the start, since cycles
 * already run under it would silently change meaning. Publish a new id instead.
 */
export async function registerCatalogue(db: Database): Promise<void> {
  await db.transaction(async (tx) => {
    for (const content of frameworkVersions) {
      const sha256 = contentHash(content);
      // Insert-if-absent in one statement: two servers starting together both succeed.
      await tx.query(
        `INSERT INTO catalogue_versions (kind, id, content, sha256) VALUES ('framework', $1, $2, $3)
         ON CONFLICT (kind, id) DO NOTHING`,
        [content.id, JSON.stringify(content), sha256],
      );
      const [registered] = await tx.query<{ sha256: string }>(
        `SELECT sha256 FROM catalogue_versions WHERE kind = 'framework' AND id = $1`,
        [content.id],
      );
      if (registered!.sha256 !== sha256) {
        throw new CatalogueVersionChangedError(
          `The framework version "${content.id}" differs from the one registered (sha256 ${registered!.sha256}); ` +
            'give changed content a new version id.',
        );
      }
    }
  });
  for (const { family, document } of shippedRules) await registerRulesVersion(db, family, document);
}

/**
 * Stores a rules version that ships with the platform (or its demo) as approved: it is the
 * programme's published document, not a draft of the Office. Checked like any draft; its hash
 * must match what an earlier start stored under the id.
 */
export async function registerRulesVersion(
  db: Database,
  family: string,
  document: ProgrammeVersion,
): Promise<void> {
  const problems = checkRulesDocument(document);
  if (problems.length > 0) {
    throw new Error(
      `The shipped rules version "${document.id}" is not valid: ${problems.map((p) => p.message.en).join('; ')}`,
    );
  }
  const sha256 = contentHash(document);
  await db.transaction(async (tx) => {
    const inserted = await insertRulesVersion(tx, {
      id: document.id,
      family,
      status: 'approved',
      document,
      sha256,
      basedOn: null,
      createdBy: null,
      approvedAt: new Date(),
    });
    if (inserted) {
      // A programme without rules in force starts its cycles from its first registered version.
      await tx.query(
        'UPDATE programmes SET rules_version_id = $2 WHERE id = $1 AND rules_version_id IS NULL',
        [family, document.id],
      );
      await appendAudit(
        tx,
        { actorId: null, clientIp: null, programmeId: family },
        {
          action: 'rules-version.registered',
          recordType: 'rules-version',
          recordId: document.id,
          after: { family, sha256 },
        },
      );
    }
  });
  const registered = await findRulesVersion(db, document.id);
  if (registered?.sha256 !== sha256 || registered.status !== 'approved') {
    throw new CatalogueVersionChangedError(
      `The rules version "${document.id}" differs from the one registered (sha256 ${registered?.sha256}); ` +
        'give changed content a new version id.',
    );
  }
}
