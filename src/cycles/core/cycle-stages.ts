import type { Role } from '../../accounts/core/roles.js';
import { ROLE_NAMES } from '../../accounts/core/roles.js';
import type { LocalizedText } from '../../platform/i18n/localized.js';
import type { ArticleRef } from '../../programmes/programme.types.js';

// ── Asia/Shanghai time ──────────────────────────────────────────────────────────────────────
// China has kept UTC+8 without daylight saving since 1991, so a fixed offset is exact for every
// date the platform handles and keeps these functions pure (no dependence on the host's time
// zone or ICU data).

const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** The calendar date (YYYY-MM-DD) in Asia/Shanghai at a moment. */
export function shanghaiDate(moment: Date): string {
  const local = new Date(moment.getTime() + SHANGHAI_OFFSET_MS);
  return `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`;
}

/** A moment as people in the district read it: '2025-06-30 17:00:00' (Beijing time). */
export function formatShanghaiDateTime(moment: Date): string {
  const local = new Date(moment.getTime() + SHANGHAI_OFFSET_MS);
  return `${shanghaiDate(moment)} ${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}`;
}

/** Whether a string is a real calendar date written YYYY-MM-DD (2025-02-30 is not). */
export function isIsoDate(value: string | null | undefined): value is string {
  if (value == null) return false;
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** The first moment (00:00:00) of a calendar day in Asia/Shanghai. Throws on a malformed date. */
export function shanghaiDayStart(isoDate: string): Date {
  if (!isIsoDate(isoDate)) throw new RangeError(`not a YYYY-MM-DD date: ${isoDate}`);
  return new Date(Date.parse(`${isoDate}T00:00:00.000Z`) - SHANGHAI_OFFSET_MS);
}

/** The last second (23:59:59) of a calendar day in Asia/Shanghai: "by 30 June" means through it. */
export function shanghaiDayEnd(isoDate: string): Date {
  return new Date(shanghaiDayStart(isoDate).getTime() + DAY_MS - 1000);
}

/**
 * Deadlines hold to the second: a moment is in time if its whole second is not after the
 * deadline's. With a deadline of 17:00:00, 17:00:00.999 is in time (the receipt shows 17:00:00)
 * and 17:00:01 is late.
 */
export function isNoLaterThan(moment: Date, deadline: Date): boolean {
  return Math.floor(moment.getTime() / 1000) <= Math.floor(deadline.getTime() / 1000);
}

// ── Workflow tables ─────────────────────────────────────────────────────────────────────────

/** Who acts on a transition: a person in a role, or the platform itself. */
export type WorkflowActor = Role | 'system';

/** A guard's answer: yes, or why not and under which article. */
export type Refusal = { ok: false; reason: LocalizedText; clause?: ArticleRef };
export type GuardResult = { ok: true } | Refusal;

/** A workflow as a table of states and the states each may move to (Vendure-style). */
export type TransitionsTable<S extends string> = { readonly [K in S]: { readonly to: readonly S[] } };

/**
 * What is wrong with a transitions table: a target that is not a state, or a state that cannot
 * be reached from the start. Empty when the table is sound.
 */
export function transitionsTableProblems<S extends string>(table: TransitionsTable<S>, start: S): string[] {
  const states = Object.keys(table) as S[];
  const problems: string[] = [];
  for (const from of states) {
    for (const to of table[from].to) {
      if (!states.includes(to)) problems.push(`${from} → ${to}: no such state`);
    }
  }
  const reached = new Set<S>([start]);
  const queue: S[] = [start];
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    for (const to of table[next]?.to ?? []) {
      if (!reached.has(to)) {
        reached.add(to);
        queue.push(to);
      }
    }
  }
  for (const state of states) {
    if (!reached.has(state)) problems.push(`${state}: not reachable from ${start}`);
  }
  return problems;
}

/** A refusal naming who may act, in both languages. */
export function roleRefusal(
  roles: readonly WorkflowActor[],
  action: LocalizedText,
  clause: ArticleRef,
): Refusal {
  const names = roles.map((r) =>
    r === 'system' ? { zh: '平台（自动）', en: 'the platform (automatically)' } : ROLE_NAMES[r],
  );
  return {
    ok: false,
    reason: {
      zh: `只有${names.map((n) => n.zh).join('或')}可以${action.zh}。`,
      en: `Only ${names.map((n) => n.en).join(' or ')} may ${action.en}.`,
    },
    clause,
  };
}

