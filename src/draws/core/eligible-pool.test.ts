import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../platform/kernel/canonical-json.js';
import type { ConflictLink } from '../../experts/core/conflicts.js';
import type { FreezePoolInput, PoolCandidate, PoolDocument } from './eligible-pool.js';
import {
  canonicalPoolJson,
  candidatesForSections,
  checkPoolDocument,
  compareIds,
  freezePool,
  indexCandidatesBySection,
  indexConflicts,
  POOL_DOCUMENT_FORMAT,
  poolDocument,
  poolHash,
} from './eligible-pool.js';

function expert(id: string, overrides: Partial<PoolCandidate> = {}): PoolCandidate {
  return {
    id,
    status: 'active',
    disqualified: false,
    industries: ['C'],
    canLead: false,
    availability: 'available',
    qualifications: [],
    ...overrides,
  };
}

function input(experts: PoolCandidate[], overrides: Partial<FreezePoolInput> = {}): FreezePoolInput {
  return {
    panelId: 'panel-1',
    industrySections: ['C'],
    organisationIds: ['ORG-1', 'ORG-2'],
    conflicts: [],
    asOf: '2025-03-01',
    plan: { size: 5, reserves: 2 },
    experts,
    ...overrides,
  };
}

function reasonsOf(id: string, experts: PoolCandidate[], overrides: Partial<FreezePoolInput> = {}) {
  const frozen = freezePool(input(experts, overrides));
  return frozen.excluded.find((e) => e.expertId === id)?.reasons ?? null;
}

