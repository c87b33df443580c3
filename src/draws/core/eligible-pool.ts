import { canonicalJson, sha256Hex } from '../../platform/kernel/canonical-json.js';
import { isIsoDate } from '../../platform/kernel/time.js';
import type { ConflictLink } from '../../experts/core/conflicts.js';
import { isConflictKind } from '../../experts/core/conflicts.js';
import type { ExpertStatus } from '../../experts/core/expert.js';
import type { IndustrySection } from '../../organisations/core/organisation.js';
import { INDUSTRY_SECTIONS } from '../../organisations/core/organisation.js';
import type { LocalizedText } from '../../platform/i18n/localized.js';

/**
 * Freezing a panel's eligible pool (Art. 7): before the draw, every candidate expert is either
 * eligible (with whether they may lead) or excluded with every reason that applies. The frozen
 * pool is published as a canonical JSON document whose SHA-256 goes into the draw's seed, so
 * nobody can change who was in the pool after the commitment.
 *
 * Rules, for the panel's industry group, its applicants' organisations and the date `asOf`:
 * - `disqualified` — status 'disqualified' or the disqualified flag (Art. 26: never drawn again);
 * - `status-suspended` — status 'suspended';
 * - `unavailable` — declared unavailable for the cycle. 'unknown' availability does NOT exclude:
 *   the expert is asked on invitation and may decline, which the ordered reserves cover;
 * - `industry-mismatch` — no industry section in common with the panel's group;
 * - `no-valid-qualification` — the expert has qualifications recorded and every one expired before
 *   `asOf` (an expiry date equal to `asOf` is still valid). An expert with no qualification recorded
 *   is not excluded: Art. 5 and 7 draw on scholars, industry people and officials, not only
 *   certificate holders; a lapsed certificate, on the other hand, means the basis on which the
 *   expert was admitted has expired;
 * - `conflict` — a confirmed conflict of interest (回避) with an organisation whose application the
 *   panel reviews, one reason per (organisation, kind).
 *
 * Which experts the document lists is up to the caller: the platform passes the experts sharing a
 * section with the panel's group (`candidatesForSections`), so people outside the group are not
 * listed; an expert passed in from outside the group is listed with `industry-mismatch`.
 */

export const AVAILABILITIES = ['available', 'unavailable', 'unknown'] as const;
export type Availability = (typeof AVAILABILITIES)[number];

/** What freezing needs to know about one expert. */
export interface PoolCandidate {
  id: string;
  status: ExpertStatus;
  /** Disqualified for misconduct (Art. 26), whatever the status says. */
  disqualified: boolean;
  industries: readonly IndustrySection[];
  canLead: boolean;
  /** For the cycle of the draw. */
  availability: Availability;
  /** ISO expiry dates; null = does not expire. */
  qualifications: readonly { expiresOn: string | null }[];
}

export { EXCLUSION_CODES, EXCLUSION_NAMES, type ExclusionCode, type ExclusionReason } from './exclusions.js';
import { EXCLUSION_CODES, type ExclusionReason } from './exclusions.js';

export interface EligibleExpert {
  expertId: string;
  canLead: boolean;
}

export interface ExcludedExpert {
  expertId: string;
  reasons: ExclusionReason[];
}

/** What the draw will pick, fixed (and hashed) before the seed exists. */
export interface PanelPlan {
  /** Evaluators on the panel, the leader included. */
  size: number;
  leaders: 1;
  /** Ordered reserves drawn after the members. */
  reserves: number;
}

/** Conflicts by expert id. */
export type ConflictIndex = ReadonlyMap<string, readonly ConflictLink[]>;

export interface FreezePoolInput {
  panelId: string;
  industrySections: readonly IndustrySection[];
  /** The organisations of the applications the panel reviews. */
  organisationIds: readonly string[];
  /** Confirmed conflicts, as a list or indexed by expert (`indexConflicts`) when there are many. */
  conflicts: readonly ConflictLink[] | ConflictIndex;
  /** YYYY-MM-DD: the date qualifications must still be valid on. */
  asOf: string;
  plan: { size: number; reserves: number };
  experts: Iterable<PoolCandidate>;
}

export interface FrozenPool {
  panelId: string;
  /** Sorted, without repeats. */
  industrySections: IndustrySection[];
  /** Sorted, without repeats. */
  organisationIds: string[];
  asOf: string;
  plan: PanelPlan;
  /** Sorted by expert id. */
  eligible: EligibleExpert[];
  /** Sorted by expert id. */
  excluded: ExcludedExpert[];
}

export const POOL_DOCUMENT_FORMAT = 'quality-award-draw/pool/v1';

