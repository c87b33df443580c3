import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { jinshui2011 } from '../../programmes/versions/jinshui-2011.js';
import { drawPanel, panelBoundsOf } from './draw.js';
import { commitToSecret, drawSeed } from './draw-seed.js';
import type { PoolCandidate, PoolDocument } from './eligible-pool.js';
import { freezePool, poolDocument, poolHash } from './eligible-pool.js';
import type { PublishedDraw } from './verify-draw.js';
import { verifyDraw } from './verify-draw.js';

const SECRET = createHash('sha256').update('verify-draw test secret').digest('hex');
const PUBLIC_VALUE = '深证成指 2025-03-14 收盘 10838.26';

function candidate(i: number): PoolCandidate {
  return {
    id: `E-${String(i).padStart(3, '0')}`,
    status: i % 11 === 0 ? 'suspended' : 'active',
    disqualified: false,
    industries: ['C'],
    canLead: i % 4 === 0,
    availability: 'available',
    qualifications: [],
  };
}

/** A draw as the platform would publish it. */
function published(): PublishedDraw {
  const frozen = freezePool({
    panelId: 'cycle-2025/panel-C',
    industrySections: ['C'],
    organisationIds: ['ORG-1', 'ORG-2'],
    conflicts: [{ expertId: 'E-005', organisationId: 'ORG-2', kind: 'consulting' }],
    asOf: '2025-03-01',
    plan: { size: 7, reserves: 2 },
    experts: Array.from({ length: 30 }, (_, i) => candidate(i)),
  });
  const document = poolDocument(frozen);
  const hash = poolHash(document);
  const commitment = commitToSecret(SECRET);
  const seed = drawSeed(SECRET, PUBLIC_VALUE, hash);
  const result = drawPanel({
    seedHex: seed,
    pool: frozen.eligible,
    size: 7,
    leaders: 1,
    reserves: 2,
    bounds: panelBoundsOf(jinshui2011.parameters),
    industryLabel: { zh: '制造业', en: 'Manufacturing' },
  });
  if (!result.ok) throw new Error(result.problem);
  return {
    poolDocument: JSON.parse(JSON.stringify(document)) as unknown,
    poolHash: hash,
    commitment,
    publicValue: PUBLIC_VALUE,
    secret: SECRET,
    seed,
    size: 7,
    reserves: 2,
    outcome: { leader: result.leader, members: result.members, reserves: result.reserves },
  };
}

function rehashed(record: PublishedDraw, change: (doc: PoolDocument) => void): PublishedDraw {
  const doc = JSON.parse(JSON.stringify(record.poolDocument)) as PoolDocument;
  change(doc);
  const hash = poolHash(doc);
  return {
    ...record,
    poolDocument: doc,
    poolHash: hash,
    seed: drawSeed(record.secret, record.publicValue, hash),
  };
}

