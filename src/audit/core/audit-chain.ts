import { canonicalJson, sha256Hex } from '../../platform/kernel/canonical-json.js';

/** The fields of an audit entry that its hash covers. */
export interface AuditFacts {
  at: string;
  actorId: string | null;
  realActorId: string | null;
  action: string;
  recordType: string;
  recordId: string | null;
  before: unknown;
  after: unknown;
  clientIp: string | null;
  /**
   * The programme the change belongs to (decision 0008). Hashed only when set: entries written
   * before programmes existed, and installation-level ones, hash exactly as they always did,
   * so the chain verifies across the migration; setting or clearing it later breaks the hash.
   */
  programmeId?: string | null;
}

export interface ChainedEntry extends AuditFacts {
  id: number;
  prevHash: string;
  hash: string;
}

export const GENESIS_HASH = '0'.repeat(64);

/** Makes `value` exactly what a jsonb column will give back (dates as ISO strings, no undefined). */
export function toStoredJson(value: unknown): unknown {
  return value === undefined ? null : JSON.parse(canonicalJson(value));
}

export function hashEntry(prevHash: string, facts: AuditFacts): string {
  const { programmeId, ...rest } = facts;
  const hashed = programmeId == null ? rest : { ...rest, programmeId };
  return sha256Hex(`${prevHash}\n${canonicalJson(hashed)}`);
}

export type ChainVerdict =
  | { ok: true; checked: number }
  | { ok: false; checked: number; firstBroken: { id: number; reason: 'hash-mismatch' | 'link-mismatch' } };

/**
 * Recomputes the chain over entries in id order, continuing from `prevHash` (the genesis for
 * the first batch). Names the first entry whose content or link does not match.
 */
export function verifyChain(
  entries: Iterable<ChainedEntry>,
  start: { prevHash: string; checked: number } = { prevHash: GENESIS_HASH, checked: 0 },
): ChainVerdict & { lastHash: string } {
  let prevHash = start.prevHash;
  let checked = start.checked;
  for (const entry of entries) {
    if (entry.prevHash !== prevHash) {
      return {
        ok: false,
        checked,
        firstBroken: { id: entry.id, reason: 'link-mismatch' },
        lastHash: prevHash,
      };
    }
    const { id: _id, prevHash: _prev, hash, ...facts } = entry;
    if (hashEntry(prevHash, facts) !== hash) {
      return {
        ok: false,
        checked,
        firstBroken: { id: entry.id, reason: 'hash-mismatch' },
        lastHash: prevHash,
      };
    }
    prevHash = hash;
    checked += 1;
  }
  return { ok: true, checked, lastHash: prevHash };
}