/** The published document: the frozen pool with its format tag. Hashed by `poolHash`. */
export interface PoolDocument extends FrozenPool {
  format: typeof POOL_DOCUMENT_FORMAT;
}

/**
 * Order of expert ids (and every other id in the draw): by UTF-16 code units, JavaScript's default
 * string order — for ASCII ids the same as byte order, as `sorted()` in Python or `strcmp` in C.
 */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function sortedUnique<T extends string>(values: Iterable<T>): T[] {
  return [...new Set(values)].sort(compareIds);
}

function isWholeNumber(value: unknown, min: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min;
}

/** Conflicts grouped by expert id, for freezing many panels against the same records. */
export function indexConflicts(conflicts: Iterable<ConflictLink>): Map<string, ConflictLink[]> {
  const index = new Map<string, ConflictLink[]>();
  for (const conflict of conflicts) {
    const list = index.get(conflict.expertId);
    if (list) list.push(conflict);
    else index.set(conflict.expertId, [conflict]);
  }
  return index;
}

/**
 * Experts grouped by industry section, each list sorted by expert id; an expert of two sections
 * is in both lists. Build it once for freezing many panels.
 */
export function indexCandidatesBySection<T extends PoolCandidate>(
  experts: Iterable<T>,
): Map<IndustrySection, T[]> {
  const index = new Map<IndustrySection, T[]>();
  for (const expert of experts) {
    for (const section of new Set(expert.industries)) {
      const list = index.get(section);
      if (list) list.push(expert);
      else index.set(section, [expert]);
    }
  }
  for (const list of index.values()) list.sort((a, b) => compareIds(a.id, b.id));
  return index;
}

/** Merges two lists sorted by id into one, keeping one of two entries with the same id. */
function mergeById<T extends { id: string }>(a: readonly T[], b: readonly T[]): T[] {
  const out: T[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as T;
    const y = b[j] as T;
    if (x.id < y.id) {
      out.push(x);
      i++;
    } else if (y.id < x.id) {
      out.push(y);
      j++;
    } else {
      out.push(x);
      i++;
      j++;
    }
  }
  while (i < a.length) out.push(a[i++] as T);
  while (j < b.length) out.push(b[j++] as T);
  return out;
}

/**
 * The experts of an industry group from `indexCandidatesBySection`, each once, sorted by id
 * (lists merged, so an expert of two of the sections is kept once).
 */
export function candidatesForSections<T extends PoolCandidate>(
  index: ReadonlyMap<IndustrySection, readonly T[]>,
  sections: readonly IndustrySection[],
): T[] {
  let merged: readonly T[] = [];
  for (const section of new Set(sections)) merged = mergeById(merged, index.get(section) ?? []);
  return [...merged];
}

function sharesSection(
  industries: readonly IndustrySection[],
  sections: ReadonlySet<IndustrySection>,
): boolean {
  for (const section of industries) if (sections.has(section)) return true;
  return false;
}

/** Qualifications recorded, and every one expired before `asOf` (expiring on `asOf` is valid). */
function allExpired(qualifications: PoolCandidate['qualifications'], asOf: string): boolean {
  if (qualifications.length === 0) return false;
  for (const q of qualifications) if (q.expiresOn === null || q.expiresOn >= asOf) return false;
  return true;
}

/** The expert's conflicts with the panel's organisations, sorted, each (organisation, kind) once. */
function conflictsWith(own: readonly ConflictLink[], organisations: ReadonlySet<string>): ConflictLink[] {
  const keys = new Set<string>();
  return own
    .filter((c) => organisations.has(c.organisationId))
    .sort((a, b) => compareIds(a.organisationId, b.organisationId) || compareIds(a.kind, b.kind))
    .filter((c) => {
      const key = `${c.organisationId}\u0000${c.kind}`;
      if (keys.has(key)) return false;
      keys.add(key);
      return true;
    });
}

/** The first id found in both lists or twice in one (both sorted by id), by a merge walk. */
function firstRepeatedId(
  a: readonly { expertId: string }[],
  b: readonly { expertId: string }[],
): string | null {
  let i = 0;
  let j = 0;
  let last: string | null = null;
  while (i < a.length || j < b.length) {
    const x = a[i]?.expertId;
    const y = b[j]?.expertId;
    let next: string;
    if (y === undefined || (x !== undefined && x <= y)) {
      next = x as string;
      i++;
    } else {
      next = y;
      j++;
    }
    if (next === last) return next;
    last = next;
  }
  return null;
}

function isConflictIndex(conflicts: FreezePoolInput['conflicts']): conflicts is ConflictIndex {
  return conflicts instanceof Map;
}

