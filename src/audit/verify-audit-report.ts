import { readFile } from 'node:fs/promises';
import { describeBreach, type PublishedHead } from './core/published-heads.js';
import { parseHeads } from './present-heads.js';
import type { AuditVerification } from './verify-audit-chain.js';

/** Heads from a saved export (a file) or from a server's `/api/public/audit-heads` (a URL). */
export async function loadHeads(source: string): Promise<PublishedHead[]> {
  if (/^https?:\/\//.test(source)) {
    const response = await fetch(source);
    if (!response.ok) throw new Error(`published heads: ${source} answered ${response.status}`);
    return parseHeads(await response.json());
  }
  return parseHeads(JSON.parse(await readFile(source, 'utf8')));
}

/** What `audit:verify` prints for a verdict; `ok` false means exit code 1. */
export function reportVerification(
  verdict: AuditVerification,
  engine: string,
  headsSource: string,
): { ok: boolean; lines: string[] } {
  const { given, checked, breach } = verdict.publishedHeads;
  const headsLine = `published heads (${headsSource}): ${checked} of ${given} passed through`;
  if (verdict.firstBroken) {
    return {
      ok: false,
      lines: [
        `audit chain BROKEN at entry ${verdict.firstBroken.id} (${verdict.firstBroken.reason}); ` +
          `${verdict.checked} entries before it verified`,
      ],
    };
  }
  if (breach) {
    return {
      ok: false,
      lines: [
        `audit chain does NOT match a published head (${breach.reason}): ${describeBreach(breach)}`,
        `${verdict.checked} entries verified before it; ${headsLine}`,
      ],
    };
  }
  const lines = [`audit chain intact: ${verdict.checked} entries verified (${engine})`, headsLine];
  if (verdict.head) {
    lines.push(`head: entry ${verdict.head.id}, ${verdict.checked} entries, sha256 ${verdict.head.hash}`);
    if (given === 0) lines.push('No head was published yet: keep this one outside the platform.');
  }
  return { ok: true, lines };
}
