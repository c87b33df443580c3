import type { LocalizedText } from '../../platform/i18n/localized.js';
import { articleLabel } from '../../programmes/catalogue.js';
import type { ArticleRef, ProgrammeParameters } from '../../programmes/programme.types.js';
import { DRAW_LABEL, DRAW_LABEL_V2 } from './draw-seed.js';
import type { EligibleExpert } from './eligible-pool.js';
import { compareIds } from './eligible-pool.js';
import { hexToBytes, isLowerHex } from './hex.js';
import type { PoolDocumentV2 } from './pool-v2.js';
import { POOL_FORMAT_V2 } from './pool-v2.js';
import type { HmacSha256, Uint32Source } from './hmac-drbg.js';
import { DrbgStream, HmacDrbg, randomBelow } from './hmac-drbg.js';

/**
 * The panel draw, algorithm `quality-award-draw/v1` (also in docs/draw-algorithm.md, with a worked
 * example). Inputs: the 32-byte seed (`draw-seed.ts`), the frozen eligible pool (expert ids, each
 * with `canLead`), the panel size S (leader included) and the number of reserves R.
 *
 *  1. P = the eligible experts sorted by expert id, ascending by UTF-16 code units (byte order for
 *     ASCII ids). Ids are unique.
 *  2. If |P| < S + R: refuse 'pool-too-small' (needed S + R, available |P|); nothing is drawn.
 *  3. L = the experts of P with canLead, in P's order. If L is empty: refuse 'no-leader'.
 *  4. DRBG = HMAC_DRBG-SHA-256 instantiated with entropy input = the seed's 32 bytes, nonce = empty,
 *     personalization string = the 21 ASCII bytes "quality-award-draw/v1". The byte stream is the
 *     concatenation of Generate(1024 bytes) outputs, no additional input (`DrbgStream`);
 *     randomBelow(n) reads 4 bytes at a time from it as a big-endian uint32 x, rejecting
 *     x ≥ floor(2^32 / n) · n, and returns x mod n (`randomBelow`).
 *  5. Shuffle L (Fisher–Yates, Durstenfeld's variant): for i = |L| − 1 down to 1:
 *     j = randomBelow(i + 1); swap L[i] and L[j]. The leader is L[0]. (|L| = 1 reads nothing.)
 *  6. M = P without the leader, in P's order (other leader-qualified experts included). Shuffle M
 *     the same way, continuing the same stream. Members = M[0 … S − 2] (S − 1 experts, in drawn
 *     order); reserves = M[S − 1 … S + R − 2] (R experts, in the order they are called upon).
 *
 * Before step 1 `drawPanel` checks S against the programme's bounds (Art. 7: 5–7) and refuses
 * 'size-out-of-bounds'; the checks are made in the order size, pool, leader.
 */

export const DRAW_ALGORITHM = DRAW_LABEL;
const ART_7: ArticleRef = { article: 7 };

/**
 * The draw's random stream for a seed (64 hex digits): HMAC_DRBG personalised with the
 * algorithm's label (`quality-award-draw/v1` or `/v2`).
 */
export function drawStream(seedHex: string, label: string = DRAW_LABEL, mac?: HmacSha256): DrbgStream {
  if (!isLowerHex(seedHex) || seedHex.length !== 64) {
    throw new RangeError('the seed is 64 lower-case hexadecimal digits');
  }
  return new DrbgStream(
    new HmacDrbg(hexToBytes(seedHex), new Uint8Array(0), new TextEncoder().encode(label), mac),
  );
}

/** Fisher–Yates (Durstenfeld): for i from length − 1 down to 1, swap i with randomBelow(i + 1). */
export function shuffleInPlace<T>(items: T[], source: Uint32Source): void {
  for (let i = items.length - 1; i >= 1; i--) {
    const j = randomBelow(source, i + 1);
    const item = items[i] as T;
    items[i] = items[j] as T;
    items[j] = item;
  }
}

export interface DrawOutcome {
  leader: string;
  /** The other S − 1 evaluators, in drawn order. */
  members: string[];
  /** In the order they replace a member who declines. */
  reserves: string[];
}

export type Selection =
  | { ok: true; outcome: DrawOutcome; bytesConsumed: number }
  | { ok: false; problem: 'pool-too-small'; needed: number; available: number }
  | { ok: false; problem: 'no-leader' };

function isWhole(value: number, min: number): boolean {
  return Number.isInteger(value) && value >= min;
}

/**
 * Steps 1–6 of the algorithm, without the size bounds: what a verifier recomputes. Throws a
 * RangeError on a malformed seed, size or reserves, or an expert id listed twice.
 */
