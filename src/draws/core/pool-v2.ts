import { canonicalJson, sha256Hex } from '../../platform/kernel/canonical-json.js';
import { isIsoDate } from '../../platform/kernel/time.js';
import type { ConflictLink } from '../../experts/core/conflicts.js';
import { isConflictKind } from '../../experts/core/conflicts.js';
import type { ExpertStatus } from '../../experts/core/expert.js';
import type { IndustrySection } from '../../organisations/core/organisation.js';
import { INDUSTRY_SECTIONS } from '../../organisations/core/organisation.js';
import type { LocalizedText } from '../../platform/i18n/localized.js';
import type { Availability, ExcludedExpert, PanelPlan } from './eligible-pool.js';
import { compareIds } from './eligible-pool.js';
import { EXCLUSION_CODES, type ExclusionReason } from './exclusions.js';
import { isLowerHex } from './hex.js';

/**
 * The frozen pool of algorithm `quality-award-draw/v2` (docs/draw-algorithm.md §1). Two documents:
 *
 * - the **pool document**, published and hashed into the seed: what recomputing the draw needs —
 *   the panel and draw sequence, the programme's panel size bounds, the plan, the eligible expert
 *   codes and those of them who may lead — and the SHA-256 of the exclusions document;
 * - the **exclusions document**, kept for the Office and the auditor: the panel's organisations
 *   and every excluded expert with every reason (conflicts name organisations and their kind).
 *
 * The rules are those of v1 (`eligible-pool.ts`); the experts come in as columns, one entry per
 * candidate of the panel's industry group, as one SQL statement gives them (no object per expert).
 */

export const POOL_FORMAT_V2 = 'quality-award-draw/pool/v2';
export const EXCLUSIONS_FORMAT_V2 = 'quality-award-draw/exclusions/v2';

/** The programme's rule for a valid plan (Art. 7): its id and panel size bounds, leader included. */
export interface ProgrammeBoundsV2 {
  id: string;
  panelSizeMin: number;
  panelSizeMax: number;
}

export interface PoolDocumentV2 {
  format: typeof POOL_FORMAT_V2;
  panelId: string;
  /** 1 for the panel's first freeze, 2 for its first redraw, … */
  sequence: number;
  programme: ProgrammeBoundsV2;
  /** Sorted, without repeats. */
  industrySections: IndustrySection[];
  /** YYYY-MM-DD, Beijing time: the date qualifications must be valid on. */
  asOf: string;
  plan: PanelPlan;
  /** Eligible expert codes, sorted, without repeats. */
  eligible: string[];
  /** The eligible experts who may lead, sorted, a subset of `eligible`. */
  canLead: string[];
  /** The exclusions document, committed: how many it lists and its SHA-256. */
  excluded: { count: number; sha256: string };
}

export interface ExclusionsDocumentV2 {
  format: typeof EXCLUSIONS_FORMAT_V2;
  panelId: string;
  sequence: number;
  /** The organisations of the applications the panel reviews, sorted. */
  organisationIds: string[];
  /** Sorted by expert id. */
  excluded: ExcludedExpert[];
}

/** One entry per candidate, all arrays of the same length, sorted by `ids` (ascending). */
export interface CandidateColumns {
  ids: readonly string[];
  status: readonly ExpertStatus[];
  canLead: readonly boolean[];
  availability: readonly Availability[];
  /** How many qualifications the expert has recorded. */
  qualificationCount: readonly number[];
  /** The latest expiry of them; null when there are none or one never expires. */
  latestExpiry: readonly (string | null)[];
}

export interface FreezeV2Input {
  panelId: string;
  sequence: number;
  programme: ProgrammeBoundsV2;
  industrySections: readonly IndustrySection[];
  organisationIds: readonly string[];
  asOf: string;
  plan: { size: number; reserves: number };
  candidates: CandidateColumns;
  /** Confirmed conflicts of candidates with the panel's organisations (others are ignored). */
  conflicts: readonly ConflictLink[];
}

export interface FrozenV2 {
  document: PoolDocumentV2;
  /** `canonicalJson(document)`: what is hashed, stored and published. */
  documentJson: string;
  poolHash: string;
  exclusions: ExclusionsDocumentV2;
  exclusionsJson: string;
}

