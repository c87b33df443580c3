import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, sha256Hex } from '../../platform/kernel/canonical-json.js';
import { EXAMPLE_V2 } from './draw-examples.js';
import { checkAndHashPoolDocumentV2 } from './pool-hash-v2.js';
import { checkPoolDocumentV2, freezePoolV2, POOL_FORMAT_V2 } from './pool-v2.js';

/** What the one pass must give: the check, and the SHA-256 of the definition's canonical JSON. */
const twoSteps = (document: unknown) => ({
  checked: checkPoolDocumentV2(document),
  poolHash: sha256Hex(canonicalJson(document)),
});

const base = freezePoolV2(EXAMPLE_V2).document;
const ids = (n: number) => Array.from({ length: n }, (_, i) => `E-${String(i).padStart(6, '0')}`);

describe('checking and hashing a v2 pool document in one pass', () => {
  it('gives the two-step check and pool hash for valid documents with any strings, of any length', () => {
    const valid = fc
      .tuple(
        fc.uniqueArray(fc.string({ unit: 'binary', minLength: 1, maxLength: 8 }), {
          minLength: 1,
          maxLength: 300,
        }),
        fc.nat(),
        fc.integer({ min: 1, max: 7 }),
      )
      .map(([list, lead, every]) => {
        const eligible = [...list].sort((x, y) => (x < y ? -1 : 1));
        return { ...base, eligible, canLead: eligible.filter((_, i) => (i + lead) % every === 0) };
      });
    fc.assert(
      fc.property(valid, (d) => {
        const got = checkAndHashPoolDocumentV2(d, sha256Hex);
        expect(got.checked.ok).toBe(true);
        expect(got).toEqual(twoSteps(d));
      }),
      { numRuns: 500 },
    );
  });

  it('names the same first problem, and hashes as the definition does, for altered documents', () => {
    const eligible = ids(200);
    const canLead = eligible.filter((_, i) => i % 5 === 0);
    const swapped = [...eligible];
    [swapped[150], swapped[151]] = [swapped[151] as string, swapped[150] as string];
    const altered: unknown[] = [
      { ...base, eligible, canLead },
      { ...base, eligible: swapped, canLead },
      { ...base, eligible: [...eligible.slice(0, 130), eligible[129], ...eligible.slice(130)], canLead },
      { ...base, eligible: [...eligible.slice(0, 99), 7, ...eligible.slice(100)], canLead },
      {
        ...base,
        eligible: [...eligible.slice(0, 99), new String(eligible[99]), ...eligible.slice(100)],
        canLead,
      },
      { ...base, eligible, canLead: [...canLead, 'E-999999'] },
      { ...base, eligible, canLead: [canLead[1], canLead[0], ...canLead.slice(2)] },
      { ...base, eligible, canLead: [...canLead, canLead.at(-1)] },
      { ...base, eligible: ['', ...eligible], canLead },
      { ...base, eligible: [...eligible, 'E-\u00e9', 'E-\ud800', 'E-\u8bc4"\\'], canLead },
      { ...base, eligible, canLead, note: 'added' },
      { ...base, eligible, canLead, plan: { ...base.plan, size: 9 } },
      { ...base, eligible, canLead, format: 'quality-award-draw/pool/v1' },
      { ...base, eligible: {}, canLead },
      { ...base, eligible: [], canLead: [] },
      { ...base, panelId: '"\\\u0000\u2028\ud800评审', eligible, canLead },
    ];
    for (const d of altered) expect(checkAndHashPoolDocumentV2(d, sha256Hex)).toEqual(twoSteps(d));
  });

  it('hashes a document parsed from its JSON, as a verifier reads it, as the definition does', () => {
    const d = JSON.parse(JSON.stringify({ ...base, eligible: ids(100), canLead: ids(3) })) as unknown;
    expect(checkAndHashPoolDocumentV2(d, sha256Hex).poolHash).toBe(sha256Hex(canonicalJson(d)));
    expect((d as { format: string }).format).toBe(POOL_FORMAT_V2);
  });
});
