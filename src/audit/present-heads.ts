import type { StoredHead } from './audit-heads-repository.js';
import type { PublishedHead } from './core/published-heads.js';

/** The published heads as the public endpoint and the exported file give them (one shape for both). */
export function presentHeads(heads: readonly StoredHead[]) {
  return heads.map((h) => ({ ...h, publishedAt: h.publishedAt.toISOString() }));
}

/**
 * Reads heads from what the endpoint or an export gave: `{ items: [...] }` or a bare array.
 * Throws, naming the item, on anything that is not a head.
 */
export function parseHeads(document: unknown): PublishedHead[] {
  const items = Array.isArray(document)
    ? (document as unknown[])
    : ((document as { items?: unknown } | null)?.items ?? null);
  if (!Array.isArray(items)) throw new Error('published heads: expected { items: [...] } or an array');
  return items.map((item, i) => {
    const h = item as Record<string, unknown>;
    const ok =
      h &&
      typeof h.day === 'string' &&
      /^\d{4}-\d{2}-\d{2}$/.test(h.day) &&
      Number.isInteger(h.entryId) &&
      Number.isInteger(h.entryCount) &&
      typeof h.hash === 'string' &&
      /^[0-9a-f]{64}$/.test(h.hash);
    if (!ok) throw new Error(`published heads: item ${i} is not a head { day, entryId, entryCount, hash }`);
    return {
      day: h.day as string,
      entryId: h.entryId as number,
      entryCount: h.entryCount as number,
      hash: h.hash as string,
    };
  });
}
