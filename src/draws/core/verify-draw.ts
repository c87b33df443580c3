import type { LocalizedText } from '../../platform/i18n/localized.js';
import type { DrawOutcome } from './draw.js';
import type { Selection } from './draw.js';
import { selectPanel, selectPanelV2 } from './draw.js';
import {
  checkPublicValue,
  checkReveal,
  commitToSecret,
  DRAW_LABEL,
  DRAW_LABEL_V2,
  drawSeed,
} from './draw-seed.js';
import type { PoolDocument } from './eligible-pool.js';
import { checkPoolDocument, poolHash } from './eligible-pool.js';
import type { HmacSha256 } from './hmac-drbg.js';
import type { Sha256Hex } from './pool-v2.js';
import { checkExclusions, POOL_FORMAT_V2 } from './pool-v2.js';
import { checkAndHashPoolDocumentV2 } from './pool-hash-v2.js';
import { sha256Hex } from '../../platform/kernel/canonical-json.js';

/**
 * Verifies a draw from what was published, and nothing else: the pool document, its hash, the
 * commitment, the public value, the revealed secret, the size and reserves, and the recorded
 * outcome. Steps, in order; the first that fails is reported with what differs:
 *
 * 1. `pool-hash` — SHA-256 of the canonical pool document equals the published pool hash;
 * 2. `pool-document` — the document is well formed (sorted, no repeats, a valid plan);
 * 3. `commitment` — SHA-256 of the revealed secret equals the commitment;
 * 4. `seed` — the public value is well formed, and the seed recomputed from secret, public value
 *    and pool hash equals the recorded seed (when one was recorded);
 * 5. `plan` — the published size and reserves are those the pool document fixed before the draw;
 * 6. `exclusions` — (v2, when the kept exclusions document is given: the Office and the auditor)
 *    it is the one the pool document commits to, and disjoint from the eligible list;
 * 7. `outcome` — the draw recomputed from the seed and the eligible list gives the recorded leader,
 *    members and reserves, position by position.
 *
 * The algorithm follows the document's `format`: `quality-award-draw/pool/v1` documents are
 * verified by algorithm v1, `…/pool/v2` by v2 (docs/draw-algorithm.md).
 */

export interface PublishedDraw {
  /** As stored or downloaded: checked, never trusted. */
  poolDocument: unknown;
  poolHash: string;
  commitment: string;
  publicValue: string;
  secret: string;
  /** The seed as recorded at the draw, if it was. */
  seed?: string;
  size: number;
  reserves: number;
  outcome: DrawOutcome;
  /** v2: the exclusions document kept for the Office and the auditor, when the verifier has it. */
  exclusions?: unknown;
}

export type VerifyStep =
  'pool-hash' | 'pool-document' | 'commitment' | 'seed' | 'plan' | 'exclusions' | 'outcome';

export interface OutcomeDifference {
  /** 'leader', 'member #3', 'reserve #1' (1-based; members exclude the leader). */
  position: string;
  expected: string | null;
  recorded: string | null;
}

export type DrawVerdict =
  | { ok: true; seed: string; outcome: DrawOutcome }
  | {
      ok: false;
      step: VerifyStep;
      detail: LocalizedText;
      expected?: string;
      actual?: string;
      differences?: OutcomeDifference[];
    };

/** At most this many differences are spelled out in the detail text (all are in `differences`). */
const DETAIL_LIMIT = 10;

function positionLabel(position: string): LocalizedText {
  if (position === 'leader') return { zh: '组长', en: 'leader' };
  const [kind, n] = position.split(' #');
  return kind === 'member'
    ? { zh: `第 ${n} 名评审员`, en: position }
    : { zh: `第 ${n} 名备选`, en: position };
}

function compareOutcome(expected: DrawOutcome, recorded: DrawOutcome): OutcomeDifference[] {
  const differences: OutcomeDifference[] = [];
  const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
  const idOrNull = (value: unknown): string | null => (typeof value === 'string' ? value : null);
  if (expected.leader !== recorded.leader) {
    differences.push({ position: 'leader', expected: expected.leader, recorded: idOrNull(recorded.leader) });
  }
  for (const [kind, want, got] of [
    ['member', expected.members, asList(recorded.members)],
    ['reserve', expected.reserves, asList(recorded.reserves)],
  ] as const) {
    for (let i = 0; i < Math.max(want.length, got.length); i++) {
      const e = want[i] ?? null;
      const r = idOrNull(got[i]);
      if (e !== r || (i >= want.length && got[i] !== undefined)) {
        differences.push({ position: `${kind} #${i + 1}`, expected: e, recorded: r });
      }
    }
  }
  return differences;
}

function describe(differences: OutcomeDifference[]): LocalizedText {
  const shown = differences.slice(0, DETAIL_LIMIT);
  const more = differences.length - shown.length;
  const zh = shown
    .map(
      (d) =>
        `${positionLabel(d.position).zh}：应为 ${d.expected ?? '（无）'}，记录为 ${d.recorded ?? '（无）'}`,
    )
    .join('；');
  const en = shown
    .map((d) => `${d.position}: expected ${d.expected ?? '(none)'}, recorded ${d.recorded ?? '(none)'}`)
    .join('; ');
  return {
    zh: `重新计算的抽取结果与记录不符——${zh}${more > 0 ? `；另有 ${more} 处不符` : ''}。`,
    en: `The recomputed draw differs from the record — ${en}${more > 0 ? `; and ${more} more` : ''}.`,
  };
}

