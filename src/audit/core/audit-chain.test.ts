import { describe, expect, it } from 'vitest';
import type { AuditFacts, ChainedEntry } from './audit-chain.js';
import { canonicalJson } from '../../platform/kernel/canonical-json.js';
import { GENESIS_HASH, hashEntry, toStoredJson, verifyChain } from './audit-chain.js';

const FACT_KEYS = [
  'at',
  'actorId',
  'realActorId',
  'action',
  'recordType',
  'recordId',
  'before',
  'after',
  'clientIp',
] as const satisfies readonly (keyof AuditFacts)[];

function factsFor(n: number): AuditFacts {
  return {
    at: new Date(Date.UTC(2025, 2, 1, 8, 0, n)).toISOString(),
    actorId: `actor-${n}`,
    realActorId: n % 3 === 0 ? `real-${n}` : null,
    action: n % 2 === 0 ? 'account.updated' : 'account.created',
    recordType: 'account',
    recordId: `record-${n}`,
    before: n === 1 ? null : { displayName: `Name ${n - 1}`, roles: ['expert'] },
    after: {
      displayName: `Name ${n}`,
      roles: ['expert', 'committee_member'],
      nested: { z: n, a: [n, { y: 1 }] },
    },
    clientIp: `10.0.0.${n}`,
  };
}

/** Builds entries with ids firstId.. linked from prevHash, as appendAudit would. */
function buildChain(count: number, prevHash = GENESIS_HASH, firstId = 1): ChainedEntry[] {
  const entries: ChainedEntry[] = [];
  for (let i = 0; i < count; i++) {
    const facts = factsFor(firstId + i);
    const hash = hashEntry(prevHash, facts);
    entries.push({ id: firstId + i, ...facts, prevHash, hash });
    prevHash = hash;
  }
  return entries;
}

/** A different value of the same kind for each field. */
function altered(key: (typeof FACT_KEYS)[number], facts: AuditFacts): AuditFacts {
  switch (key) {
    case 'at':
      return { ...facts, at: new Date(Date.parse(facts.at) + 1).toISOString() };
    case 'before':
    case 'after': {
      const value = facts[key] as { displayName?: string } | null;
      return { ...facts, [key]: { ...value, displayName: 'Mallory' } };
    }
    case 'actorId':
    case 'realActorId':
    case 'recordId':
    case 'clientIp':
      return { ...facts, [key]: facts[key] === null ? 'x' : null };
    default:
      return { ...facts, [key]: `${facts[key]}!` };
  }
}

function factsOf(entry: ChainedEntry): AuditFacts {
  const { id: _id, prevHash: _prevHash, hash: _hash, ...facts } = entry;
  return facts;
}

const replace = (entries: ChainedEntry[], index: number, entry: ChainedEntry) =>
  entries.map((e, i) => (i === index ? entry : e));

describe('canonicalJson', () => {
  it('sorts object keys', () => {
    expect(canonicalJson({ b: 1, a: 2, c: 3 })).toBe('{"a":2,"b":1,"c":3}');
  });

  it('sorts keys at every depth, including objects inside arrays', () => {
    const value = { z: { y: 1, x: [{ d: 1, c: { f: 1, e: 2 } }] }, a: null };
    expect(canonicalJson(value)).toBe('{"a":null,"z":{"x":[{"c":{"e":2,"f":1},"d":1}],"y":1}}');
  });

  it('gives the same text whatever order the keys were inserted in', () => {
    const one = { action: 'x', before: { b: [1, 2], a: { q: 1, p: 2 } }, at: 't' };
    const two = { at: 't', before: { a: { p: 2, q: 1 }, b: [1, 2] }, action: 'x' };
    expect(canonicalJson(one)).toBe(canonicalJson(two));
  });

  it('keeps array order (arrays are not sorted)', () => {
    expect(canonicalJson([3, 1, 2])).toBe('[3,1,2]');
    expect(canonicalJson([3, 1, 2])).not.toBe(canonicalJson([1, 2, 3]));
  });

  it('drops undefined properties at every depth', () => {
    expect(canonicalJson({ a: 1, b: undefined, c: { d: undefined, e: 2 } })).toBe('{"a":1,"c":{"e":2}}');
  });

  it('treats a property set to undefined like a missing one', () => {
    expect(canonicalJson({ a: 1, b: undefined })).toBe(canonicalJson({ a: 1 }));
  });

  it('keeps null properties', () => {
    expect(canonicalJson({ a: null })).toBe('{"a":null}');
  });

  it('writes undefined inside arrays as null', () => {
    expect(canonicalJson([1, undefined, 3])).toBe('[1,null,3]');
  });

  it('writes a top-level undefined as null', () => {
    expect(canonicalJson(undefined)).toBe('null');
  });

  it('writes dates as ISO strings at the top and nested', () => {
    const when = new Date('2025-03-01T08:00:00.123Z');
    expect(canonicalJson(when)).toBe('"2025-03-01T08:00:00.123Z"');
    expect(canonicalJson({ b: [when], a: { when } })).toBe(
      '{"a":{"when":"2025-03-01T08:00:00.123Z"},"b":["2025-03-01T08:00:00.123Z"]}',
    );
  });

  it('writes primitives as JSON does', () => {
    expect(canonicalJson(null)).toBe('null');
    expect(canonicalJson(0)).toBe('0');
    expect(canonicalJson(false)).toBe('false');
    expect(canonicalJson('质量"奖')).toBe('"质量\\"奖"');
  });
});

