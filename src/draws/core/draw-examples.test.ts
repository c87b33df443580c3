import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { commitToSecret, DRAW_LABEL, DRAW_LABEL_V2, drawSeed } from './draw-seed.js';
import { drawStream, selectPanel, selectPanelV2 } from './draw.js';
import {
  EXAMPLE_CANDIDATES,
  EXAMPLE_CONFLICTS,
  EXAMPLE_PUBLIC_VALUE,
  EXAMPLE_SECRET,
  EXAMPLE_V2,
  RecordingSource,
  REJECTION_N,
  traceDrawV2,
  traceRandomBelow,
  traceRejections,
  traceShuffleV1,
} from './draw-examples.js';
import { canonicalPoolJson, freezePool, poolDocument, poolHash } from './eligible-pool.js';
import { freezePoolV2 } from './pool-v2.js';
import { verifyDraw } from './verify-draw.js';

/**
 * The worked examples of docs/draw-algorithm.md: every number and table is recomputed here from
 * the fixture (draw-examples.ts) and must appear in the spec's text as printed. If a test fails,
 * the spec or the code changed; published draws must keep verifying, so neither may.
 */
const SPEC = readFileSync(new URL('../../../docs/draw-algorithm.md', import.meta.url), 'utf8');
const hexRow = (label: string, value: string) => `| ${label} | \`${value}\` |`;
const hex8 = (x: number) => x.toString(16).padStart(8, '0');

describe('worked example A (v2)', () => {
  const frozen = freezePoolV2(EXAMPLE_V2);
  const seed = drawSeed(EXAMPLE_SECRET, EXAMPLE_PUBLIC_VALUE, frozen.poolHash, DRAW_LABEL_V2);

  it('prints both documents’ canonical JSON and the hashes, commitment and seed', () => {
    expect(SPEC).toContain(`\`\`\`json\n${frozen.exclusionsJson}\n\`\`\``);
    expect(SPEC).toContain(`\`\`\`json\n${frozen.documentJson}\n\`\`\``);
    expect(SPEC).toContain(hexRow('exclusions hash', frozen.document.excluded.sha256));
    expect(SPEC).toContain(hexRow('pool hash', frozen.poolHash));
    expect(SPEC).toContain(hexRow('secret', EXAMPLE_SECRET));
    expect(SPEC).toContain(hexRow('commitment', commitToSecret(EXAMPLE_SECRET)));
    expect(SPEC).toContain(hexRow('public value', EXAMPLE_PUBLIC_VALUE));
    expect(SPEC).toContain(hexRow('seed', seed));
  });

  it('prints the tables of the leader and of the partial Fisher–Yates, and the result', () => {
    const source = new RecordingSource(drawStream(seed, DRAW_LABEL_V2));
    const trace = traceDrawV2(source, frozen.document.eligible, frozen.document.canLead, 5, 2);
    expect(SPEC).toContain(trace.leaderRow);
    expect(SPEC).toContain(trace.rows.join('\n'));
    expect(SPEC).toContain(
      hexRow(`first ${source.taken.length * 4} stream bytes, as uint32`, source.taken.map(hex8).join(' ')),
    );
    expect(SPEC).toContain(`- leader **${trace.leader}**`);
    expect(SPEC).toContain(`- members **${trace.members.join(', ')}** (member #1 is ${trace.members[0]})`);
    expect(SPEC).toContain(`- reserves **${trace.reserves.join(', ')}** (in this order)`);
    // The draw itself gives what the table traces.
    const selection = selectPanelV2(seed, frozen.document, 5, 2);
    expect(selection).toEqual({
      ok: true,
      outcome: { leader: trace.leader, members: trace.members, reserves: trace.reserves },
      bytesConsumed: source.taken.length * 4,
    });
  });

  it('verifies, with and without the kept exclusions document', () => {
    const selection = selectPanelV2(seed, frozen.document, 5, 2);
    if (!selection.ok) throw new Error('the example draws');
    const outcome = selection.outcome;
    const published = {
      poolDocument: JSON.parse(frozen.documentJson) as unknown,
      poolHash: frozen.poolHash,
      commitment: commitToSecret(EXAMPLE_SECRET),
      publicValue: EXAMPLE_PUBLIC_VALUE,
      secret: EXAMPLE_SECRET,
      seed,
      size: 5,
      reserves: 2,
      outcome,
    };
    expect(verifyDraw(published).ok).toBe(true);
    expect(verifyDraw({ ...published, exclusions: JSON.parse(frozen.exclusionsJson) }).ok).toBe(true);
  });
});