/**
 * Freezes the pool: each expert eligible or excluded with all its reasons (see the module
 * comment). Throws a RangeError on a programming error: a malformed date, no section, a plan that
 * is not whole numbers, an expert listed twice.
 */
export function freezePool(input: FreezePoolInput): FrozenPool {
  if (!isIsoDate(input.asOf)) throw new RangeError('asOf must be an ISO date (YYYY-MM-DD)');
  if (input.industrySections.length === 0)
    throw new RangeError('a panel covers at least one industry section');
  if (!isWholeNumber(input.plan.size, 1) || !isWholeNumber(input.plan.reserves, 0)) {
    throw new RangeError('the plan needs a whole size ≥ 1 and whole reserves ≥ 0');
  }
  const sections = new Set<IndustrySection>(input.industrySections);
  const organisations = new Set(input.organisationIds);
  const conflicts: ConflictIndex = isConflictIndex(input.conflicts)
    ? input.conflicts
    : indexConflicts(input.conflicts as readonly ConflictLink[]);
  const asOf = input.asOf;

  const eligible: EligibleExpert[] = [];
  const excluded: ExcludedExpert[] = [];
  let previous: string | null = null;
  let ascending = true;
  for (const expert of input.experts) {
    const id = expert.id;
    if (previous !== null && !(previous < id)) ascending = false;
    previous = id;

    const disqualified = expert.disqualified || expert.status === 'disqualified';
    const suspended = expert.status === 'suspended';
    const unavailable = expert.availability === 'unavailable';
    const outside = !sharesSection(expert.industries, sections);
    const expired = allExpired(expert.qualifications, asOf);
    const own = conflicts.get(id);
    const hits = own ? conflictsWith(own, organisations) : [];
    if (!disqualified && !suspended && !unavailable && !outside && !expired && hits.length === 0) {
      eligible.push({ expertId: id, canLead: expert.canLead });
      continue;
    }
    const reasons: ExclusionReason[] = [];
    if (disqualified) reasons.push({ code: 'disqualified' });
    if (suspended) reasons.push({ code: 'status-suspended' });
    if (unavailable) reasons.push({ code: 'unavailable' });
    if (outside) reasons.push({ code: 'industry-mismatch' });
    if (expired) reasons.push({ code: 'no-valid-qualification' });
    for (const c of hits) reasons.push({ code: 'conflict', organisationId: c.organisationId, kind: c.kind });
    excluded.push({ expertId: id, reasons });
  }
  // Experts given in strictly ascending id order (as `candidatesForSections` gives them) are
  // already sorted and distinct; otherwise sort, then look for an id given twice.
  if (!ascending) {
    eligible.sort((a, b) => compareIds(a.expertId, b.expertId));
    excluded.sort((a, b) => compareIds(a.expertId, b.expertId));
    const repeated = firstRepeatedId(eligible, excluded);
    if (repeated !== null) throw new RangeError(`expert ${repeated} is listed twice`);
  }

  return {
    panelId: input.panelId,
    industrySections: sortedUnique(input.industrySections),
    organisationIds: sortedUnique(input.organisationIds),
    asOf,
    plan: { size: input.plan.size, leaders: 1, reserves: input.plan.reserves },
    eligible,
    excluded,
  };
}

/** The document published for the frozen pool (plain JSON data; key order does not matter). */
export function poolDocument(frozen: FrozenPool): PoolDocument {
  return {
    format: POOL_DOCUMENT_FORMAT,
    panelId: frozen.panelId,
    industrySections: [...frozen.industrySections],
    organisationIds: [...frozen.organisationIds],
    asOf: frozen.asOf,
    plan: { size: frozen.plan.size, leaders: 1, reserves: frozen.plan.reserves },
    eligible: frozen.eligible.map((e) => ({ expertId: e.expertId, canLead: e.canLead })),
    excluded: frozen.excluded.map((e) => ({
      expertId: e.expertId,
      reasons: e.reasons.map((r) => ({ ...r })),
    })),
  };
}

/**
 * SHA-256 (lower-case hex) of the UTF-8 bytes of `canonicalJson(document)`: JSON with object keys
 * sorted by UTF-16 code units at every depth and no white space — for this document's content
 * (ASCII keys, strings, whole numbers, booleans) the same bytes as RFC 8785 (JCS).
 */
export function poolHash(document: PoolDocument): string {
  return sha256Hex(canonicalPoolJson(document));
}

/**
 * Exactly `canonicalJson(document)`, written directly when the document has the published shape
 * (every object plain, with exactly its expected keys and value types) — about five times faster
 * on a pool of 10,000 — and by `canonicalJson` itself for anything else, so an altered document
 * hashes as the definition says.
 */
