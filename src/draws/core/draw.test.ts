import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { jinshui2011 } from '../../programmes/versions/jinshui-2011.js';
import type { DrawPanelInput } from './draw.js';
import { drawPanel, drawStream, panelBoundsOf, selectPanel, shuffleInPlace } from './draw.js';
import { commitToSecret, drawSeed } from './draw-seed.js';
import type { EligibleExpert, PoolCandidate } from './eligible-pool.js';
import { freezePool, poolDocument, poolHash } from './eligible-pool.js';
import type { Uint32Source } from './hmac-drbg.js';
import { HmacDrbg, randomBelow } from './hmac-drbg.js';

const BOUNDS = panelBoundsOf(jinshui2011.parameters);
const LABEL = { zh: '制造业', en: 'Manufacturing' };

function pool(count: number, leaders: (i: number) => boolean = (i) => i % 5 === 0): EligibleExpert[] {
  return Array.from({ length: count }, (_, i) => ({
    expertId: `E-${String(i).padStart(4, '0')}`,
    canLead: leaders(i),
  }));
}

function seedOf(n: number): string {
  return createHash('sha256').update(`seed ${n}`).digest('hex');
}

function draw(overrides: Partial<DrawPanelInput> = {}) {
  return drawPanel({
    seedHex: seedOf(1),
    pool: pool(40),
    size: 7,
    leaders: 1,
    reserves: 2,
    bounds: BOUNDS,
    industryLabel: LABEL,
    ...overrides,
  });
}

/**
 * The worked example of docs/draw-algorithm.md, end to end: freeze, hash, commit, seed, draw.
 * If this test changes, the document must change with it — and every published draw would no
 * longer verify, so it must not change.
 */
describe('the worked example of docs/draw-algorithm.md', () => {
  const candidate = (id: string, canLead: boolean, extra: Partial<PoolCandidate> = {}): PoolCandidate => ({
    id,
    status: 'active',
    disqualified: false,
    industries: ['C'],
    canLead,
    availability: 'available',
    qualifications: [],
    ...extra,
  });
  const frozen = freezePool({
    panelId: 'example-panel',
    industrySections: ['C'],
    organisationIds: ['ORG-1'],
    asOf: '2025-03-01',
    plan: { size: 5, reserves: 2 },
    conflicts: [{ expertId: 'E-07', organisationId: 'ORG-1', kind: 'former_employer' }],
    experts: [
      candidate('E-01', true),
      candidate('E-02', false),
      candidate('E-03', false),
      candidate('E-04', true),
      candidate('E-05', false),
      candidate('E-06', false),
      candidate('E-07', true),
      candidate('E-08', false),
      candidate('E-09', false),
      candidate('E-10', true),
      candidate('E-11', false, { status: 'suspended' }),
    ],
  });
  const secret = '0123456789abcdef'.repeat(4);
  const publicValue = '2025-03-14 上证指数收盘 3419.56';
  const hash = poolHash(poolDocument(frozen));
  const seed = drawSeed(secret, publicValue, hash);

  it('has the documented pool hash, commitment and seed', () => {
    expect(hash).toBe('0e64838884097e07e86a168db35a9a69f653d112e963374b25238c4a28a1e105');
    expect(commitToSecret(secret)).toBe('4884fdaafea47c29fea7159d0daddd9c085d6200e1359e85bb81736af6b7c837');
    expect(seed).toBe('7d4076adf9e754ae22c141e98251887642786c50f519c3a9c31fa3ecfa143c1d');
  });

  it('reads the documented uint32s and picks the documented panel', () => {
    const stream = drawStream(seed);
    const first = Array.from({ length: 9 }, () => stream.nextUint32().toString(16).padStart(8, '0'));
    expect(first.join(' ')).toBe(
      '42299cea 9875dd38 80a38ab6 ef107ed2 a2aca70e 4dba8933 2038361e c299ed4e ee97e8a1',
    );
    const result = drawPanel({
      seedHex: seed,
      pool: frozen.eligible,
      size: 5,
      leaders: 1,
      reserves: 2,
      bounds: BOUNDS,
      industryLabel: LABEL,
    });
    expect(result).toEqual({
      ok: true,
      leader: 'E-04',
      members: ['E-01', 'E-06', 'E-05', 'E-10'],
      reserves: ['E-02', 'E-03'],
      bytesConsumed: 36,
    });
  });
});