/** A SHA-256 of a string's UTF-8 bytes, lower-case hex (node:crypto's is ten times noble's). */
export type Sha256Hex = (text: string) => string;

const sortedUnique = <T extends string>(values: Iterable<T>): T[] => [...new Set(values)].sort(compareIds);
const isWhole = (value: unknown, min: number): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= min;

/**
 * Freezes the pool (rules of `eligible-pool.ts`, industry-mismatch aside: the candidates are the
 * experts of the panel's group) and writes both documents once, hashing each once. Throws a
 * RangeError on a programming error: a bad date, plan or bounds, columns of different lengths,
 * ids not strictly ascending.
 */
export function freezePoolV2(input: FreezeV2Input, sha256: Sha256Hex = sha256Hex): FrozenV2 {
  const { candidates: c, asOf } = input;
  if (!isIsoDate(asOf)) throw new RangeError('asOf must be an ISO date (YYYY-MM-DD)');
  if (input.industrySections.length === 0) throw new RangeError('a panel covers at least one section');
  if (!isWhole(input.sequence, 1)) throw new RangeError('the sequence is a whole number ≥ 1');
  const plan: PanelPlan = { size: input.plan.size, leaders: 1, reserves: input.plan.reserves };
  const programme = { ...input.programme };
  if (planProblem(plan, programme) !== null) throw new RangeError('the plan is not valid for the programme');
  const n = c.ids.length;
  for (const column of [c.status, c.canLead, c.availability, c.qualificationCount, c.latestExpiry]) {
    if (column.length !== n) throw new RangeError('candidate columns differ in length');
  }
  const organisations = new Set(input.organisationIds);
  const conflictsOf = new Map<string, ConflictLink[]>();
  for (const link of input.conflicts) {
    if (!organisations.has(link.organisationId)) continue;
    const list = conflictsOf.get(link.expertId);
    if (list) list.push(link);
    else conflictsOf.set(link.expertId, [link]);
  }

  const eligible: string[] = [];
  const canLead: string[] = [];
  const excluded: ExcludedExpert[] = [];
  for (let i = 0; i < n; i++) {
    const id = c.ids[i] as string;
    if (i > 0 && !((c.ids[i - 1] as string) < id)) throw new RangeError('candidate ids are not ascending');
    const status = c.status[i];
    const disqualified = status === 'disqualified';
    const suspended = status === 'suspended';
    const unavailable = c.availability[i] === 'unavailable';
    const latest = c.latestExpiry[i] ?? null;
    const expired = (c.qualificationCount[i] ?? 0) > 0 && latest !== null && latest < asOf;
    const own = conflictsOf.get(id);
    if (!disqualified && !suspended && !unavailable && !expired && own === undefined) {
      eligible.push(id);
      if (c.canLead[i]) canLead.push(id);
      continue;
    }
    const reasons: ExclusionReason[] = [];
    if (disqualified) reasons.push({ code: 'disqualified' });
    if (suspended) reasons.push({ code: 'status-suspended' });
    if (unavailable) reasons.push({ code: 'unavailable' });
    if (expired) reasons.push({ code: 'no-valid-qualification' });
    if (own) {
      const seen = new Set<string>();
      own.sort((a, b) => compareIds(a.organisationId, b.organisationId) || compareIds(a.kind, b.kind));
      for (const link of own) {
        const key = `${link.organisationId} ${link.kind}`;
        if (seen.has(key)) continue;
        seen.add(key);
        reasons.push({ code: 'conflict', organisationId: link.organisationId, kind: link.kind });
      }
    }
    excluded.push({ expertId: id, reasons });
  }

  const exclusions: ExclusionsDocumentV2 = {
    format: EXCLUSIONS_FORMAT_V2,
    panelId: input.panelId,
    sequence: input.sequence,
    organisationIds: sortedUnique(input.organisationIds),
    excluded,
  };
  const exclusionsJson = canonicalJson(exclusions);
  const document: PoolDocumentV2 = {
    format: POOL_FORMAT_V2,
    panelId: input.panelId,
    sequence: input.sequence,
    programme,
    industrySections: sortedUnique(input.industrySections),
    asOf,
    plan,
    eligible,
    canLead,
    excluded: { count: excluded.length, sha256: sha256(exclusionsJson) },
  };
  const documentJson = canonicalPoolJsonV2(document);
  return { document, documentJson, poolHash: sha256(documentJson), exclusions, exclusionsJson };
}