function isV2Document(value: unknown): boolean {
  return (
    typeof value === 'object' && value !== null && (value as { format?: unknown }).format === POOL_FORMAT_V2
  );
}

/**
 * Verifies a draw of either version. `sha256` hashes the documents (node:crypto's on a server or
 * in the CLI; the kernel's, which runs in browsers too, by default).
 */
export function verifyDraw(
  published: PublishedDraw,
  sha256: Sha256Hex = sha256Hex,
  mac?: HmacSha256,
): DrawVerdict {
  const document = published.poolDocument;
  const v2 = isV2Document(document);
  // v2: the document is checked and hashed in one pass over its lists (`pool-hash-v2.ts`); a
  // hash mismatch is still reported first.
  const { checked, poolHash: actualPoolHash } = v2
    ? checkAndHashPoolDocumentV2(document, sha256)
    : { checked: checkPoolDocument(document), poolHash: poolHash(document as PoolDocument) };
  if (actualPoolHash !== published.poolHash) {
    return {
      ok: false,
      step: 'pool-hash',
      detail: {
        zh: `专家池文件的 SHA-256 为 ${actualPoolHash}，与公布的 ${published.poolHash} 不符：文件在公布后被改动过。`,
        en: `The pool document's SHA-256 is ${actualPoolHash}, not the published ${published.poolHash}: the document was changed after publication.`,
      },
      expected: published.poolHash,
      actual: actualPoolHash,
    };
  }
  if (!checked.ok) return { ok: false, step: 'pool-document', detail: checked.problem };

  const reveal = checkReveal(published.commitment, published.secret);
  if (!reveal.ok) {
    return {
      ok: false,
      step: 'commitment',
      detail: reveal.message,
      expected: published.commitment,
      ...(reveal.problem === 'mismatch' ? { actual: commitToSecret(published.secret) } : {}),
    };
  }

  const publicValue = checkPublicValue(published.publicValue);
  if (!publicValue.ok) {
    return {
      ok: false,
      step: 'seed',
      detail: {
        zh: `记录的公开值无效：${publicValue.message.zh}`,
        en: `The recorded public value is invalid: ${publicValue.message.en}`,
      },
    };
  }
  const seed = drawSeed(
    published.secret,
    publicValue.value,
    published.poolHash,
    v2 ? DRAW_LABEL_V2 : DRAW_LABEL,
  );
  if (published.seed !== undefined && published.seed !== seed) {
    return {
      ok: false,
      step: 'seed',
      detail: {
        zh: `由密钥、公开值和专家池哈希重新计算的种子为 ${seed}，记录为 ${published.seed}。`,
        en: `The seed recomputed from the secret, the public value and the pool hash is ${seed}; the record says ${published.seed}.`,
      },
      expected: seed,
      actual: published.seed,
    };
  }

  const plan = checked.document.plan;
  if (plan.size !== published.size || plan.reserves !== published.reserves) {
    return {
      ok: false,
      step: 'plan',
      detail: {
        zh: `专家池文件在抽取前确定的是评审员 ${plan.size} 名、备选 ${plan.reserves} 名，记录为评审员 ${published.size} 名、备选 ${published.reserves} 名。`,
        en: `The pool document fixed ${plan.size} evaluators and ${plan.reserves} reserves before the draw; the record says ${published.size} and ${published.reserves}.`,
      },
      expected: `${plan.size}+${plan.reserves}`,
      actual: `${published.size}+${published.reserves}`,
    };
  }

  if (published.exclusions !== undefined) {
    if (!('canLead' in checked.document)) {
      return {
        ok: false,
        step: 'exclusions',
        detail: {
          zh: 'v1 专家池文件本身公布排除名单，无需另行核对。',
          en: 'A v1 pool document publishes its excluded list itself; there is no separate one to check.',
        },
      };
    }
    const kept = checkExclusions(checked.document, published.exclusions, sha256);
    if (!kept.ok) return { ok: false, step: 'exclusions', detail: kept.problem };
  }

  const selection: Selection =
    'canLead' in checked.document
      ? selectPanelV2(seed, checked.document, plan.size, plan.reserves, mac)
      : selectPanel(seed, checked.document.eligible, plan.size, plan.reserves);
  if (!selection.ok) {
    const why: LocalizedText =
      selection.problem === 'no-leader'
        ? { zh: '可抽取名单中没有具备组长资格的专家', en: 'no eligible expert may lead' }
        : {
            zh: `可抽取名单只有 ${selection.available} 名，需要 ${selection.needed} 名`,
            en: `the eligible list has ${selection.available} experts and ${selection.needed} are needed`,
          };
    return {
      ok: false,
      step: 'outcome',
      detail: {
        zh: `按公布的专家池无法抽出记录的评审组：${why.zh}。`,
        en: `The published pool cannot yield the recorded panel: ${why.en}.`,
      },
    };
  }
  const differences = compareOutcome(selection.outcome, published.outcome);
  const first = differences[0];
  if (first) {
    return {
      ok: false,
      step: 'outcome',
      detail: describe(differences),
      ...(first.expected !== null ? { expected: first.expected } : {}),
      ...(first.recorded !== null ? { actual: first.recorded } : {}),
      differences,
    };
  }
  return { ok: true, seed, outcome: selection.outcome };
}