// ── The cycle ───────────────────────────────────────────────────────────────────────────────

export const CYCLE_STAGES = ['draft', 'criteria_approved', 'published', 'closed'] as const;
export type CycleStage = (typeof CYCLE_STAGES)[number];

export function isCycleStage(value: string): value is CycleStage {
  return (CYCLE_STAGES as readonly string[]).includes(value);
}

export const CYCLE_STAGE_NAMES: Record<CycleStage, LocalizedText> = {
  draft: { zh: '草稿', en: 'Draft' },
  criteria_approved: { zh: '评审标准已审定', en: 'Criteria approved' },
  published: { zh: '已发布', en: 'Published' },
  closed: { zh: '已截止', en: 'Closed' },
};

/**
 * The year's cycle: draft → criteria approved by the committee chair (Art. 5) → published by the
 * Office (Art. 13) → closed after the deadline. Changing approved criteria sends the cycle back to
 * draft, to be approved again.
 */
export const CYCLE_TRANSITIONS = {
  draft: { to: ['criteria_approved'] },
  criteria_approved: { to: ['published', 'draft'] },
  published: { to: ['closed'] },
  closed: { to: [] },
} as const satisfies TransitionsTable<CycleStage>;

/** The facts of a cycle the stage rules read; states such as "open" are derived from them. */
export interface CycleFacts {
  stage: CycleStage;
  programmeId: string | null;
  frameworkId: string | null;
  /** YYYY-MM-DD, Asia/Shanghai: the day the announcement takes effect and applications open. */
  announcementDate: string | null;
  /** The moment applications close (set in Asia/Shanghai time by the Office). */
  applicationDeadline: Date | null;
}

export interface TransitionRule<F> {
  roles: readonly WorkflowActor[];
  clause: ArticleRef;
  action: LocalizedText;
  guard?: (facts: F, now: Date) => Refusal | null;
}

type CycleTransitionRules = {
  [F in CycleStage]: { [T in (typeof CYCLE_TRANSITIONS)[F]['to'][number]]: TransitionRule<CycleFacts> };
};

function refuse(clause: ArticleRef, zh: string, en: string): Refusal {
  return { ok: false, reason: { zh, en }, clause };
}

const ART5: ArticleRef = { article: 5 };
const ART13: ArticleRef = { article: 13 };
const ART14: ArticleRef = { article: 14 };

function frameworkChosen(cycle: CycleFacts, clause: ArticleRef): Refusal | null {
  if (!cycle.programmeId?.trim()) {
    return refuse(
      clause,
      '尚未选定本周期的评奖项目版本。',
      'The programme version of the cycle has not been chosen.',
    );
  }
  if (!cycle.frameworkId?.trim()) {
    return refuse(
      clause,
      '尚未选定本周期的评分框架。',
      'The scoring framework of the cycle has not been chosen.',
    );
  }
  return null;
}

/** Who may move a cycle along each edge of `CYCLE_TRANSITIONS`, under which article, and on what condition. */
export const CYCLE_TRANSITION_RULES: CycleTransitionRules = {
  draft: {
    criteria_approved: {
      roles: ['committee_chair'],
      clause: ART5,
      action: { zh: '审定本周期的评审标准', en: "approve the cycle's criteria" },
      guard: (cycle) => frameworkChosen(cycle, ART5),
    },
  },
  criteria_approved: {
    draft: {
      roles: ['committee_chair', 'office_staff'],
      clause: ART5,
      action: {
        zh: '撤回评审标准的审定（修改后须重新审定）',
        en: 'withdraw the approval of the criteria (changed criteria need a new approval)',
      },
    },
    published: {
      roles: ['office_staff'],
      clause: ART13,
      action: { zh: '发布本年度评审公告', en: "publish the year's announcement" },
      guard: (cycle, now) => {
        const missing = frameworkChosen(cycle, ART13);
        if (missing) return missing;
        if (!isIsoDate(cycle.announcementDate)) {
          return refuse(ART13, '尚未设定公告日期。', 'The announcement date has not been set.');
        }
        if (!cycle.applicationDeadline) {
          return refuse(ART13, '尚未设定申报截止时间。', 'The application deadline has not been set.');
        }
        const deadlineText = formatShanghaiDateTime(cycle.applicationDeadline);
        if (shanghaiDate(cycle.applicationDeadline) <= cycle.announcementDate) {
          return refuse(
            ART13,
            `申报截止时间（${deadlineText}）须晚于公告日期（${cycle.announcementDate}）。`,
            `The deadline (${deadlineText} Beijing time) must fall after the announcement date (${cycle.announcementDate}).`,
          );
        }
        if (!isNoLaterThan(now, cycle.applicationDeadline)) {
          return refuse(
            ART13,
            `申报截止时间 ${deadlineText}（北京时间）已过，请先修改截止时间。`,
            `The deadline, ${deadlineText} Beijing time, has already passed; change it first.`,
          );
        }
        return null;
      },
    },
  },
  published: {
    closed: {
      roles: ['office_staff'],
      clause: ART14,
      action: { zh: '截止受理申报', en: 'close the cycle to applications' },
      guard: (cycle, now) => {
        if (!cycle.applicationDeadline) {
          return refuse(ART14, '尚未设定申报截止时间。', 'The application deadline has not been set.');
        }
        if (isNoLaterThan(now, cycle.applicationDeadline)) {
          const deadlineText = formatShanghaiDateTime(cycle.applicationDeadline);
          return refuse(
            ART14,
            `申报截止时间 ${deadlineText}（北京时间）尚未到，不能提前截止。`,
            `The deadline, ${deadlineText} Beijing time, has not passed yet; the cycle cannot close early.`,
          );
        }
        return null;
      },
    },
  },
  closed: {},
};