export function canonicalPoolJson(document: unknown): string {
  return writePoolDocument(document) ?? canonicalJson(document);
}

function isPlain(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Own and enumerable: what `Object.keys`, and so `canonicalJson`, sees. */
function isOwnEnumerable(value: object, key: string): boolean {
  return Object.prototype.propertyIsEnumerable.call(value, key);
}

/** Enumerable keys, own and inherited (a plain object inherits none unless Object.prototype was altered). */
function countKeys(value: object): number {
  let count = 0;
  for (const _key in value) count++;
  return count;
}

/** True when `value` is a plain object whose own keys are exactly `keys` (sorted) with no undefined. */
function hasExactly(value: unknown, keys: readonly string[]): value is Record<string, unknown> {
  if (!isPlain(value)) return false;
  if (countKeys(value) !== keys.length) return false;
  for (const key of keys) {
    if (!isOwnEnumerable(value, key) || value[key] === undefined) return false;
  }
  return true;
}

const str = (value: string): string => JSON.stringify(value);

function writeStrings(value: unknown): string | null {
  if (!Array.isArray(value)) return null;
  const parts: string[] = [];
  for (let i = 0; i < value.length; i++) {
    const item: unknown = value[i];
    if (typeof item !== 'string') return null;
    parts.push(str(item));
  }
  return `[${parts.join(',')}]`;
}

function writeReason(value: unknown): string | null {
  if (hasExactly(value, ['code'])) {
    return typeof value.code === 'string' ? `{"code":${str(value.code)}}` : null;
  }
  if (!hasExactly(value, ['code', 'kind', 'organisationId'])) return null;
  const { code, kind, organisationId } = value;
  if (typeof code !== 'string' || typeof kind !== 'string' || typeof organisationId !== 'string') return null;
  return `{"code":${str(code)},"kind":${str(kind)},"organisationId":${str(organisationId)}}`;
}

function writePoolDocument(doc: unknown): string | null {
  const top = [
    'asOf',
    'eligible',
    'excluded',
    'format',
    'industrySections',
    'organisationIds',
    'panelId',
    'plan',
  ];
  if (!hasExactly(doc, top)) return null;
  const { asOf, eligible, excluded, format, panelId, plan } = doc;
  if (typeof asOf !== 'string' || typeof format !== 'string' || typeof panelId !== 'string') return null;
  if (!hasExactly(plan, ['leaders', 'reserves', 'size'])) return null;
  if (
    typeof plan.leaders !== 'number' ||
    typeof plan.reserves !== 'number' ||
    typeof plan.size !== 'number'
  ) {
    return null;
  }
  if (!Array.isArray(eligible) || !Array.isArray(excluded)) return null;
  const sections = writeStrings(doc.industrySections);
  const organisations = writeStrings(doc.organisationIds);
  if (sections === null || organisations === null) return null;

  const inParts: string[] = [];
  for (let i = 0; i < eligible.length; i++) {
    const entry = eligible[i] as { canLead?: unknown; expertId?: unknown } | null | undefined;
    if (!isPlain(entry) || countKeys(entry) !== 2) return null;
    const { canLead, expertId } = entry;
    if (typeof canLead !== 'boolean' || typeof expertId !== 'string') return null;
    if (!isOwnEnumerable(entry, 'canLead') || !isOwnEnumerable(entry, 'expertId')) return null;
    inParts.push(`{"canLead":${canLead},"expertId":${str(expertId)}}`);
  }
  const outParts: string[] = [];
  for (let i = 0; i < excluded.length; i++) {
    const entry: unknown = excluded[i];
    if (!hasExactly(entry, ['expertId', 'reasons'])) return null;
    if (typeof entry.expertId !== 'string' || !Array.isArray(entry.reasons)) return null;
    const reasons: string[] = [];
    for (let r = 0; r < entry.reasons.length; r++) {
      const reason = writeReason(entry.reasons[r]);
      if (reason === null) return null;
      reasons.push(reason);
    }
    outParts.push(`{"expertId":${str(entry.expertId)},"reasons":[${reasons.join(',')}]}`);
  }
  const planJson = `{"leaders":${JSON.stringify(plan.leaders)},"reserves":${JSON.stringify(plan.reserves)},"size":${JSON.stringify(plan.size)}}`;
  return (
    `{"asOf":${str(asOf)},"eligible":[${inParts.join(',')}],"excluded":[${outParts.join(',')}],` +
    `"format":${str(format)},"industrySections":${sections},"organisationIds":${organisations},` +
    `"panelId":${str(panelId)},"plan":${planJson}}`
  );
}

export type PoolDocumentCheck = { ok: true; document: PoolDocument } | { ok: false; problem: LocalizedText };

const SECTION_SET = new Set<string>(INDUSTRY_SECTIONS);
const EXCLUSION_SET = new Set<string>(EXCLUSION_CODES);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isSortedUniqueStrings(value: unknown): value is string[] {
  if (!Array.isArray(value)) return false;
  for (let i = 0; i < value.length; i++) {
    const v: unknown = value[i];
    if (typeof v !== 'string' || v.length === 0) return false;
    if (i > 0 && compareIds(value[i - 1] as string, v) >= 0) return false;
  }
  return true;
}

function isReason(value: unknown): boolean {
  if (!isRecord(value) || typeof value.code !== 'string' || !EXCLUSION_SET.has(value.code)) return false;
  if (value.code !== 'conflict') return true;
  return (
    typeof value.organisationId === 'string' && typeof value.kind === 'string' && isConflictKind(value.kind)
  );
}

/**
 * Checks a pool document read from a record or a file (anything may have been altered): its
 * format, its panel facts and plan, and that both lists are sorted by expert id, without repeats,
 * and disjoint. Says what is wrong first.
 */
export function checkPoolDocument(value: unknown): PoolDocumentCheck {
  const fail = (zh: string, en: string): PoolDocumentCheck => ({ ok: false, problem: { zh, en } });
  if (!isRecord(value) || value.format !== POOL_DOCUMENT_FORMAT) {
    return fail(
      `不是 ${POOL_DOCUMENT_FORMAT} 格式的专家池文件。`,
      `Not a ${POOL_DOCUMENT_FORMAT} pool document.`,
    );
  }
  if (typeof value.panelId !== 'string' || !isIsoDate(value.asOf as string)) {
    return fail('专家池文件缺少评审组编号或日期。', 'The pool document lacks its panel id or its date.');
  }
  const sections = value.industrySections;
  if (
    !isSortedUniqueStrings(sections) ||
    sections.length === 0 ||
    !sections.every((s) => SECTION_SET.has(s))
  ) {
    return fail(
      '专家池文件的行业门类无效或未排序。',
      'The pool document’s industry sections are invalid or unsorted.',
    );
  }
  if (!isSortedUniqueStrings(value.organisationIds)) {
    return fail(
      '专家池文件的申报单位列表无效或未排序。',
      'The pool document’s organisation list is invalid or unsorted.',
    );
  }
  const plan = value.plan;
  if (
    !isRecord(plan) ||
    !isWholeNumber(plan.size, 1) ||
    plan.leaders !== 1 ||
    !isWholeNumber(plan.reserves, 0)
  ) {
    return fail(
      '专家池文件的抽取计划（人数、组长、备选）无效。',
      'The pool document’s plan (size, leader, reserves) is invalid.',
    );
  }
  const lists = { eligible: value.eligible, excluded: value.excluded };
  const ids = new Set<string>();
  for (const [list, entries] of Object.entries(lists)) {
    const zhList = list === 'eligible' ? '可抽取名单' : '排除名单';
    if (!Array.isArray(entries))
      return fail(`专家池文件缺少${zhList}。`, `The pool document has no ${list} list.`);
    let previous: string | null = null;
    for (let i = 0; i < entries.length; i++) {
      const entry: unknown = entries[i];
      const ok =
        isRecord(entry) &&
        typeof entry.expertId === 'string' &&
        entry.expertId.length > 0 &&
        (list === 'eligible'
          ? typeof entry.canLead === 'boolean'
          : Array.isArray(entry.reasons) && entry.reasons.length > 0 && entry.reasons.every(isReason));
      if (!ok) {
        return fail(`${zhList}第 ${i + 1} 项格式无效。`, `Entry #${i + 1} of the ${list} list is malformed.`);
      }
      const id = entry.expertId as string;
      if (previous !== null && compareIds(previous, id) >= 0) {
        return fail(
          `${zhList}未按专家编号排序或有重复：“${previous}”之后是“${id}”。`,
          `The ${list} list is not sorted by expert id or repeats one: "${id}" follows "${previous}".`,
        );
      }
      if (ids.has(id)) {
        return fail(
          `专家“${id}”同时出现在可抽取名单和排除名单中。`,
          `Expert "${id}" is both eligible and excluded.`,
        );
      }
      previous = id;
    }
    for (const entry of entries as { expertId: string }[]) ids.add(entry.expertId);
  }
  return { ok: true, document: value as unknown as PoolDocument };
}