describe('toStoredJson', () => {
  it('gives what JSON.parse(JSON.stringify(…)) gives, for nested values with dates and undefined', () => {
    const value = {
      when: new Date('2025-03-01T08:00:00.000Z'),
      gone: undefined,
      list: [1, undefined, { at: new Date(0), b: 'x', a: undefined }],
      nested: { z: true, a: null, n: 1.5 },
    };
    expect(toStoredJson(value)).toEqual(JSON.parse(JSON.stringify(value)));
  });

  it('returns null for undefined (a jsonb column gives back NULL)', () => {
    expect(toStoredJson(undefined)).toBeNull();
  });

  it('passes null and primitives through', () => {
    expect(toStoredJson(null)).toBeNull();
    expect(toStoredJson(3)).toBe(3);
    expect(toStoredJson('x')).toBe('x');
  });

  it('turns a date into its ISO string', () => {
    expect(toStoredJson(new Date('2025-03-01T08:00:00.000Z'))).toBe('2025-03-01T08:00:00.000Z');
  });

  it('hashes the same before storing and after reading back from JSON', () => {
    const facts: AuditFacts = {
      ...factsFor(1),
      after: toStoredJson({ lockedUntil: new Date(0), note: undefined }),
    };
    const readBack = JSON.parse(JSON.stringify(facts)) as AuditFacts;
    expect(hashEntry(GENESIS_HASH, readBack)).toBe(hashEntry(GENESIS_HASH, facts));
  });
});