/** Looks up the rule of an edge, if the table has that edge. */
export function transitionRule<S extends string, F>(
  table: TransitionsTable<S>,
  rules: { [K in S]: Partial<Record<S, TransitionRule<F>>> },
  from: S,
  to: S,
): TransitionRule<F> | undefined {
  if (!table[from].to.includes(to)) return undefined;
  return rules[from][to];
}

/** Runs the checks of one edge: the edge exists, the actor holds a role of it, its guard passes. */
export function checkTransition<S extends string, F>(
  table: TransitionsTable<S>,
  rules: { [K in S]: Partial<Record<S, TransitionRule<F>>> },
  names: Record<S, LocalizedText>,
  from: S,
  to: S,
  actorRoles: readonly WorkflowActor[],
  facts: F,
  now: Date,
): GuardResult {
  const rule = transitionRule(table, rules, from, to);
  if (!rule) {
    return {
      ok: false,
      reason: {
        zh: `不能从“${names[from].zh}”变为“${names[to].zh}”。`,
        en: `It cannot go from "${names[from].en}" to "${names[to].en}".`,
      },
    };
  }
  if (!rule.roles.some((role) => actorRoles.includes(role)))
    return roleRefusal(rule.roles, rule.action, rule.clause);
  return rule.guard?.(facts, now) ?? { ok: true };
}

/** May these roles move the cycle to `to` now? If not, why, and under which article. */
export function canTransition(
  cycle: CycleFacts,
  to: CycleStage,
  actorRoles: readonly WorkflowActor[],
  now: Date,
): GuardResult {
  return checkTransition<CycleStage, CycleFacts>(
    CYCLE_TRANSITIONS,
    CYCLE_TRANSITION_RULES,
    CYCLE_STAGE_NAMES,
    cycle.stage,
    to,
    actorRoles,
    cycle,
    now,
  );
}

/** The stages these roles may move the cycle to now (sent with the record to enable buttons). */
export function availableCycleTransitions(
  cycle: CycleFacts,
  actorRoles: readonly WorkflowActor[],
  now: Date,
): CycleStage[] {
  return CYCLE_TRANSITIONS[cycle.stage].to.filter((to) => canTransition(cycle, to, actorRoles, now).ok);
}

export type ApplicationWindow = 'not-published' | 'announced' | 'open' | 'closed';

/**
 * Whether applications are accepted, derived from the cycle's stage and dates (nobody flips a
 * flag): not yet published; published but before the announcement date; open from the start of
 * the announcement date (Asia/Shanghai) through the deadline second; closed after it, or once
 * the Office has closed the cycle. A published cycle missing a date is never open.
 */
export function applicationWindow(cycle: CycleFacts, now: Date): ApplicationWindow {
  if (cycle.stage === 'draft' || cycle.stage === 'criteria_approved') return 'not-published';
  if (cycle.stage === 'closed') return 'closed';
  if (!isIsoDate(cycle.announcementDate) || !cycle.applicationDeadline) return 'announced';
  if (now.getTime() < shanghaiDayStart(cycle.announcementDate).getTime()) return 'announced';
  return isNoLaterThan(now, cycle.applicationDeadline) ? 'open' : 'closed';
}