describe('the shuffle', () => {
  const script = (values: number[]): Uint32Source => {
    let i = 0;
    return { nextUint32: () => values[i++] ?? 0 };
  };

  it('is Durstenfeld: i from n − 1 down to 1 swaps with randomBelow(i + 1)', () => {
    const items = ['a', 'b', 'c', 'd'];
    // i = 3: 5 mod 4 = 1 → swap 3,1: a d c b; i = 2: 7 mod 3 = 1 → swap 2,1: a c d b; i = 1: 0 → swap 1,0: c a d b
    shuffleInPlace(items, script([5, 7, 0]));
    expect(items).toEqual(['c', 'a', 'd', 'b']);
  });

  it('reads nothing for zero or one item', () => {
    const none: Uint32Source = {
      nextUint32: () => {
        throw new Error('read');
      },
    };
    const one = ['x'];
    shuffleInPlace(one, none);
    shuffleInPlace([], none);
    expect(one).toEqual(['x']);
  });

  it('gives every permutation of 4 about equally often', () => {
    const stream = drawStream(seedOf(99));
    const counts = new Map<string, number>();
    const rounds = 24_000;
    for (let r = 0; r < rounds; r++) {
      const items = ['a', 'b', 'c', 'd'];
      shuffleInPlace(items, stream);
      counts.set(items.join(''), (counts.get(items.join('')) ?? 0) + 1);
    }
    expect(counts.size).toBe(24);
    const chi2 = [...counts.values()].reduce((sum, c) => sum + (c - 1000) ** 2 / 1000, 0);
    expect(chi2).toBeLessThan(49.73); // df = 23, p = 0.001
  });
});