describe('hashEntry', () => {
  const facts = factsFor(1);

  it('is a 64-character lower-case hex SHA-256', () => {
    expect(hashEntry(GENESIS_HASH, facts)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('is SHA-256 of prevHash, a newline and the canonical JSON (pinned: stored chains depend on it)', () => {
    const pinned: AuditFacts = {
      at: '2025-03-01T08:00:00.000Z',
      actorId: 'a1',
      realActorId: null,
      action: 'account.created',
      recordType: 'account',
      recordId: 'r1',
      before: null,
      after: { username: 'zhangsan', roles: ['expert'] },
      clientIp: '10.0.0.1',
    };
    // Computed independently with sha256sum over the hand-written canonical text.
    expect(hashEntry(GENESIS_HASH, pinned)).toBe(
      '91bf775bde35c70fbc304158020df6e74b0dee9b6b9a62b08c04ae226c7a4812',
    );
  });

  it('is deterministic', () => {
    expect(hashEntry(GENESIS_HASH, facts)).toBe(hashEntry(GENESIS_HASH, structuredClone(facts)));
  });

  it('does not depend on key order in the facts or in before/after', () => {
    const reordered = Object.fromEntries(Object.entries(facts).reverse()) as unknown as AuditFacts;
    reordered.after = Object.fromEntries(Object.entries(facts.after as object).reverse());
    expect(hashEntry(GENESIS_HASH, reordered)).toBe(hashEntry(GENESIS_HASH, facts));
  });

  it.each(FACT_KEYS)('changes when %s changes', (key) => {
    expect(hashEntry(GENESIS_HASH, altered(key, facts))).not.toBe(hashEntry(GENESIS_HASH, facts));
  });

  it('changes when a value deep inside after changes', () => {
    const deep = structuredClone(facts) as AuditFacts & { after: { nested: { a: unknown[] } } };
    deep.after.nested.a = [1, { y: 2 }];
    expect(hashEntry(GENESIS_HASH, deep)).not.toBe(hashEntry(GENESIS_HASH, facts));
  });

  it('tells a null field from the string "null"', () => {
    expect(hashEntry(GENESIS_HASH, { ...facts, recordId: 'null' })).not.toBe(
      hashEntry(GENESIS_HASH, { ...facts, recordId: null }),
    );
  });

  it('changes with prevHash', () => {
    expect(hashEntry('1'.repeat(64), facts)).not.toBe(hashEntry(GENESIS_HASH, facts));
    expect(hashEntry(GENESIS_HASH.slice(0, 63) + '1', facts)).not.toBe(hashEntry(GENESIS_HASH, facts));
  });
});

describe('verifyChain', () => {
  const N = 8;
  const chain = buildChain(N);

  it('starts from the all-zero genesis hash', () => {
    expect(GENESIS_HASH).toBe('0'.repeat(64));
    expect(chain[0]?.prevHash).toBe(GENESIS_HASH);
  });

  it('accepts an intact chain, counting every entry and returning the last hash', () => {
    expect(verifyChain(chain)).toEqual({ ok: true, checked: N, lastHash: chain[N - 1]!.hash });
  });

  it('accepts an empty chain', () => {
    expect(verifyChain([])).toEqual({ ok: true, checked: 0, lastHash: GENESIS_HASH });
  });

  it('accepts a chain of one', () => {
    const one = buildChain(1);
    expect(verifyChain(one)).toEqual({ ok: true, checked: 1, lastHash: one[0]!.hash });
  });

  it('accepts a chain that went through JSON (as read back from the database)', () => {
    expect(verifyChain(JSON.parse(JSON.stringify(chain)) as ChainedEntry[])).toMatchObject({
      ok: true,
      checked: N,
    });
  });

  it('accepts any iterable, such as a generator', () => {
    function* entries() {
      yield* chain;
    }
    expect(verifyChain(entries())).toMatchObject({ ok: true, checked: N });
  });

  describe('an entry altered in place', () => {
    const cases = FACT_KEYS.flatMap((key) => [1, 4, N].map((id) => [key, id] as const));

    it.each(cases)('altering %s of entry %i is a hash-mismatch there', (key, id) => {
      const index = id - 1;
      const entry = chain[index]!;
      const tampered = replace(chain, index, { ...entry, ...altered(key, entry) });
      expect(verifyChain(tampered)).toEqual({
        ok: false,
        checked: id - 1,
        firstBroken: { id, reason: 'hash-mismatch' },
        lastHash: entry.prevHash,
      });
    });

    it('reports a changed stored hash as a hash-mismatch at that entry', () => {
      const tampered = replace(chain, 3, { ...chain[3]!, hash: 'f'.repeat(64) });
      expect(verifyChain(tampered)).toMatchObject({
        ok: false,
        checked: 3,
        firstBroken: { id: 4, reason: 'hash-mismatch' },
      });
    });

    it('reports a changed prevHash as a link-mismatch at that entry', () => {
      const tampered = replace(chain, 3, { ...chain[3]!, prevHash: 'f'.repeat(64) });
      expect(verifyChain(tampered)).toEqual({
        ok: false,
        checked: 3,
        firstBroken: { id: 4, reason: 'link-mismatch' },
        lastHash: chain[2]!.hash,
      });
    });

    it('names only the first broken entry when several are altered', () => {
      let tampered = replace(chain, 2, { ...chain[2]!, action: 'x' });
      tampered = replace(tampered, 5, { ...tampered[5]!, action: 'y' });
      expect(verifyChain(tampered)).toMatchObject({ firstBroken: { id: 3 } });
    });
  });

  describe('a forger who recomputes the hash of the altered entry', () => {
    it.each(FACT_KEYS.flatMap((key) => [1, 4, N - 1].map((id) => [key, id] as const)))(
      'altering %s of entry %i breaks the link of the next entry',
      (key, id) => {
        const index = id - 1;
        const entry = chain[index]!;
        const facts = altered(key, factsOf(entry));
        const forged: ChainedEntry = { ...entry, ...facts, hash: hashEntry(entry.prevHash, facts) };
        expect(verifyChain(replace(chain, index, forged))).toEqual({
          ok: false,
          checked: id,
          firstBroken: { id: id + 1, reason: 'link-mismatch' },
          lastHash: forged.hash,
        });
      },
    );
  });

  describe('removed, inserted and reordered entries', () => {
    it('detects an entry deleted from the middle, at the entry after the gap', () => {
      const gap = chain.filter((e) => e.id !== 4);
      expect(verifyChain(gap)).toEqual({
        ok: false,
        checked: 3,
        firstBroken: { id: 5, reason: 'link-mismatch' },
        lastHash: chain[2]!.hash,
      });
    });

    it('detects the first entry deleted', () => {
      expect(verifyChain(chain.slice(1))).toMatchObject({
        ok: false,
        checked: 0,
        firstBroken: { id: 2, reason: 'link-mismatch' },
      });
    });

    it('detects several consecutive entries deleted', () => {
      const gap = chain.filter((e) => e.id < 3 || e.id > 6);
      expect(verifyChain(gap)).toMatchObject({
        ok: false,
        checked: 2,
        firstBroken: { id: 7, reason: 'link-mismatch' },
      });
    });

    it('detects two entries swapped', () => {
      const swapped = [...chain];
      [swapped[3], swapped[4]] = [swapped[4]!, swapped[3]!];
      expect(verifyChain(swapped)).toMatchObject({
        ok: false,
        checked: 3,
        firstBroken: { id: 5, reason: 'link-mismatch' },
      });
    });

    it('detects an entry inserted with a correct hash over the wrong predecessor', () => {
      const facts = factsFor(99);
      const inserted: ChainedEntry = {
        id: 99,
        ...facts,
        prevHash: chain[2]!.hash,
        hash: hashEntry(chain[2]!.hash, facts),
      };
      const withInsert = [...chain.slice(0, 3), inserted, ...chain.slice(3)];
      expect(verifyChain(withInsert)).toMatchObject({
        ok: false,
        checked: 4,
        firstBroken: { id: 4, reason: 'link-mismatch' },
      });
    });

    it('detects a chain that does not start from the genesis hash', () => {
      const detached = buildChain(3, 'a'.repeat(64));
      expect(verifyChain(detached)).toMatchObject({
        ok: false,
        checked: 0,
        firstBroken: { id: 1, reason: 'link-mismatch' },
      });
    });
  });

  describe('continuing from a start state', () => {
    const long = buildChain(12);
    const onePass = verifyChain(long);

    it.each(Array.from({ length: 13 }, (_, split) => [split]))(
      'two batches split after entry %i give the same verdict as one pass',
      (split) => {
        const first = verifyChain(long.slice(0, split));
        expect(first.ok).toBe(true);
        const second = verifyChain(long.slice(split), { prevHash: first.lastHash, checked: first.checked });
        expect(second).toEqual(onePass);
        expect(second).toEqual({ ok: true, checked: 12, lastHash: long[11]!.hash });
      },
    );

    it('reports the same break and count across batches as in one pass', () => {
      const tampered = replace(long, 8, { ...long[8]!, recordId: 'forged' });
      const whole = verifyChain(tampered);
      const first = verifyChain(tampered.slice(0, 5));
      const second = verifyChain(tampered.slice(5), { prevHash: first.lastHash, checked: first.checked });
      expect(whole).toMatchObject({ ok: false, checked: 8, firstBroken: { id: 9, reason: 'hash-mismatch' } });
      expect(second).toEqual(whole);
    });

    it('adds to the checked count it is given', () => {
      const tail = long.slice(4);
      expect(verifyChain(tail, { prevHash: long[3]!.hash, checked: 100 })).toMatchObject({
        ok: true,
        checked: 108,
      });
    });

    it('detects a second batch that does not continue from the first', () => {
      expect(verifyChain(long.slice(5), { prevHash: long[3]!.hash, checked: 4 })).toMatchObject({
        ok: false,
        checked: 4,
        firstBroken: { id: 6, reason: 'link-mismatch' },
      });
    });

    it('defaults to the genesis hash and zero', () => {
      expect(verifyChain(long)).toEqual(verifyChain(long, { prevHash: GENESIS_HASH, checked: 0 }));
    });
  });
});