export function selectPanel(
  seedHex: string,
  pool: readonly EligibleExpert[],
  size: number,
  reserves: number,
): Selection {
  if (!isWhole(size, 1) || !isWhole(reserves, 0)) {
    throw new RangeError('size is a whole number ≥ 1 and reserves a whole number ≥ 0');
  }
  const sorted = [...pool].sort((a, b) => compareIds(a.expertId, b.expertId));
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i - 1]?.expertId === sorted[i]?.expertId) {
      throw new RangeError(`expert ${sorted[i]?.expertId} is in the pool twice`);
    }
  }
  const needed = size + reserves;
  if (sorted.length < needed)
    return { ok: false, problem: 'pool-too-small', needed, available: sorted.length };
  const leaders = sorted.filter((e) => e.canLead).map((e) => e.expertId);
  if (leaders.length === 0) return { ok: false, problem: 'no-leader' };

  const stream = drawStream(seedHex);
  shuffleInPlace(leaders, stream);
  const leader = leaders[0] as string;
  const rest = sorted.filter((e) => e.expertId !== leader).map((e) => e.expertId);
  shuffleInPlace(rest, stream);
  return {
    ok: true,
    outcome: {
      leader,
      members: rest.slice(0, size - 1),
      reserves: rest.slice(size - 1, size - 1 + reserves),
    },
    bytesConsumed: stream.bytesConsumed,
  };
}

/**
 * Partial Fisher–Yates over positions 0 … n − 1 (algorithm v2): for i = 0 … k − 1,
 * j = i + randomBelow(n − i), swap positions i and j; gives the first k positions, in order. Only
 * the swapped positions are kept (a sparse map), so it costs k draws whatever n is.
 */
export function partialShuffle(n: number, k: number, source: Uint32Source): number[] {
  if (!isWhole(n, 0) || !isWhole(k, 0) || k > n) throw new RangeError('partialShuffle needs 0 ≤ k ≤ n');
  const moved = new Map<number, number>();
  const picked: number[] = [];
  for (let i = 0; i < k; i++) {
    const j = i + randomBelow(source, n - i);
    const atI = moved.get(i) ?? i;
    const atJ = moved.get(j) ?? j;
    moved.set(j, atI);
    picked.push(atJ);
  }
  return picked;
}

/** The pool as a v2 document gives it: codes sorted, and the sorted subset who may lead. */
export interface EligibleListsV2 {
  eligible: readonly string[];
  canLead: readonly string[];
}

