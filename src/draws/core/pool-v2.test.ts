import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, sha256Hex } from '../../platform/kernel/canonical-json.js';
import { drawStream, partialShuffle, selectPanelV2 } from './draw.js';
import { commitToSecret, DRAW_LABEL_V2, drawSeed } from './draw-seed.js';
import { EXAMPLE_PUBLIC_VALUE, EXAMPLE_SECRET, EXAMPLE_V2 } from './draw-examples.js';
import type { FreezeV2Input } from './pool-v2.js';
import {
  canonicalPoolJsonV2,
  checkExclusions,
  checkPoolDocumentV2,
  freezePoolV2,
  POOL_FORMAT_V2,
  planProblem,
} from './pool-v2.js';
import { verifyDraw } from './verify-draw.js';

const candidates = (n: number) => {
  const ids = Array.from({ length: n }, (_, i) => `E${String(i).padStart(6, '0')}`);
  return {
    ids,
    status: ids.map(() => 'active' as const),
    canLead: ids.map((_, i) => i % 4 === 0),
    availability: ids.map(() => 'available' as const),
    qualificationCount: ids.map(() => 0),
    latestExpiry: ids.map(() => null),
  };
};
const input = (overrides: Partial<FreezeV2Input> = {}): FreezeV2Input => ({
  ...EXAMPLE_V2,
  candidates: candidates(20),
  conflicts: [],
  ...overrides,
});

describe('freezing a v2 pool', () => {
  it('excludes by status, availability, expired qualifications and conflicts with the panel’s organisations only', () => {
    const c = candidates(6);
    const frozen = freezePoolV2(
      input({
        organisationIds: ['ORG-2', 'ORG-1'],
        candidates: {
          ...c,
          status: ['disqualified', 'suspended', 'active', 'active', 'active', 'active'],
          availability: ['available', 'available', 'unavailable', 'unknown', 'available', 'available'],
          qualificationCount: [0, 0, 0, 2, 1, 1],
          latestExpiry: [null, null, null, '2025-02-28', '2025-03-01', null],
        },
        conflicts: [
          { expertId: 'E000004', organisationId: 'ORG-2', kind: 'former_employer' },
          { expertId: 'E000004', organisationId: 'ORG-1', kind: 'current_employer' },
          { expertId: 'E000005', organisationId: 'ORG-9', kind: 'current_employer' },
        ],
      }),
    );
    expect(frozen.document.eligible).toEqual(['E000005']);
    expect(frozen.exclusions.organisationIds).toEqual(['ORG-1', 'ORG-2']);
    expect(frozen.exclusions.excluded).toEqual([
      { expertId: 'E000000', reasons: [{ code: 'disqualified' }] },
      { expertId: 'E000001', reasons: [{ code: 'status-suspended' }] },
      { expertId: 'E000002', reasons: [{ code: 'unavailable' }] },
      { expertId: 'E000003', reasons: [{ code: 'no-valid-qualification' }] },
      {
        expertId: 'E000004',
        reasons: [
          { code: 'conflict', organisationId: 'ORG-1', kind: 'current_employer' },
          { code: 'conflict', organisationId: 'ORG-2', kind: 'former_employer' },
        ],
      },
    ]);
    expect(frozen.document.excluded).toEqual({ count: 5, sha256: sha256Hex(frozen.exclusionsJson) });
  });

  it('writes exactly canonicalJson, and a redraw (next sequence) never has the same pool hash', () => {
    const first = freezePoolV2(input());
    expect(first.documentJson).toBe(canonicalJson(first.document));
    expect(first.exclusionsJson).toBe(canonicalJson(first.exclusions));
    const redraw = freezePoolV2(input({ sequence: 2 }));
    expect(redraw.document.eligible).toEqual(first.document.eligible);
    expect(redraw.poolHash).not.toBe(first.poolHash);
  });

  it('refuses unsorted candidates and a plan outside the programme’s bounds', () => {
    const c = candidates(3);
    expect(() => freezePoolV2(input({ candidates: { ...c, ids: ['E2', 'E1', 'E3'] } }))).toThrow(RangeError);
    expect(() => freezePoolV2(input({ plan: { size: 8, reserves: 2 } }))).toThrow(RangeError);
  });
});