describe('freezePool: who is in and why the others are out', () => {
  it('keeps an active, available expert of the group, with whether they may lead', () => {
    const frozen = freezePool(input([expert('E-1', { canLead: true }), expert('E-2')]));
    expect(frozen.eligible).toEqual([
      { expertId: 'E-1', canLead: true },
      { expertId: 'E-2', canLead: false },
    ]);
    expect(frozen.excluded).toEqual([]);
  });

  it('excludes the disqualified, by status or by flag (Art. 26)', () => {
    expect(reasonsOf('E-1', [expert('E-1', { status: 'disqualified' })])).toEqual([{ code: 'disqualified' }]);
    expect(reasonsOf('E-1', [expert('E-1', { disqualified: true })])).toEqual([{ code: 'disqualified' }]);
  });

  it('excludes the suspended and the unavailable, but not unknown availability', () => {
    expect(reasonsOf('E-1', [expert('E-1', { status: 'suspended' })])).toEqual([
      { code: 'status-suspended' },
    ]);
    expect(reasonsOf('E-1', [expert('E-1', { availability: 'unavailable' })])).toEqual([
      { code: 'unavailable' },
    ]);
    expect(reasonsOf('E-1', [expert('E-1', { availability: 'unknown' })])).toBeNull();
  });

  it('excludes experts sharing no section with the group; one shared section is enough', () => {
    expect(reasonsOf('E-1', [expert('E-1', { industries: ['A', 'B'] })])).toEqual([
      { code: 'industry-mismatch' },
    ]);
    expect(reasonsOf('E-1', [expert('E-1', { industries: [] })])).toEqual([{ code: 'industry-mismatch' }]);
    expect(
      reasonsOf('E-1', [expert('E-1', { industries: ['A', 'D'] })], { industrySections: ['C', 'D'] }),
    ).toBeNull();
  });

  it('excludes an expert whose recorded qualifications have all expired before asOf', () => {
    const expired = { expiresOn: '2025-02-28' };
    const today = { expiresOn: '2025-03-01' };
    expect(reasonsOf('E-1', [expert('E-1', { qualifications: [expired] })])).toEqual([
      { code: 'no-valid-qualification' },
    ]);
    expect(reasonsOf('E-1', [expert('E-1', { qualifications: [expired, expired] })])).toEqual([
      { code: 'no-valid-qualification' },
    ]);
    expect(reasonsOf('E-1', [expert('E-1', { qualifications: [today] })])).toBeNull();
    expect(reasonsOf('E-1', [expert('E-1', { qualifications: [expired, today] })])).toBeNull();
    expect(reasonsOf('E-1', [expert('E-1', { qualifications: [expired, { expiresOn: null }] })])).toBeNull();
    expect(reasonsOf('E-1', [expert('E-1', { qualifications: [] })])).toBeNull();
  });

  it('excludes for a confirmed conflict with an organisation of the panel only, naming it and its kind', () => {
    const conflicts: ConflictLink[] = [
      { expertId: 'E-1', organisationId: 'ORG-2', kind: 'shareholding' },
      { expertId: 'E-1', organisationId: 'ORG-9', kind: 'current_employer' },
      { expertId: 'E-1', organisationId: 'ORG-1', kind: 'former_employer' },
      { expertId: 'E-1', organisationId: 'ORG-2', kind: 'consulting' },
      { expertId: 'E-1', organisationId: 'ORG-2', kind: 'shareholding' },
      { expertId: 'E-2', organisationId: 'ORG-9', kind: 'close_relative' },
    ];
    const experts = [expert('E-1'), expert('E-2')];
    expect(reasonsOf('E-1', experts, { conflicts })).toEqual([
      { code: 'conflict', organisationId: 'ORG-1', kind: 'former_employer' },
      { code: 'conflict', organisationId: 'ORG-2', kind: 'consulting' },
      { code: 'conflict', organisationId: 'ORG-2', kind: 'shareholding' },
    ]);
    expect(reasonsOf('E-2', experts, { conflicts })).toBeNull();
    expect(reasonsOf('E-1', experts, { conflicts: indexConflicts(conflicts) })).toHaveLength(3);
  });

  it('lists every reason that applies, in the fixed order', () => {
    const all = expert('E-1', {
      status: 'suspended',
      disqualified: true,
      availability: 'unavailable',
      industries: ['A'],
      qualifications: [{ expiresOn: '2020-01-01' }],
    });
    const reasons = reasonsOf('E-1', [all], {
      conflicts: [{ expertId: 'E-1', organisationId: 'ORG-1', kind: 'declared_by_expert' }],
    });
    expect(reasons?.map((r) => r.code)).toEqual([
      'disqualified',
      'status-suspended',
      'unavailable',
      'industry-mismatch',
      'no-valid-qualification',
      'conflict',
    ]);
  });

  it('sorts both lists by expert id and the panel facts, whatever the input order', () => {
    const experts = [expert('E-10'), expert('E-2', { status: 'suspended' }), expert('E-1'), expert('E-02')];
    const frozen = freezePool(
      input(experts, { industrySections: ['D', 'C', 'D'], organisationIds: ['ORG-2', 'ORG-1', 'ORG-2'] }),
    );
    expect(frozen.eligible.map((e) => e.expertId)).toEqual(['E-02', 'E-1', 'E-10']);
    expect(frozen.excluded.map((e) => e.expertId)).toEqual(['E-2']);
    expect(frozen.industrySections).toEqual(['C', 'D']);
    expect(frozen.organisationIds).toEqual(['ORG-1', 'ORG-2']);
    expect(frozen.plan).toEqual({ size: 5, leaders: 1, reserves: 2 });
    const reversed = freezePool(
      input([...experts].reverse(), { industrySections: ['C', 'D'], organisationIds: ['ORG-1', 'ORG-2'] }),
    );
    expect(poolHash(poolDocument(reversed))).toBe(poolHash(poolDocument(frozen)));
  });

  it('refuses programming errors: a repeated expert, a bad date, no section, a bad plan', () => {
    expect(() => freezePool(input([expert('E-1'), expert('E-1')]))).toThrow(RangeError);
    const suspended = expert('E-2', { status: 'suspended' });
    expect(() => freezePool(input([expert('E-2'), expert('E-1'), suspended]))).toThrow('E-2 is listed twice');
    expect(() => freezePool(input([expert('E-1'), suspended, suspended]))).toThrow('E-2 is listed twice');
    expect(() => freezePool(input([expert('E-3'), expert('E-1'), expert('E-2')]))).not.toThrow();
    expect(() => freezePool(input([], { asOf: '2025-02-30' }))).toThrow(RangeError);
    expect(() => freezePool(input([], { industrySections: [] }))).toThrow(RangeError);
    expect(() => freezePool(input([], { plan: { size: 0, reserves: 0 } }))).toThrow(RangeError);
    expect(() => freezePool(input([], { plan: { size: 5, reserves: -1 } }))).toThrow(RangeError);
    expect(() => freezePool(input([], { plan: { size: 5.5, reserves: 1 } }))).toThrow(RangeError);
  });
});

