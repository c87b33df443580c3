import type { ConflictLink } from '../../experts/core/conflicts.js';
import type { CandidateColumns, FreezeV2Input } from './pool-v2.js';
import type { Uint32Source } from './hmac-drbg.js';
import { randomBelow } from './hmac-drbg.js';

/**
 * The inputs of the worked examples of docs/draw-algorithm.md, and the traces the spec's tables
 * print. `draw-examples.test.ts` recomputes every number and table of the spec from these and
 * checks that the spec's text contains it, so the spec and the code cannot drift apart.
 */

export const EXAMPLE_SECRET = '0123456789abcdef'.repeat(4);
export const EXAMPLE_PUBLIC_VALUE = '2025-03-14 上证指数收盘 3419.56';

/** Eleven candidates of section C: E-01, E-04, E-07, E-10 may lead; E-07 conflicts; E-11 is suspended. */
const IDS = ['E-01', 'E-02', 'E-03', 'E-04', 'E-05', 'E-06', 'E-07', 'E-08', 'E-09', 'E-10', 'E-11'];
const LEADERS = new Set(['E-01', 'E-04', 'E-07', 'E-10']);

export const EXAMPLE_CONFLICTS: ConflictLink[] = [
  { expertId: 'E-07', organisationId: 'ORG-1', kind: 'former_employer' },
];

export const EXAMPLE_CANDIDATES: CandidateColumns = {
  ids: IDS,
  status: IDS.map((id) => (id === 'E-11' ? 'suspended' : 'active')),
  canLead: IDS.map((id) => LEADERS.has(id)),
  availability: IDS.map(() => 'available'),
  qualificationCount: IDS.map(() => 0),
  latestExpiry: IDS.map(() => null),
};

/** Worked example A (v2): the pool above, as of 2025-03-01, a plan of 5 with 2 reserves. */
export const EXAMPLE_V2: FreezeV2Input = {
  panelId: 'example-panel',
  sequence: 1,
  programme: { id: 'jinshui-2011', panelSizeMin: 5, panelSizeMax: 7 },
  industrySections: ['C'],
  organisationIds: ['ORG-1'],
  asOf: '2025-03-01',
  plan: { size: 5, reserves: 2 },
  candidates: EXAMPLE_CANDIDATES,
  conflicts: EXAMPLE_CONFLICTS,
};

/** Example B: randomBelow(2^31 + 1) — about every other try rejected — over the first 300 uint32s. */
export const REJECTION_N = 2 ** 31 + 1;

/** A uint32 source that records what it hands out. */
export class RecordingSource implements Uint32Source {
  readonly taken: number[] = [];
  constructor(private readonly source: Uint32Source) {}
  nextUint32(): number {
    const x = this.source.nextUint32();
    this.taken.push(x);
    return x;
  }
}

export interface TraceStep {
  n: number;
  /** Every try, the rejected ones first. */
  tries: number[];
  result: number;
}

/** randomBelow(n), with the tries it read. */
export function traceRandomBelow(source: RecordingSource, n: number): TraceStep {
  const from = source.taken.length;
  const result = randomBelow(source, n);
  return { n, tries: source.taken.slice(from), result };
}

const row = (cells: readonly (string | number)[]): string => `| ${cells.join(' | ')} |`;
const tries = (step: TraceStep): string =>
  step.tries.map((x, i) => (i < step.tries.length - 1 ? `~~${x}~~` : String(x))).join(', ');

/**
 * The v2 draw of a sorted pool, step by step, as the spec's tables print it: the leader's line,
 * then one line per step of the partial Fisher–Yates (with M after the swap when `showM`).
 */
export function traceDrawV2(
  source: RecordingSource,
  eligible: readonly string[],
  canLead: readonly string[],
  size: number,
  reserves: number,
): { leaderRow: string; leader: string; rows: string[]; members: string[]; reserves: string[] } {
  const l = traceRandomBelow(source, canLead.length);
  const leader = canLead[l.result] as string;
  const leaderRow = row([l.n, tries(l), l.result, leader]);
  const m = eligible.filter((id) => id !== leader);
  const rows: string[] = [];
  for (let i = 0; i < size + reserves - 1; i++) {
    const step = traceRandomBelow(source, m.length - i);
    const j = i + step.result;
    const item = m[i] as string;
    m[i] = m[j] as string;
    m[j] = item;
    rows.push(row([i, step.n, tries(step), `${i} + ${step.result} = ${j}`, m.join(' ')]));
  }
  return {
    leaderRow,
    leader,
    rows,
    members: m.slice(0, size - 1),
    reserves: m.slice(size - 1, size + reserves - 1),
  };
}

/** Example B's table: the first `calls` calls of randomBelow(REJECTION_N), tries and result. */
export function traceRejections(
  source: RecordingSource,
  calls: number,
): { rows: string[]; steps: TraceStep[] } {
  const steps: TraceStep[] = [];
  for (let c = 0; c < calls; c++) steps.push(traceRandomBelow(source, REJECTION_N));
  return { steps, rows: steps.map((s, c) => row([c + 1, tries(s), s.result])) };
}

/** The v1 shuffle tables of the spec (Durstenfeld, i from |items| − 1 down to 1). */
export function traceShuffleV1(source: RecordingSource, items: string[], separator: string): string[] {
  const rows: string[] = [];
  for (let i = items.length - 1; i >= 1; i--) {
    const step = traceRandomBelow(source, i + 1);
    const j = step.result;
    const item = items[i] as string;
    items[i] = items[j] as string;
    items[j] = item;
    rows.push(row([i, step.n, tries(step), j, items.join(separator)]));
  }
  return rows;
}