describe('verifyDraw', () => {
  it('confirms a draw from the published inputs alone', () => {
    const record = published();
    const verdict = verifyDraw(record);
    expect(verdict).toEqual({ ok: true, seed: record.seed, outcome: record.outcome });
    const { seed: _seed, ...withoutSeed } = record;
    expect(verifyDraw(withoutSeed).ok).toBe(true);
  });

  it('pool-hash: the document was changed after its hash was published', () => {
    const record = published();
    const doc = record.poolDocument as PoolDocument;
    doc.excluded = doc.excluded.slice(1);
    const verdict = verifyDraw(record);
    expect(verdict).toMatchObject({ ok: false, step: 'pool-hash', expected: record.poolHash });
    if (!verdict.ok) expect(verdict.actual).toBe(poolHash(doc));
    expect(verifyDraw({ ...published(), poolHash: 'f'.repeat(64) })).toMatchObject({ step: 'pool-hash' });
  });

  it('pool-document: a malformed document, even with a matching hash', () => {
    const record = rehashed(published(), (doc) => doc.eligible.reverse());
    expect(verifyDraw(record)).toMatchObject({
      ok: false,
      step: 'pool-document',
      detail: { en: expect.stringContaining('not sorted') },
    });
  });

  it('commitment: the revealed secret is not the committed one', () => {
    const record = published();
    const other = 'ab'.repeat(32);
    const verdict = verifyDraw({ ...record, secret: other });
    expect(verdict).toMatchObject({
      ok: false,
      step: 'commitment',
      expected: record.commitment,
      actual: commitToSecret(other),
    });
    expect(verifyDraw({ ...record, secret: 'xyz' })).toMatchObject({ ok: false, step: 'commitment' });
  });

  it('seed: the recorded seed is not the one the inputs give, or the public value is malformed', () => {
    const record = published();
    const verdict = verifyDraw({ ...record, seed: '0'.repeat(64) });
    expect(verdict).toMatchObject({ ok: false, step: 'seed', expected: record.seed, actual: '0'.repeat(64) });
    expect(verifyDraw({ ...record, publicValue: '  ' })).toMatchObject({ ok: false, step: 'seed' });
  });

  it('seed: a changed public value gives another seed than the recorded one', () => {
    const record = published();
    expect(verifyDraw({ ...record, publicValue: '深证成指 2025-03-14 收盘 10838.27' })).toMatchObject({
      ok: false,
      step: 'seed',
    });
  });

  it('plan: size or reserves are not those fixed in the pool document', () => {
    expect(verifyDraw({ ...published(), size: 6 })).toMatchObject({
      ok: false,
      step: 'plan',
      expected: '7+2',
      actual: '6+2',
    });
    expect(verifyDraw({ ...published(), reserves: 3 })).toMatchObject({ ok: false, step: 'plan' });
  });

  it('outcome: names the position, the expected and the recorded expert', () => {
    const record = published();
    const intruder = 'E-999';
    const members = [...record.outcome.members];
    const replaced = members[2]!;
    members[2] = intruder;
    const verdict = verifyDraw({ ...record, outcome: { ...record.outcome, members } });
    expect(verdict).toMatchObject({
      ok: false,
      step: 'outcome',
      expected: replaced,
      actual: intruder,
      differences: [{ position: 'member #3', expected: replaced, recorded: intruder }],
    });
    if (!verdict.ok) {
      expect(verdict.detail.en).toContain(`member #3: expected ${replaced}, recorded ${intruder}`);
      expect(verdict.detail.zh).toContain(`第 3 名评审员：应为 ${replaced}，记录为 ${intruder}`);
    }
  });

  it('outcome: a swapped leader, a reordered reserve list, a missing or an extra reserve', () => {
    const record = published();
    const { leader, members, reserves } = record.outcome;
    const swapped = verifyDraw({
      ...record,
      outcome: { leader: members[0]!, members: [leader, ...members.slice(1)], reserves },
    });
    expect(swapped).toMatchObject({ step: 'outcome' });
    if (!swapped.ok) expect(swapped.differences?.map((d) => d.position)).toEqual(['leader', 'member #1']);

    const reordered = verifyDraw({
      ...record,
      outcome: { leader, members, reserves: [...reserves].reverse() },
    });
    if (!reordered.ok)
      expect(reordered.differences?.map((d) => d.position)).toEqual(['reserve #1', 'reserve #2']);
    expect(reordered.ok).toBe(false);

    const missing = verifyDraw({ ...record, outcome: { leader, members, reserves: reserves.slice(0, 1) } });
    expect(missing).toMatchObject({
      step: 'outcome',
      differences: [{ position: 'reserve #2', expected: reserves[1], recorded: null }],
      detail: { en: expect.stringContaining(`reserve #2: expected ${reserves[1]}, recorded (none)`) },
    });

    const extra = verifyDraw({ ...record, outcome: { leader, members, reserves: [...reserves, 'E-998'] } });
    expect(extra).toMatchObject({
      step: 'outcome',
      differences: [{ position: 'reserve #3', expected: null, recorded: 'E-998' }],
    });
  });

  it('outcome: a record that is not even a list is reported, not thrown', () => {
    const record = published();
    const broken = { ...record.outcome, members: 'E-001' as unknown as string[] };
    const verdict = verifyDraw({ ...record, outcome: broken });
    expect(verdict).toMatchObject({ ok: false, step: 'outcome' });
    if (!verdict.ok) expect(verdict.differences).toHaveLength(6);
  });

  it('outcome: a pool that cannot yield any panel', () => {
    const record = rehashed(published(), (doc) => {
      doc.eligible = doc.eligible.slice(0, 5);
    });
    expect(verifyDraw(record)).toMatchObject({
      ok: false,
      step: 'outcome',
      detail: { en: expect.stringContaining('the eligible list has 5 experts and 9 are needed') },
    });
    const noLeader = rehashed(published(), (doc) => {
      doc.eligible = doc.eligible.map((e) => ({ ...e, canLead: false }));
    });
    expect(verifyDraw(noLeader)).toMatchObject({
      step: 'outcome',
      detail: { en: expect.stringContaining('lead') },
    });
  });

  it('outcome: a pool altered and re-hashed before the draw gives a different panel', () => {
    // Someone changes the pool and publishes a new hash: the seed changes with it, so the recorded
    // outcome (from the original pool) no longer follows.
    const record = rehashed(published(), (doc) => {
      doc.excluded = doc.excluded.slice(1);
    });
    expect(verifyDraw(record)).toMatchObject({ ok: false, step: 'outcome' });
  });
});