describe('compareIds', () => {
  it('orders by UTF-16 code units, not by locale', () => {
    expect(['b', 'B', 'a', 'A', '10', '9'].sort(compareIds)).toEqual(['10', '9', 'A', 'B', 'a', 'b']);
    expect(compareIds('x', 'x')).toBe(0);
  });
});

describe('indexes for many panels', () => {
  it('indexCandidatesBySection and candidatesForSections give each expert of the group once, by id', () => {
    const experts = [
      expert('E-4', { industries: ['C', 'C'] }),
      expert('E-1', { industries: ['C', 'D'] }),
      expert('E-5', { industries: ['D', 'E', 'C'] }),
      expert('E-2', { industries: ['D'] }),
      expert('E-3', { industries: ['A'] }),
    ];
    const index = indexCandidatesBySection(experts);
    expect(index.get('C')?.map((e) => e.id)).toEqual(['E-1', 'E-4', 'E-5']);
    expect(candidatesForSections(index, ['C', 'D', 'C']).map((e) => e.id)).toEqual([
      'E-1',
      'E-2',
      'E-4',
      'E-5',
    ]);
    expect(candidatesForSections(index, ['E', 'D', 'C']).map((e) => e.id)).toEqual([
      'E-1',
      'E-2',
      'E-4',
      'E-5',
    ]);
    expect(candidatesForSections(index, ['D']).map((e) => e.id)).toEqual(['E-1', 'E-2', 'E-5']);
    expect(candidatesForSections(index, ['Q'])).toEqual([]);
    expect(candidatesForSections(index, [])).toEqual([]);
  });

  it('freezing the candidates of the group gives the same eligible list as freezing everyone', () => {
    const experts = Array.from({ length: 60 }, (_, i) =>
      expert(`E-${i}`, {
        industries: [(['A', 'C', 'D'] as const)[i % 3]!],
        status: i % 7 === 0 ? 'suspended' : 'active',
        canLead: i % 4 === 0,
      }),
    );
    const sections = ['C', 'D'] as const;
    const all = freezePool(input(experts, { industrySections: sections }));
    const some = freezePool(
      input(candidatesForSections(indexCandidatesBySection(experts), sections), {
        industrySections: sections,
      }),
    );
    expect(some.eligible).toEqual(all.eligible);
    expect(some.excluded).toEqual(
      all.excluded.filter((e) => e.reasons.every((r) => r.code !== 'industry-mismatch')),
    );
  });
});

describe('the published pool document and its hash', () => {
  const frozen = freezePool(
    input([expert('E-2', { canLead: true }), expert('E-1'), expert('E-3', { availability: 'unavailable' })]),
  );

  it('is the frozen pool with its format, as plain data', () => {
    const doc = poolDocument(frozen);
    expect(doc).toEqual({ format: POOL_DOCUMENT_FORMAT, ...frozen });
    doc.eligible.pop();
    expect(frozen.eligible).toHaveLength(2); // a copy
  });

  it('hashes the canonical JSON, so key order does not matter', () => {
    const doc = poolDocument(frozen);
    const expected = createHash('sha256').update(canonicalJson(doc)).digest('hex');
    expect(poolHash(doc)).toBe(expected);
    const reverseKeys = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map(reverseKeys);
      if (value && typeof value === 'object') {
        const entries = Object.entries(value).reverse();
        return Object.fromEntries(entries.map(([k, v]) => [k, reverseKeys(v)]));
      }
      return value;
    };
    const reordered = reverseKeys(doc) as PoolDocument;
    expect(JSON.stringify(reordered)).not.toBe(JSON.stringify(doc));
    expect(poolHash(reordered)).toBe(expected);
    expect(canonicalJson(doc)).toBe(
      '{"asOf":"2025-03-01","eligible":[{"canLead":false,"expertId":"E-1"},{"canLead":true,"expertId":"E-2"}],' +
        '"excluded":[{"expertId":"E-3","reasons":[{"code":"unavailable"}]}],"format":"quality-award-draw/pool/v1",' +
        '"industrySections":["C"],"organisationIds":["ORG-1","ORG-2"],"panelId":"panel-1",' +
        '"plan":{"leaders":1,"reserves":2,"size":5}}',
    );
  });

  it('changes with any change of who is in or out, or why', () => {
    const hash = poolHash(poolDocument(frozen));
    const doc = poolDocument(frozen);
    doc.eligible[0]!.canLead = true;
    expect(poolHash(doc)).not.toBe(hash);
    const other = poolDocument(frozen);
    other.excluded[0]!.reasons = [{ code: 'status-suspended' }];
    expect(poolHash(other)).not.toBe(hash);
  });
});