/** The pool hash of a v2 document: SHA-256 of its canonical JSON. */
export function poolHashV2(document: unknown, sha256: Sha256Hex = sha256Hex): string {
  return sha256(canonicalPoolJsonV2(document));
}

function isPlain(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** A plain object whose enumerable keys are exactly `keys`, none undefined. */
function hasExactly(value: unknown, keys: readonly string[]): value is Record<string, unknown> {
  if (!isPlain(value)) return false;
  let count = 0;
  for (const _key in value) count++;
  if (count !== keys.length) return false;
  return keys.every(
    (key) => Object.prototype.propertyIsEnumerable.call(value, key) && value[key] !== undefined,
  );
}

const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((v) => typeof v === 'string');
const isSafeWhole = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;

const TOP_KEYS = [
  'asOf',
  'canLead',
  'eligible',
  'excluded',
  'format',
  'industrySections',
  'panelId',
  'plan',
  'programme',
  'sequence',
];

/**
 * Exactly `canonicalJson(document)`, written directly — the two long lists of strings by one
 * `JSON.stringify` each — when the document has the published shape, and by `canonicalJson`
 * itself for anything else, so an altered document hashes as the definition says.
 */
export function canonicalPoolJsonV2(document: unknown, listsChecked = false): string {
  const frame = canonicalFrameV2(document, listsChecked);
  if (frame === null) return canonicalJson(document);
  const { eligible, canLead } = document as { eligible: string[]; canLead: string[] };
  const s = JSON.stringify;
  return `${frame[0]}${s(canLead)}${frame[1]}${s(eligible)}${frame[2]}`;
}

/**
 * The canonical JSON of a document of the published shape around its two long lists — the text
 * before `canLead`, between `canLead` and `eligible`, and after `eligible` — or null when the
 * document has another shape (its canonical JSON is then `canonicalJson`'s). `listsChecked`: the
 * caller knows every entry of `eligible`, `canLead` and `industrySections` to be a string
 * (`checkPoolDocumentV2` passed, or `headerProblemV2` did and the caller walks the two lists).
 */
export function canonicalFrameV2(
  document: unknown,
  listsChecked = false,
): readonly [string, string, string] | null {
  const d = document;
  if (!hasExactly(d, TOP_KEYS)) return null;
  const { plan, programme, excluded } = d;
  if (
    !hasExactly(plan, ['leaders', 'reserves', 'size']) ||
    !hasExactly(programme, ['id', 'panelSizeMax', 'panelSizeMin']) ||
    !hasExactly(excluded, ['count', 'sha256']) ||
    ![plan.leaders, plan.reserves, plan.size, programme.panelSizeMax, programme.panelSizeMin].every(
      isSafeWhole,
    ) ||
    !isSafeWhole(excluded.count) ||
    !isSafeWhole(d.sequence) ||
    typeof excluded.sha256 !== 'string' ||
    typeof programme.id !== 'string' ||
    typeof d.asOf !== 'string' ||
    typeof d.format !== 'string' ||
    typeof d.panelId !== 'string' ||
    !(listsChecked || isStringArray(d.eligible)) ||
    !(listsChecked || isStringArray(d.canLead)) ||
    !(listsChecked || isStringArray(d.industrySections))
  ) {
    return null;
  }
  const s = JSON.stringify;
  return [
    `{"asOf":${s(d.asOf)},"canLead":`,
    ',"eligible":',
    `,"excluded":{"count":${excluded.count},"sha256":${s(excluded.sha256)}},"format":${s(d.format)},` +
      `"industrySections":${s(d.industrySections)},"panelId":${s(d.panelId)},` +
      `"plan":{"leaders":${plan.leaders},"reserves":${plan.reserves},"size":${plan.size}},` +
      `"programme":{"id":${s(programme.id)},"panelSizeMax":${programme.panelSizeMax},"panelSizeMin":${programme.panelSizeMin}},` +
      `"sequence":${d.sequence}}`,
  ];
}

/**
 * What is wrong with a plan for a programme, or null (§1 "A valid plan"): bounds whole numbers
 * with 1 ≤ min ≤ max; exactly one leader; a size (leader included) within the bounds; whole
 * reserves ≥ 0.
 */
export function planProblem(plan: unknown, programme: unknown): LocalizedText | null {
  if (
    !isPlain(programme) ||
    typeof programme.id !== 'string' ||
    programme.id.length === 0 ||
    !isWhole(programme.panelSizeMin, 1) ||
    !isWhole(programme.panelSizeMax, 1) ||
    programme.panelSizeMin > programme.panelSizeMax
  ) {
    return {
      zh: '专家池文件的评审办法或人数范围无效。',
      en: 'The programme or its panel size bounds are invalid.',
    };
  }
  if (!isPlain(plan) || plan.leaders !== 1 || !isWhole(plan.size, 1) || !isWhole(plan.reserves, 0)) {
    return {
      zh: '抽取计划须为组长 1 名、评审员人数和备选人数为整数。',
      en: 'A plan has exactly 1 leader and whole numbers of evaluators and reserves.',
    };
  }
  if (plan.size < programme.panelSizeMin || plan.size > programme.panelSizeMax) {
    return {
      zh: `评审组人数须为 ${programme.panelSizeMin}–${programme.panelSizeMax} 名（含组长），计划为 ${plan.size} 名。`,
      en: `A panel has ${programme.panelSizeMin}–${programme.panelSizeMax} evaluators (leader included); the plan has ${plan.size}.`,
    };
  }
  return null;
}

export type PoolDocumentV2Check =
  { ok: true; document: PoolDocumentV2 } | { ok: false; problem: LocalizedText };

const SECTION_SET = new Set<string>(INDUSTRY_SECTIONS);

/** Where a list of strings is not strictly ascending (or has an empty one), or -1. */
function firstUnsorted(list: readonly unknown[]): number {
  for (let i = 0; i < list.length; i++) {
    const v = list[i];
    if (typeof v !== 'string' || v.length === 0) return i;
    if (i > 0 && !((list[i - 1] as string) < v)) return i;
  }
  return -1;
}

/**
 * What is wrong with a v2 pool document apart from its `eligible` and `canLead` lists, or null:
 * format, panel and sequence, date, sections, plan and the commitment to the excluded list.
 */
export function headerProblemV2(value: unknown): { ok: false; problem: LocalizedText } | null {
  const fail = (zh: string, en: string) => ({ ok: false as const, problem: { zh, en } });
  if (!isPlain(value) || value.format !== POOL_FORMAT_V2) {
    return fail(`不是 ${POOL_FORMAT_V2} 格式的专家池文件。`, `Not a ${POOL_FORMAT_V2} pool document.`);
  }
  if (typeof value.panelId !== 'string' || value.panelId.length === 0 || !isWhole(value.sequence, 1)) {
    return fail(
      '专家池文件缺少评审组编号或抽取序号。',
      'The pool document lacks its panel id or draw sequence.',
    );
  }
  if (typeof value.asOf !== 'string' || !isIsoDate(value.asOf)) {
    return fail('专家池文件的日期无效。', 'The pool document’s date is invalid.');
  }
  const sections = value.industrySections;
  if (
    !Array.isArray(sections) ||
    sections.length === 0 ||
    firstUnsorted(sections) !== -1 ||
    !sections.every((s) => SECTION_SET.has(s as string))
  ) {
    return fail(
      '专家池文件的行业门类无效或未排序。',
      'The pool document’s industry sections are invalid or unsorted.',
    );
  }
  const plan = planProblem(value.plan, value.programme);
  if (plan) return { ok: false, problem: plan };
  const excluded = value.excluded;
  if (
    !isPlain(excluded) ||
    !isWhole(excluded.count, 0) ||
    typeof excluded.sha256 !== 'string' ||
    excluded.sha256.length !== 64 ||
    !isLowerHex(excluded.sha256)
  ) {
    return fail(
      '专家池文件的排除名单摘要无效。',
      'The pool document’s commitment to the excluded list is invalid.',
    );
  }
  return null;
}

/** Checks a v2 pool document read from a record or a file (anything may have been altered). */
export function checkPoolDocumentV2(value: unknown): PoolDocumentV2Check {
  const fail = (zh: string, en: string): PoolDocumentV2Check => ({ ok: false, problem: { zh, en } });
  const header = headerProblemV2(value);
  if (header) return header;
  // A plain object: headerProblemV2 has checked it.
  const { eligible, canLead } = value as Record<string, unknown>;
  if (!Array.isArray(eligible) || !Array.isArray(canLead)) {
    return fail('专家池文件缺少可抽取名单。', 'The pool document has no eligible list.');
  }
  // One walk over the eligible list: sorted without repeats (each entry compared once, with the
  // one before it), and meeting every canLead entry in turn. Both sorted, canLead ⊆ eligible
  // exactly when the walk meets them all; and a list met in turn in a strictly ascending one is
  // strictly ascending itself, so canLead's own order is only walked when the walk falls short.
  const n = eligible.length;
  const leads = canLead.length;
  let k = 0;
  let next: unknown = canLead[0];
  let previous = '';
  for (let i = 0; i < n; i++) {
    const v: unknown = eligible[i];
    if (typeof v !== 'string' || !(previous < v)) {
      return fail(
        `eligible 名单第 ${i + 1} 项无效、未排序或重复。`,
        `Entry #${i + 1} of the eligible list is invalid, unsorted or repeated.`,
      );
    }
    if (v === next) next = canLead[++k];
    previous = v;
  }
  if (k !== leads) {
    const atLead = firstUnsorted(canLead);
    if (atLead !== -1) {
      return fail(
        `canLead 名单第 ${atLead + 1} 项无效、未排序或重复。`,
        `Entry #${atLead + 1} of the canLead list is invalid, unsorted or repeated.`,
      );
    }
    const id = canLead[k] as string;
    return fail(
      `具备组长资格的“${id}”不在可抽取名单中。`,
      `"${id}" may lead but is not in the eligible list.`,
    );
  }
  return { ok: true, document: value as unknown as PoolDocumentV2 };
}

export type ExclusionsCheck = { ok: true } | { ok: false; problem: LocalizedText };

const EXCLUSION_SET = new Set<string>(EXCLUSION_CODES);

/**
 * The auditor's check of the kept exclusions document against a published pool document: its
 * SHA-256 and count are those committed, it names the same panel and sequence, its lists are
 * sorted and well formed, and nobody in it is also eligible.
 */
export function checkExclusions(
  pool: PoolDocumentV2,
  exclusions: unknown,
  sha256: Sha256Hex = sha256Hex,
): ExclusionsCheck {
  const fail = (zh: string, en: string): ExclusionsCheck => ({ ok: false, problem: { zh, en } });
  const actual = sha256(canonicalJson(exclusions));
  if (actual !== pool.excluded.sha256) {
    return fail(
      `排除名单的 SHA-256 为 ${actual}，与专家池文件记录的 ${pool.excluded.sha256} 不符。`,
      `The excluded list's SHA-256 is ${actual}, not the ${pool.excluded.sha256} the pool document commits to.`,
    );
  }
  if (
    !hasExactly(exclusions, ['excluded', 'format', 'organisationIds', 'panelId', 'sequence']) ||
    exclusions.format !== EXCLUSIONS_FORMAT_V2 ||
    exclusions.panelId !== pool.panelId ||
    exclusions.sequence !== pool.sequence ||
    !Array.isArray(exclusions.organisationIds) ||
    firstUnsorted(exclusions.organisationIds) !== -1 ||
    !Array.isArray(exclusions.excluded) ||
    exclusions.excluded.length !== pool.excluded.count
  ) {
    return fail('排除名单与专家池文件不对应。', 'The excluded list does not belong to this pool document.');
  }
  const eligible = new Set(pool.eligible);
  let previous = '';
  for (const entry of exclusions.excluded as unknown[]) {
    const ok =
      isPlain(entry) &&
      typeof entry.expertId === 'string' &&
      entry.expertId > previous &&
      Array.isArray(entry.reasons) &&
      entry.reasons.length > 0 &&
      entry.reasons.every(
        (r: unknown) =>
          isPlain(r) &&
          typeof r.code === 'string' &&
          EXCLUSION_SET.has(r.code) &&
          (r.code !== 'conflict' ||
            (typeof r.organisationId === 'string' && typeof r.kind === 'string' && isConflictKind(r.kind))),
      );
    if (!ok) return fail('排除名单格式无效或未排序。', 'The excluded list is malformed or unsorted.');
    const id = entry.expertId as string;
    if (eligible.has(id))
      return fail(`专家“${id}”同时可抽取又被排除。`, `Expert "${id}" is both eligible and excluded.`);
    previous = id;
  }
  return { ok: true };
}