describe('drawPanel', () => {
  it('draws one leader qualified to lead, size − 1 members and the reserves, all different', () => {
    const eligible = pool(40);
    for (let n = 0; n < 50; n++) {
      const result = draw({ seedHex: seedOf(n), pool: eligible });
      if (!result.ok) throw new Error(result.problem);
      const leader = eligible.find((e) => e.expertId === result.leader);
      expect(leader?.canLead).toBe(true);
      expect(result.members).toHaveLength(6);
      expect(result.reserves).toHaveLength(2);
      const all = [result.leader, ...result.members, ...result.reserves];
      expect(new Set(all).size).toBe(9);
      expect(all.every((id) => eligible.some((e) => e.expertId === id))).toBe(true);
    }
  });

  it('is deterministic, independent of the pool order, and depends on the seed', () => {
    const eligible = pool(40);
    const a = draw({ pool: eligible });
    expect(draw({ pool: [...eligible].reverse() })).toEqual(a);
    const outcomes = new Set(
      Array.from({ length: 10 }, (_, n) => JSON.stringify(draw({ seedHex: seedOf(n), pool: eligible }))),
    );
    expect(outcomes.size).toBe(10);
  });

  it('uses one DRBG: leader shuffle first, then the rest, on the same stream', () => {
    const eligible = pool(12, (i) => i < 3);
    const seed = seedOf(5);
    const stream = drawStream(seed);
    const leaders = eligible.filter((e) => e.canLead).map((e) => e.expertId);
    shuffleInPlace(leaders, stream);
    const rest = eligible.map((e) => e.expertId).filter((id) => id !== leaders[0]);
    shuffleInPlace(rest, stream);
    const result = draw({ seedHex: seed, pool: eligible, size: 5, reserves: 3 });
    expect(result).toEqual({
      ok: true,
      leader: leaders[0],
      members: rest.slice(0, 4),
      reserves: rest.slice(4, 7),
      bytesConsumed: stream.bytesConsumed,
    });
    // instantiated as documented: entropy = seed, no nonce, personalization = the label
    const manual = new HmacDrbg(
      Buffer.from(seed, 'hex'),
      new Uint8Array(0),
      Buffer.from('quality-award-draw/v1'),
    );
    expect(Buffer.from(manual.generate(1024)).readUInt32BE(0)).toBe(drawStream(seed).nextUint32());
  });

  it('with a single leader-qualified expert reads nothing for the leader', () => {
    const eligible = pool(10, (i) => i === 7);
    const result = draw({ pool: eligible, size: 5, reserves: 0 });
    expect(result).toMatchObject({ ok: true, leader: 'E-0007', bytesConsumed: 4 * 8 });
  });

  it('draws each expert about equally often, the leader among the qualified only', () => {
    const eligible = pool(10, (i) => i < 2);
    const leaderCounts = new Map<string, number>();
    const memberCounts = new Map<string, number>();
    const rounds = 4000;
    for (let n = 0; n < rounds; n++) {
      const result = draw({ seedHex: seedOf(n), pool: eligible, size: 5, reserves: 0 });
      if (!result.ok) throw new Error(result.problem);
      leaderCounts.set(result.leader, (leaderCounts.get(result.leader) ?? 0) + 1);
      for (const id of result.members) memberCounts.set(id, (memberCounts.get(id) ?? 0) + 1);
    }
    expect([...leaderCounts.keys()].sort()).toEqual(['E-0000', 'E-0001']);
    expect(Math.abs((leaderCounts.get('E-0000') ?? 0) - rounds / 2)).toBeLessThan(200); // σ ≈ 32
    // the 9 experts other than the leader fill 4 seats: each never-leader sits with probability 4/9 (σ ≈ 31)
    for (let i = 2; i < 10; i++) {
      const count = memberCounts.get(`E-000${i}`) ?? 0;
      expect(Math.abs(count - (rounds * 4) / 9)).toBeLessThan(200);
    }
  });

  it('refuses a size outside the programme bounds (Art. 7)', () => {
    for (const size of [4, 8, 5.5]) {
      const result = draw({ size });
      expect(result).toMatchObject({ ok: false, problem: 'size-out-of-bounds', size, min: 5, max: 7 });
      if (!result.ok) {
        expect(result.clause).toEqual({ article: 7 });
        expect(result.message.zh).toContain('第七条');
        expect(result.message.en).toContain('Art. 7');
      }
    }
    expect(draw({ size: 5 }).ok).toBe(true);
    expect(draw({ size: 7 }).ok).toBe(true);
  });

  it('refuses a pool too small for the panel and its reserves, naming the group and the shortfall', () => {
    const result = draw({ pool: pool(6), size: 5, reserves: 3 });
    expect(result).toMatchObject({
      ok: false,
      problem: 'pool-too-small',
      needed: 8,
      available: 6,
      shortfall: 2,
    });
    if (!result.ok) {
      expect(result.message.zh).toContain('制造业');
      expect(result.message.zh).toContain('缺 2 名');
      expect(result.message.en).toContain('Manufacturing');
      expect(result.message.en).toContain('2 short');
    }
    expect(draw({ pool: pool(8), size: 5, reserves: 3 }).ok).toBe(true);
  });

  it('refuses a pool with nobody qualified to lead', () => {
    const result = draw({ pool: pool(20, () => false) });
    expect(result).toMatchObject({ ok: false, problem: 'no-leader', clause: { article: 7 } });
    if (!result.ok) expect(result.message.en).toContain('Manufacturing');
  });

  it('checks size, then pool, then leader', () => {
    expect(draw({ size: 9, pool: [] })).toMatchObject({ problem: 'size-out-of-bounds' });
    expect(draw({ pool: pool(3, () => false) })).toMatchObject({ problem: 'pool-too-small' });
  });

  it('throws on programming errors: two leaders, a repeated expert, a malformed seed or reserves', () => {
    expect(() => draw({ leaders: 2 })).toThrow(RangeError);
    const twice = [...pool(10), { expertId: 'E-0003', canLead: false }];
    expect(() => draw({ pool: twice })).toThrow(RangeError);
    expect(() => draw({ seedHex: 'abc' })).toThrow(RangeError);
    expect(() => draw({ seedHex: seedOf(1).toUpperCase() })).toThrow(RangeError);
    expect(() => draw({ reserves: -1 })).toThrow(RangeError);
  });
});

describe('selectPanel', () => {
  it('is the draw without the size bounds', () => {
    const result = selectPanel(seedOf(3), pool(30), 9, 1);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.outcome.members).toHaveLength(8);
    expect(selectPanel(seedOf(3), pool(3), 3, 1)).toEqual({
      ok: false,
      problem: 'pool-too-small',
      needed: 4,
      available: 3,
    });
  });

  it('randomBelow is what the shuffle uses', () => {
    const a = drawStream(seedOf(4));
    const b = drawStream(seedOf(4));
    const items = ['a', 'b', 'c'];
    shuffleInPlace(items, a);
    const j2 = randomBelow(b, 3);
    const after = ['a', 'b', 'c'];
    [after[2], after[j2]] = [after[j2]!, after[2]!];
    const j1 = randomBelow(b, 2);
    [after[1], after[j1]] = [after[j1]!, after[1]!];
    expect(items).toEqual(after);
  });
});