describe('canonicalPoolJson', () => {
  const frozen = freezePool(
    input(
      [
        expert('E-1', { canLead: true }),
        expert('专家-2'),
        expert('E-"3"\\', { status: 'suspended', availability: 'unavailable' }),
        expert('E-\u2028\u0007'),
        expert('E-5'),
      ],
      {
        conflicts: [
          { expertId: 'E-5', organisationId: 'ORG-2', kind: 'consulting' },
          { expertId: 'E-5', organisationId: 'ORG-1', kind: 'shareholding' },
        ],
      },
    ),
  );
  const doc = poolDocument(frozen);

  it('is byte for byte canonicalJson for published documents, parsed or not', () => {
    expect(frozen.excluded.map((e) => e.expertId)).toEqual(['E-"3"\\', 'E-5']);
    expect(canonicalPoolJson(doc)).toBe(canonicalJson(doc));
    const parsed = JSON.parse(JSON.stringify(doc)) as unknown;
    expect(canonicalPoolJson(parsed)).toBe(canonicalJson(doc));
    const nullProto = Object.assign(Object.create(null) as object, parsed);
    expect(canonicalPoolJson(nullProto)).toBe(canonicalJson(doc));
    const big = poolDocument(
      freezePool(input(Array.from({ length: 500 }, (_, i) => expert(`E-${i}`, { canLead: i % 3 === 0 })))),
    );
    expect(canonicalPoolJson(big)).toBe(canonicalJson(big));
  });

  it.each([
    ['an extra top-level key', (d: Record<string, unknown>) => (d.note = 'x')],
    ['a missing key', (d: Record<string, unknown>) => delete d.asOf],
    ['an undefined value', (d: Record<string, unknown>) => (d.panelId = undefined)],
    ['a Date', (d: Record<string, unknown>) => (d.asOf = new Date(Date.UTC(2025, 2, 1)))],
    ['a number for a string', (d: Record<string, unknown>) => (d.panelId = 12)],
    [
      'an unusual number',
      (d: Record<string, unknown>) => (d.plan = { leaders: 1, reserves: 1e21, size: -0 }),
    ],
    [
      'an extra key in an entry',
      (d: Record<string, unknown>) =>
        ((d.eligible as object[])[0] = { canLead: true, expertId: 'E-1', x: 1 }),
    ],
    [
      'a boxed boolean',
      (d: Record<string, unknown>) =>
        ((d.eligible as object[])[0] = { canLead: Object(true) as unknown, expertId: 'E-1' }),
    ],
    ['a hole in a list', (d: Record<string, unknown>) => ((d.eligible as unknown[]).length = 5)],
    ['an undefined entry', (d: Record<string, unknown>) => (d.eligible = [undefined])],
    [
      'a class instance',
      (d: Record<string, unknown>) =>
        (d.plan = new (class {
          leaders = 1;
          reserves = 2;
          size = 5;
        })()),
    ],
    ['a Map', (d: Record<string, unknown>) => (d.plan = new Map([['size', 5]]))],
    [
      'an odd reason',
      (d: Record<string, unknown>) =>
        (d.excluded = [{ expertId: 'E-9', reasons: [{ code: 'conflict', kind: 'x' }] }]),
    ],
    [
      'a nested object in a reason',
      (d: Record<string, unknown>) => (d.excluded = [{ expertId: 'E-9', reasons: [{ code: { a: 1 } }] }]),
    ],
    [
      'a hidden key',
      (d: Record<string, unknown>) => {
        const entry = { expertId: 'E-1', x: 1 };
        Object.defineProperty(entry, 'canLead', { value: true, enumerable: false });
        (d.eligible as object[])[0] = entry;
      },
    ],
  ])('falls back to canonicalJson for %s', (_name, change) => {
    const altered = { ...doc, eligible: [...doc.eligible], plan: { ...doc.plan } } as unknown as Record<
      string,
      unknown
    >;
    change(altered);
    expect(canonicalPoolJson(altered)).toBe(canonicalJson(altered));
  });

  it('falls back for anything that is not a document', () => {
    for (const value of [null, undefined, 1, 'x', [], [doc]]) {
      expect(canonicalPoolJson(value)).toBe(canonicalJson(value));
    }
  });
});