/** Where `id` is in a sorted list, or -1 (binary search). */
function indexInSorted(list: readonly string[], id: string): number {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = list[mid] as string;
    if (v === id) return mid;
    if (v < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/**
 * Algorithm `quality-award-draw/v2` (docs/draw-algorithm.md §4): P = `eligible`, L = `canLead`
 * (both as the checked document gives them: sorted, L ⊆ P). Leader = L[randomBelow(|L|)]; then a
 * partial Fisher–Yates of M = P without the leader, S + R − 1 steps: members are the first S − 1
 * positions, reserves the next R. Throws a RangeError on a malformed seed, size or reserves, or a
 * leader not in P.
 */
export function selectPanelV2(
  seedHex: string,
  pool: EligibleListsV2,
  size: number,
  reserves: number,
  mac?: HmacSha256,
): Selection {
  if (!isWhole(size, 1) || !isWhole(reserves, 0)) {
    throw new RangeError('size is a whole number ≥ 1 and reserves a whole number ≥ 0');
  }
  const { eligible, canLead } = pool;
  const needed = size + reserves;
  if (eligible.length < needed)
    return { ok: false, problem: 'pool-too-small', needed, available: eligible.length };
  if (canLead.length === 0) return { ok: false, problem: 'no-leader' };

  const stream = drawStream(seedHex, DRAW_LABEL_V2, mac);
  const leader = canLead[randomBelow(stream, canLead.length)] as string;
  const at = indexInSorted(eligible, leader);
  if (at === -1) throw new RangeError(`the leader ${leader} is not in the eligible list`);
  // M[m] = P[m] before the leader's place, P[m + 1] from it on.
  const ids = partialShuffle(eligible.length - 1, needed - 1, stream).map(
    (m) => eligible[m < at ? m : m + 1] as string,
  );
  return {
    ok: true,
    outcome: { leader, members: ids.slice(0, size - 1), reserves: ids.slice(size - 1) },
    bytesConsumed: stream.bytesConsumed,
  };
}

/** The programme's panel numbers the draw enforces (Art. 7). */
export interface PanelBounds {
  panelSizeMin: number;
  panelSizeMax: number;
}

export function panelBoundsOf(parameters: ProgrammeParameters): PanelBounds & { leadersPerPanel: number } {
  return {
    panelSizeMin: parameters.panelSizeMin.value,
    panelSizeMax: parameters.panelSizeMax.value,
    leadersPerPanel: parameters.leadersPerPanel.value,
  };
}

function isV2(pool: DrawPanelInput['pool']): pool is EligibleListsV2 {
  return !Array.isArray(pool);
}

export interface DrawPanelInput {
  seedHex: string;
  /**
   * The frozen pool: v1's eligible experts (any order; the draw sorts them), or v2's lists, which
   * select algorithm v2.
   */
  pool: readonly EligibleExpert[] | EligibleListsV2;
  /** Evaluators, the leader included. */
  size: number;
  /** Team leaders per panel: algorithm v1 draws exactly one (组长负责制). */
  leaders: number;
  reserves: number;
  bounds: PanelBounds;
  /** The panel's industry group as people call it, e.g. { zh: '制造业', en: 'Manufacturing' }. */
  industryLabel: LocalizedText;
  /** HMAC-SHA-256 for the DRBG (v2), when a faster one than the portable default is at hand. */
  mac?: HmacSha256;
}

export type DrawRefusal =
  | {
      ok: false;
      problem: 'size-out-of-bounds';
      size: number;
      min: number;
      max: number;
      clause: ArticleRef;
      message: LocalizedText;
    }
  | {
      ok: false;
      problem: 'pool-too-small';
      needed: number;
      available: number;
      shortfall: number;
      clause: ArticleRef;
      message: LocalizedText;
    }
  | { ok: false; problem: 'no-leader'; clause: ArticleRef; message: LocalizedText };

export type DrawResult = ({ ok: true; bytesConsumed: number } & DrawOutcome) | DrawRefusal;

/**
 * Draws a panel: one leader, size − 1 members and the ordered reserves, or says why not — with the
 * industry group and the shortfall, citing Art. 7. A refusal draws nothing.
 */
export function drawPanel(input: DrawPanelInput): DrawResult {
  if (input.leaders !== 1) {
    throw new RangeError(`draw algorithm ${DRAW_ALGORITHM} draws exactly one team leader per panel`);
  }
  const { size, reserves, industryLabel: label } = input;
  const { panelSizeMin: min, panelSizeMax: max } = input.bounds;
  const art = articleLabel(ART_7);
  if (!Number.isInteger(size) || size < min || size > max) {
    return {
      ok: false,
      problem: 'size-out-of-bounds',
      size,
      min,
      max,
      clause: ART_7,
      message: {
        zh: `“${label.zh}”评审组的人数须为 ${min}–${max} 名（${art.zh}），当前计划为 ${size} 名。`,
        en: `The ${label.en} panel must have ${min}–${max} evaluators (${art.en}); the plan has ${size}.`,
      },
    };
  }
  const selection = isV2(input.pool)
    ? selectPanelV2(input.seedHex, input.pool, size, reserves, input.mac)
    : selectPanel(input.seedHex, input.pool, size, reserves);
  if (selection.ok) return { ok: true, bytesConsumed: selection.bytesConsumed, ...selection.outcome };
  if (selection.problem === 'pool-too-small') {
    const { needed, available } = selection;
    const shortfall = needed - available;
    return {
      ok: false,
      problem: 'pool-too-small',
      needed,
      available,
      shortfall,
      clause: ART_7,
      message: {
        zh: `“${label.zh}”评审组在排除回避、停用、不能参加等情形后仅有 ${available} 名可抽取专家，需要 ${needed} 名（评审员 ${size} 名、备选 ${reserves} 名），缺 ${shortfall} 名；本次未抽取（${art.zh}）。`,
        en: `The ${label.en} panel has ${available} eligible experts after exclusions but needs ${needed} (${size} evaluators and ${reserves} reserves): ${shortfall} short. Nothing was drawn (${art.en}).`,
      },
    };
  }
  return {
    ok: false,
    problem: 'no-leader',
    clause: ART_7,
    message: {
      zh: `“${label.zh}”评审组的可抽取专家中没有具备组长资格的专家，无法实行组长负责制；本次未抽取（${art.zh}）。`,
      en: `No eligible expert of the ${label.en} panel is qualified to lead it, and each panel works under a team leader; nothing was drawn (${art.en}).`,
    },
  };
}

/**
 * What a stored pool document draws with: its algorithm's seed label and its pool (v2's two
 * lists, v1's eligible entries), and who in it may lead (for filling a leader's seat).
 */
export function drawInputsOf(document: unknown): {
  label: typeof DRAW_LABEL | typeof DRAW_LABEL_V2;
  pool: DrawPanelInput['pool'];
  leaders: ReadonlySet<string>;
} {
  const d = document as Partial<PoolDocumentV2> & { eligible?: unknown };
  if (d.format === POOL_FORMAT_V2) {
    const pool = { eligible: d.eligible ?? [], canLead: d.canLead ?? [] };
    return { label: DRAW_LABEL_V2, pool, leaders: new Set(pool.canLead) };
  }
  const eligible = (d.eligible ?? []) as unknown as EligibleExpert[];
  return {
    label: DRAW_LABEL,
    pool: eligible,
    leaders: new Set(eligible.filter((e) => e.canLead).map((e) => e.expertId)),
  };
}