describe('a valid plan and a well-formed document', () => {
  const programme = { id: 'jinshui-2011', panelSizeMin: 5, panelSizeMax: 7 };
  it('has exactly one leader and a size within the bounds', () => {
    expect(planProblem({ size: 5, leaders: 1, reserves: 0 }, programme)).toBeNull();
    expect(planProblem({ size: 7, leaders: 1, reserves: 3 }, programme)).toBeNull();
    expect(planProblem({ size: 4, leaders: 1, reserves: 2 }, programme)).not.toBeNull();
    expect(planProblem({ size: 8, leaders: 1, reserves: 2 }, programme)).not.toBeNull();
    expect(planProblem({ size: 5, leaders: 2, reserves: 2 }, programme)).not.toBeNull();
    expect(
      planProblem({ size: 5, leaders: 1, reserves: 2 }, { ...programme, panelSizeMin: 8 }),
    ).not.toBeNull();
  });

  it('finds unsorted lists, a leader outside the eligible list and a malformed commitment', () => {
    const { document } = freezePoolV2(input());
    expect(checkPoolDocumentV2(document).ok).toBe(true);
    const bad = [
      { ...document, eligible: [...document.eligible].reverse() },
      { ...document, canLead: ['E999999'] },
      { ...document, excluded: { count: 0, sha256: 'ABC' } },
      { ...document, sequence: 0 },
      { ...document, plan: { size: 9, leaders: 1, reserves: 2 } },
    ];
    for (const d of bad) expect(checkPoolDocumentV2(d).ok).toBe(false);
  });

  it('names the first bad entry of either list, canLead checked through the eligible walk', () => {
    const { document } = freezePoolV2(input());
    const [a, b] = document.canLead as [string, string];
    const problem = (d: object) => {
      const checked = checkPoolDocumentV2(d);
      return checked.ok ? null : checked.problem.en;
    };
    expect(problem({ ...document, canLead: [b, a] })).toBe(
      'Entry #2 of the canLead list is invalid, unsorted or repeated.',
    );
    expect(problem({ ...document, canLead: [a, a] })).toBe(
      'Entry #2 of the canLead list is invalid, unsorted or repeated.',
    );
    expect(problem({ ...document, canLead: [a, 7] })).toBe(
      'Entry #2 of the canLead list is invalid, unsorted or repeated.',
    );
    expect(problem({ ...document, canLead: ['', a] })).toBe(
      'Entry #1 of the canLead list is invalid, unsorted or repeated.',
    );
    expect(problem({ ...document, canLead: [a, 'E999999'] })).toBe(
      '"E999999" may lead but is not in the eligible list.',
    );
    expect(problem({ ...document, canLead: [] })).toBeNull();
    expect(problem({ ...document, eligible: ['', ...document.eligible] })).toBe(
      'Entry #1 of the eligible list is invalid, unsorted or repeated.',
    );
    const repeated = [...document.eligible];
    repeated.splice(3, 0, repeated[2] as string);
    expect(problem({ ...document, eligible: repeated })).toBe(
      'Entry #4 of the eligible list is invalid, unsorted or repeated.',
    );
    expect(problem({ ...document, eligible: [...document.eligible, null] })).toBe(
      `Entry #${document.eligible.length + 1} of the eligible list is invalid, unsorted or repeated.`,
    );
  });

  it('writes exactly canonicalJson for any document, of the published shape or not', () => {
    const text = fc.string({ unit: 'binary', maxLength: 12 });
    const whole = fc.oneof(fc.nat(), fc.integer(), fc.double(), fc.constant(2 ** 60));
    const sometimes = <T>(value: fc.Arbitrary<T>) => fc.oneof(value, fc.anything());
    const shaped = fc.record({
      format: sometimes(fc.oneof(fc.constant(POOL_FORMAT_V2), text)),
      panelId: sometimes(text),
      sequence: sometimes(whole),
      programme: sometimes(
        fc.record({ id: sometimes(text), panelSizeMin: sometimes(whole), panelSizeMax: sometimes(whole) }),
      ),
      industrySections: sometimes(fc.array(text, { maxLength: 3 })),
      asOf: sometimes(text),
      plan: sometimes(fc.record({ size: sometimes(whole), leaders: sometimes(whole), reserves: whole })),
      eligible: sometimes(fc.array(sometimes(text), { maxLength: 6 })),
      canLead: sometimes(fc.array(text, { maxLength: 3 })),
      excluded: sometimes(fc.record({ count: sometimes(whole), sha256: sometimes(text) })),
    });
    const altered = fc
      .tuple(shaped, fc.dictionary(text, fc.anything(), { maxKeys: 2 }))
      .map(([d, extra]) => ({ ...extra, ...d }));
    // Documents that pass the check, with any strings in their lists (escapes, surrogates, CJK).
    const valid = fc
      .tuple(
        fc.uniqueArray(fc.string({ unit: 'binary', minLength: 1, maxLength: 8 }), { minLength: 1 }),
        fc.nat(),
        text,
      )
      .map(([ids, lead, panelId]) => {
        const eligible = [...ids].sort((x, y) => (x < y ? -1 : 1));
        return {
          ...freezePoolV2(input()).document,
          panelId: `p${panelId}`,
          eligible,
          canLead: eligible.filter((_, i) => (i + lead) % 3 === 0),
        };
      });
    fc.assert(
      fc.property(valid, (d) => {
        expect(checkPoolDocumentV2(d).ok).toBe(true);
        expect(canonicalPoolJsonV2(d, true)).toBe(canonicalJson(d));
      }),
      { numRuns: 1000 },
    );
    fc.assert(
      fc.property(fc.oneof(shaped, altered), (d) => {
        const expected = canonicalJson(d);
        expect(canonicalPoolJsonV2(d)).toBe(expected);
        if (checkPoolDocumentV2(d).ok) expect(canonicalPoolJsonV2(d, true)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
    const { document } = freezePoolV2(input());
    expect(canonicalPoolJsonV2(document, true)).toBe(canonicalJson(document));
    const strange = { ...document, panelId: '"\\\u0000\u2028\ud800评审', asOf: '2025-03-01' };
    expect(canonicalPoolJsonV2(strange)).toBe(canonicalJson(strange));
  });

  it('hashes an altered document as canonicalJson does', () => {
    const { document } = freezePoolV2(input());
    const extra = { ...document, note: 'added' };
    expect(canonicalPoolJsonV2(extra)).toBe(canonicalJson(extra));
  });
});

describe('the v2 draw', () => {
  const frozen = freezePoolV2(input({ candidates: candidates(40) }));
  const seed = drawSeed(EXAMPLE_SECRET, EXAMPLE_PUBLIC_VALUE, frozen.poolHash, DRAW_LABEL_V2);

  it('is a prefix of the full Fisher–Yates from the front, on the same stream', () => {
    const items = Array.from({ length: 30 }, (_, i) => i);
    const full = drawStream(seed, DRAW_LABEL_V2);
    for (let i = 0; i < items.length - 1; i++) {
      const x = full.nextUint32() % (items.length - i); // for this seed no try is rejected at these n (a rejection would show as a difference)
      const j = i + x;
      [items[i], items[j]] = [items[j]!, items[i]!];
    }
    expect(partialShuffle(30, 8, drawStream(seed, DRAW_LABEL_V2))).toEqual(items.slice(0, 8));
  });

  it('refuses a pool too small or without a leader, and seats each expert once', () => {
    expect(selectPanelV2(seed, { eligible: ['a', 'b'], canLead: ['a'] }, 5, 2)).toMatchObject({
      ok: false,
      problem: 'pool-too-small',
    });
    expect(selectPanelV2(seed, { eligible: frozen.document.eligible, canLead: [] }, 5, 2)).toMatchObject({
      ok: false,
      problem: 'no-leader',
    });
    const drawn = selectPanelV2(seed, frozen.document, 7, 2);
    if (!drawn.ok) throw new Error('draws');
    const seated = [drawn.outcome.leader, ...drawn.outcome.members, ...drawn.outcome.reserves];
    expect(new Set(seated).size).toBe(9);
    expect(frozen.document.canLead).toContain(drawn.outcome.leader);
  });

  it('draws each expert about equally often, the leader among the qualified only', () => {
    const counts = new Map<string, number>();
    const leaders = new Map<string, number>();
    const pool = { eligible: ['a', 'b', 'c', 'd', 'e', 'f'], canLead: ['a', 'd'] };
    for (let k = 0; k < 3000; k++) {
      const s = sha256Hex(`seed ${k}`);
      const r = selectPanelV2(s, pool, 3, 0);
      if (!r.ok) throw new Error('draws');
      leaders.set(r.outcome.leader, (leaders.get(r.outcome.leader) ?? 0) + 1);
      for (const m of r.outcome.members) counts.set(m, (counts.get(m) ?? 0) + 1);
    }
    expect([...leaders.keys()].sort()).toEqual(['a', 'd']);
    for (const n of leaders.values()) expect(Math.abs(n - 1500)).toBeLessThan(150);
    // Each of the 5 non-leaders is a member in 2 of 5 draws.
    for (const id of ['b', 'c', 'e', 'f']) expect(Math.abs((counts.get(id) ?? 0) - 1200)).toBeLessThan(150);
  });

  it('verifies, and names the first failing step of an altered record', () => {
    const drawn = selectPanelV2(seed, frozen.document, 5, 2);
    if (!drawn.ok) throw new Error('draws');
    const published = {
      poolDocument: JSON.parse(frozen.documentJson) as unknown,
      poolHash: frozen.poolHash,
      commitment: commitToSecret(EXAMPLE_SECRET),
      publicValue: EXAMPLE_PUBLIC_VALUE,
      secret: EXAMPLE_SECRET,
      seed,
      size: 5,
      reserves: 2,
      outcome: drawn.outcome,
    };
    expect(verifyDraw(published).ok).toBe(true);
    const altered = { ...frozen.document, eligible: frozen.document.eligible.slice(1) };
    expect(verifyDraw({ ...published, poolDocument: altered })).toMatchObject({
      ok: false,
      step: 'pool-hash',
    });
    expect(verifyDraw({ ...published, size: 6 })).toMatchObject({ ok: false, step: 'plan' });
    expect(
      verifyDraw({
        ...published,
        outcome: { ...drawn.outcome, members: [...drawn.outcome.members].reverse() },
      }),
    ).toMatchObject({ ok: false, step: 'outcome' });
    // A v1 seed for a v2 document does not verify.
    expect(
      verifyDraw({ ...published, seed: drawSeed(EXAMPLE_SECRET, EXAMPLE_PUBLIC_VALUE, frozen.poolHash) }),
    ).toMatchObject({ ok: false, step: 'seed' });
    const exclusions = JSON.parse(frozen.exclusionsJson) as { organisationIds: string[] };
    expect(verifyDraw({ ...published, exclusions })).toMatchObject({ ok: true });
    expect(
      verifyDraw({ ...published, exclusions: { ...exclusions, organisationIds: ['ORG-9'] } }),
    ).toMatchObject({
      ok: false,
      step: 'exclusions',
    });
  });

  it('checks the kept exclusions: hash, panel and disjointness', () => {
    const f = freezePoolV2(EXAMPLE_V2);
    expect(checkExclusions(f.document, f.exclusions)).toEqual({ ok: true });
    const wrongPanel = { ...f.exclusions, panelId: 'other' };
    const forged = { ...f.document, excluded: { count: 2, sha256: sha256Hex(canonicalJson(wrongPanel)) } };
    expect(checkExclusions(forged, wrongPanel).ok).toBe(false);
    const overlap = {
      ...f.exclusions,
      excluded: [{ expertId: 'E-01', reasons: [{ code: 'unavailable' }] }, f.exclusions.excluded[1]],
    };
    const forged2 = { ...f.document, excluded: { count: 2, sha256: sha256Hex(canonicalJson(overlap)) } };
    expect(checkExclusions(forged2, overlap).ok).toBe(false);
  });
});