describe('worked example B (rejection sampling, the second Generate call)', () => {
  const seed = drawSeed(
    EXAMPLE_SECRET,
    EXAMPLE_PUBLIC_VALUE,
    freezePoolV2(EXAMPLE_V2).poolHash,
    DRAW_LABEL_V2,
  );

  it('prints the first calls of randomBelow(2^31 + 1), rejected tries struck through', () => {
    expect(SPEC).toContain(`\`${seed}\``);
    expect(SPEC).toContain(`n = 2³¹ + 1 = ${REJECTION_N}`);
    const { rows, steps } = traceRejections(new RecordingSource(drawStream(seed, DRAW_LABEL_V2)), 8);
    expect(SPEC).toContain(rows.join('\n'));
    expect(steps.some((s) => s.tries.length > 1)).toBe(true);
  });

  it('names the call that reads the first uint32 of the second 1024-byte request', () => {
    const source = new RecordingSource(drawStream(seed, DRAW_LABEL_V2));
    let call = 0;
    let crossing: ReturnType<typeof traceRandomBelow> | undefined;
    let from = 0;
    while (!crossing) {
      call++;
      from = source.taken.length;
      const step = traceRandomBelow(source, REJECTION_N);
      if (source.taken.length >= 257) crossing = step;
    }
    const first = from + 1;
    const last = source.taken.length;
    expect(SPEC).toContain(`the 256th is \`${hex8(source.taken[255]!)}\``);
    expect(SPEC).toContain(`Call #${call} reads\nuint32s #${first}–#${last}`);
    const shown = crossing.tries.map((x, i) => (i < crossing!.tries.length - 1 ? `~~${x}~~` : String(x)));
    expect(SPEC.replace(/\s+/g, ' ')).toContain(`tries ${shown.join(', ')} —`);
    expect(SPEC).toContain(`${source.taken[256]} = \`${hex8(source.taken[256]!)}\``);
    expect(SPEC).toContain(`Call #${call}\nreturns ${crossing.result}.`);
    // The 257th uint32 is the first of a second Generate(1024): the stream's 1025th byte.
    expect(last).toBe(257);
  });
});

describe('the worked example of v1 (appendix)', () => {
  const ids = EXAMPLE_CANDIDATES.ids;
  const frozen = freezePool({
    panelId: 'example-panel',
    industrySections: ['C'],
    organisationIds: ['ORG-1'],
    asOf: '2025-03-01',
    plan: { size: 5, reserves: 2 },
    conflicts: EXAMPLE_CONFLICTS,
    experts: ids.map((id, i) => ({
      id,
      status: EXAMPLE_CANDIDATES.status[i]!,
      disqualified: false,
      industries: ['C'],
      canLead: EXAMPLE_CANDIDATES.canLead[i]!,
      availability: 'available',
      qualifications: [],
    })),
  });
  const document = poolDocument(frozen);
  const hash = poolHash(document);
  const seed = drawSeed(EXAMPLE_SECRET, EXAMPLE_PUBLIC_VALUE, hash, DRAW_LABEL);

  it('prints the document, the hashes, the two shuffle tables and the result', () => {
    expect(SPEC).toContain(`\`\`\`json\n${canonicalPoolJson(document)}\n\`\`\``);
    expect(SPEC).toContain(hexRow('pool hash', hash));
    expect(SPEC).toContain(hexRow('seed', seed));
    const source = new RecordingSource(drawStream(seed, DRAW_LABEL));
    const leaders = frozen.eligible.filter((e) => e.canLead).map((e) => e.expertId);
    expect(SPEC).toContain(traceShuffleV1(source, leaders, ', ').join('\n'));
    const rest = frozen.eligible.map((e) => e.expertId).filter((id) => id !== leaders[0]);
    expect(SPEC).toContain(traceShuffleV1(source, rest, ' ').join('\n'));
    expect(SPEC).toContain(
      hexRow(`first ${source.taken.length * 4} stream bytes, as uint32`, source.taken.map(hex8).join(' ')),
    );
    const selection = selectPanel(seed, frozen.eligible, 5, 2);
    if (!selection.ok) throw new Error('the example draws');
    expect(selection.outcome).toEqual({
      leader: leaders[0],
      members: rest.slice(0, 4),
      reserves: rest.slice(4, 6),
    });
    expect(SPEC).toContain(`- leader **${selection.outcome.leader}**`);
    expect(SPEC).toContain(`- members **${selection.outcome.members.join(', ')}**`);
    expect(SPEC).toContain(`- reserves **${selection.outcome.reserves.join(', ')}** (in this order)`);
  });
});
