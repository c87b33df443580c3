import type { Role } from '../../accounts/core/roles.js';
import { ROLE_NAMES } from '../../accounts/core/roles.js';
import type { LocalizedText } from '../../platform/i18n/localized.js';
import type { GuardResult, Refusal } from '../../platform/kernel/refusal.js';
import { refuse } from '../../platform/kernel/refusal.js';
import {
  formatShanghaiDateTime,
  isIsoDate,
  isNoLaterThan,
  shanghaiDate,
  shanghaiDayStart,
} from '../../platform/kernel/time.js';
import type { TransitionRule, TransitionsTable } from '../../platform/kernel/transitions.js';
import { checkTransition } from '../../platform/kernel/transitions.js';
import type { ArticleRef } from '../../programmes/programme.types.js';

// ── Workflow tables ─────────────────────────────────────────────────────────────────────────

/** Who acts on a transition: a person in a role, or the platform itself. */
export type WorkflowActor = Role | 'system';

/** What each actor of a workflow is called, for refusals naming who may act. */
export const WORKFLOW_ACTOR_NAMES: Record<WorkflowActor, LocalizedText> = {
  ...ROLE_NAMES,
  system: { zh: '平台（自动）', en: 'the platform (automatically)' },
};

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
  rulesVersionId: string | null;
  frameworkId: string | null;
  /** YYYY-MM-DD, Asia/Shanghai: the day the announcement takes effect and applications open. */
  announcementDate: string | null;
  /** The moment applications close (set in Asia/Shanghai time by the Office). */
  applicationDeadline: Date | null;
}

type CycleTransitionRules = {
  [F in CycleStage]: {
    [T in (typeof CYCLE_TRANSITIONS)[F]['to'][number]]: TransitionRule<CycleFacts, WorkflowActor>;
  };
};

const ART5: ArticleRef = { article: 5 };
const ART13: ArticleRef = { article: 13 };
const ART14: ArticleRef = { article: 14 };

function frameworkChosen(cycle: CycleFacts, clause: ArticleRef): Refusal | null {
  if (!cycle.rulesVersionId?.trim()) {
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
      // The approval is the chair's (Art. 5): only the chair withdraws it. The Office's edit of
      // approved criteria sends the cycle back to draft too (`update-cycle.ts`), since what the
      // chair approved is no longer what would be published.
      roles: ['committee_chair'],
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

/** May these roles move the cycle to `to` now? If not, why, and under which article. */
export function canTransition(
  cycle: CycleFacts,
  to: CycleStage,
  actorRoles: readonly WorkflowActor[],
  now: Date,
): GuardResult {
  return checkTransition<CycleStage, CycleFacts, WorkflowActor>(
    CYCLE_TRANSITIONS,
    CYCLE_TRANSITION_RULES,
    { states: CYCLE_STAGE_NAMES, actors: WORKFLOW_ACTOR_NAMES },
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

/** Where the application window stands, derived from the dates (never stored). */
export const APPLICATION_WINDOWS = ['not-published', 'announced', 'open', 'closed'] as const;
export type ApplicationWindow = (typeof APPLICATION_WINDOWS)[number];

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
