import { canonicalSha256 } from '../platform/kernel/canonical-json.js';
import type { Database } from '../platform/db/database.js';
import { frameworkVersions, programmeVersions } from './catalogue.js';

export class CatalogueVersionChangedError extends Error {}

export function contentHash(content: unknown): string {
  return canonicalSha256(content);
}

/**
 * Registers each shipped programme and framework version with its content hash. A version is
 * immutable once registered: shipping different content under a known id stops the start, since
 * cycles already scored under it would silently change meaning. Publish a new id instead.
 */
export async function registerCatalogue(db: Database): Promise<void> {
  const shipped = [
    ...programmeVersions.map((content) => ({ kind: 'programme', id: content.id, content })),
    ...frameworkVersions.map((content) => ({ kind: 'framework', id: content.id, content })),
  ];
  await db.transaction(async (tx) => {
    for (const { kind, id, content } of shipped) {
      const sha256 = contentHash(content);
      // Insert-if-absent in one statement: two servers starting together both succeed.
      await tx.query(
        `INSERT INTO catalogue_versions (kind, id, content, sha256) VALUES ($1, $2, $3, $4)
         ON CONFLICT (kind, id) DO NOTHING`,
        [kind, id, JSON.stringify(content), sha256],
      );
      const [registered] = await tx.query<{ sha256: string }>(
        'SELECT sha256 FROM catalogue_versions WHERE kind = $1 AND id = $2',
        [kind, id],
      );
      if (registered!.sha256 !== sha256) {
        throw new CatalogueVersionChangedError(
          `The ${kind} version "${id}" differs from the one registered (sha256 ${registered!.sha256}); ` +
            'give changed content a new version id.',
        );
      }
    }
  });
}