describe('checkPoolDocument', () => {
  const good = poolDocument(
    freezePool(
      input([expert('E-1', { canLead: true }), expert('E-2'), expert('E-3', { status: 'suspended' })]),
    ),
  );
  const altered = (change: (doc: Record<string, unknown>) => void): unknown => {
    const doc = JSON.parse(JSON.stringify(good)) as Record<string, unknown>;
    change(doc);
    return doc;
  };

  it('accepts a document as published', () => {
    expect(checkPoolDocument(good)).toEqual({ ok: true, document: good });
  });

  it.each([
    ['not an object', () => 'text'],
    ['another format', () => altered((d) => (d.format = 'v0'))],
    ['no panel id', () => altered((d) => delete d.panelId)],
    ['a bad date', () => altered((d) => (d.asOf = '2025-13-01'))],
    ['an unknown section', () => altered((d) => (d.industrySections = ['Z']))],
    ['unsorted sections', () => altered((d) => (d.industrySections = ['D', 'C']))],
    ['no sections', () => altered((d) => (d.industrySections = []))],
    ['unsorted organisations', () => altered((d) => (d.organisationIds = ['ORG-2', 'ORG-1']))],
    ['two leaders', () => altered((d) => (d.plan = { size: 5, leaders: 2, reserves: 2 }))],
    ['a fractional size', () => altered((d) => (d.plan = { size: 5.5, leaders: 1, reserves: 2 }))],
    ['no eligible list', () => altered((d) => delete d.eligible)],
    ['a malformed entry', () => altered((d) => (d.eligible = [{ expertId: 'E-1' }]))],
    [
      'an unsorted list',
      () =>
        altered(
          (d) =>
            (d.eligible = [
              { expertId: 'E-2', canLead: false },
              { expertId: 'E-1', canLead: true },
            ]),
        ),
    ],
    [
      'a repeated expert',
      () =>
        altered(
          (d) =>
            (d.eligible = [
              { expertId: 'E-1', canLead: false },
              { expertId: 'E-1', canLead: true },
            ]),
        ),
    ],
    [
      'an expert both in and out',
      () => altered((d) => (d.excluded = [{ expertId: 'E-1', reasons: [{ code: 'unavailable' }] }])),
    ],
    ['an exclusion without reason', () => altered((d) => (d.excluded = [{ expertId: 'E-9', reasons: [] }]))],
    [
      'an unknown reason',
      () => altered((d) => (d.excluded = [{ expertId: 'E-9', reasons: [{ code: 'whim' }] }])),
    ],
    [
      'a conflict of unknown kind',
      () =>
        altered(
          (d) =>
            (d.excluded = [
              { expertId: 'E-9', reasons: [{ code: 'conflict', organisationId: 'O', kind: 'x' }] },
            ]),
        ),
    ],
  ])('refuses %s', (_name, make) => {
    const check = checkPoolDocument(make());
    expect(check.ok).toBe(false);
    if (!check.ok) {
      expect(check.problem.zh.length).toBeGreaterThan(0);
      expect(check.problem.en.length).toBeGreaterThan(0);
    }
  });

  it('names the entry that breaks the order', () => {
    const check = checkPoolDocument(
      altered(
        (d) =>
          (d.eligible = [
            { expertId: 'E-2', canLead: false },
            { expertId: 'E-1', canLead: true },
          ]),
      ),
    );
    expect(check).toMatchObject({
      ok: false,
      problem: { en: expect.stringContaining('"E-1" follows "E-2"') },
    });
  });
});
