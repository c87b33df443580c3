import type { LocalizedText } from '../../platform/i18n/localized.js';
import type { GuardResult, Refusal } from '../../platform/kernel/refusal.js';
import { refuse } from '../../platform/kernel/refusal.js';
import { formatShanghaiDateTime, isNoLaterThan } from '../../platform/kernel/time.js';
import type { TransitionRule, TransitionsTable } from '../../platform/kernel/transitions.js';
import { checkTransition } from '../../platform/kernel/transitions.js';
import type { ArticleRef } from '../../programmes/programme.types.js';
import type { CycleFacts, WorkflowActor } from '../../cycles/core/cycle-stages.js';
import { applicationWindow, WORKFLOW_ACTOR_NAMES } from '../../cycles/core/cycle-stages.js';

export const APPLICATION_STATUSES = [
  'draft',
  'awaiting_endorsement',
  'endorsed',
  'submitted',
  'accepted',
  'returned',
  'rejected',
  'not_recommended',
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export function isApplicationStatus(value: string): value is ApplicationStatus {
  return (APPLICATION_STATUSES as readonly string[]).includes(value);
}

export const APPLICATION_STATUS_NAMES: Record<ApplicationStatus, LocalizedText> = {
  draft: { zh: '填写中', en: 'Draft' },
  awaiting_endorsement: { zh: '待镇（街道）和主管部门签署意见', en: 'Awaiting endorsement' },
  endorsed: { zh: '已获推荐，待提交', en: 'Endorsed, ready to submit' },
  submitted: { zh: '已提交，待初审', en: 'Submitted, awaiting the preliminary check' },
  accepted: { zh: '初审通过', en: 'Accepted' },
  returned: { zh: '退回修改', en: 'Returned for correction' },
  rejected: { zh: '初审未通过', en: 'Rejected' },
  not_recommended: { zh: '未获推荐', en: 'Not recommended' },
};

/**
 * An application's way (Art. 14, 15): the applicant completes the form and asks for endorsement;
 * either endorser may return it to draft; with both agreements the platform marks it endorsed;
 * the applicant submits within the deadline; the Office accepts, returns it for correction (to
 * be resubmitted by a date) or rejects it citing a clause. An endorser who does not recommend it
 * (不同意推荐, with the reason) ends it for the cycle: it lacks the signed recommendation Art. 14
 * and Art. 8(6) require.
 */
export const APPLICATION_TRANSITIONS = {
  draft: { to: ['awaiting_endorsement'] },
  awaiting_endorsement: { to: ['draft', 'endorsed', 'not_recommended'] },
  endorsed: { to: ['submitted'] },
  submitted: { to: ['accepted', 'returned', 'rejected'] },
  returned: { to: ['submitted'] },
  accepted: { to: [] },
  rejected: { to: [] },
  not_recommended: { to: [] },
} as const satisfies TransitionsTable<ApplicationStatus>;

export type EndorsementOpinion = 'agreed' | 'returned' | 'declined' | 'pending';

/** The facts of one application the workflow rules read. */
export interface ApplicationFacts {
  status: ApplicationStatus;
  /** `isFormComplete(applicationChecklist(…))` of the current form. */
  formComplete: boolean;
  /** The opinions of the current endorsement round (Art. 14). */
  endorsements: { locality: EndorsementOpinion; department: EndorsementOpinion };
  /** A deadline the Office extended for this applicant alone, with a written reason. */
  extendedDeadline: Date | null;
  /**
   * Set when the Office returns the application: the last moment to resubmit — normally the end
   * of the chosen day in Asia/Shanghai (`shanghaiDayEnd`).
   */
  resubmitBy: Date | null;
}

/** What the Office states when it returns or rejects an application in the preliminary check. */
export interface OfficeDecision {
  /** What to fix (return). */
  fixes?: string;
  /** The last moment to resubmit (return). */
  resubmitBy?: Date | null;
  /** The clause the application fails (reject). */
  clause?: ArticleRef | null;
  /**
   * Clauses still 待核实 that the Office neither overrode nor acknowledged with a note
   * (`openClauses` in preliminary-check.ts): an acceptance waits for each (accept).
   */
  openClauses?: readonly { label: LocalizedText }[];
}

/** Everything a guard may read: the application, its cycle and, for the Office, its decision. */
export interface ApplicationContext {
  application: ApplicationFacts;
  cycle: CycleFacts;
  decision?: OfficeDecision;
}

/** The deadline that holds for this applicant: the cycle's, or the personal extension if later. */
export function effectiveDeadline(cycleDeadline: Date, extension?: Date | null): Date {
  return extension && extension.getTime() > cycleDeadline.getTime() ? extension : cycleDeadline;
}

/** The applicant edits the form only while drafting or after the Office returned it. */
export function canEditForm(status: ApplicationStatus): boolean {
  return status === 'draft' || status === 'returned';
}

const ART14: ArticleRef = { article: 14 };
const ART15: ArticleRef = { article: 15 };

function incompleteForm(clause: ArticleRef): Refusal {
  return refuse(
    clause,
    '申报表尚未填写完整，请按清单补全后再继续。',
    'The form is not complete yet; see the checklist for what is missing.',
  );
}

function deadlinePassed(deadline: Date, extended: boolean): Refusal {
  const text = formatShanghaiDateTime(deadline);
  return extended
    ? refuse(
        ART14,
        `延长的申报期限已于 ${text}（北京时间）截止，不再受理。`,
        `The extended deadline passed at ${text} Beijing time; late applications are not accepted.`,
      )
    : refuse(
        ART14,
        `申报已于 ${text}（北京时间）截止，不再受理。`,
        `Applications closed at ${text} Beijing time; late applications are not accepted.`,
      );
}

/** Refusal when the applicant is past its deadline, null when still in time. */
function deadlineCheck(context: ApplicationContext, now: Date): Refusal | null {
  const cycleDeadline = context.cycle.applicationDeadline;
  if (!cycleDeadline) return refuse(ART14, '本周期尚未设定申报截止时间。', 'The cycle has no deadline yet.');
  const deadline = effectiveDeadline(cycleDeadline, context.application.extendedDeadline);
  return isNoLaterThan(now, deadline) ? null : deadlinePassed(deadline, deadline !== cycleDeadline);
}

const OPINION_PENDING: Record<'locality' | 'department', LocalizedText> = {
  locality: { zh: '镇（街道）办事处', en: 'the town / sub-district office' },
  department: { zh: '主管部门', en: 'the competent department' },
};

type ApplicationTransitionRules = {
  [F in ApplicationStatus]: {
    [T in (typeof APPLICATION_TRANSITIONS)[F]['to'][number]]: TransitionRule<
      ApplicationContext,
      WorkflowActor
    >;
  };
};

/** Who may move an application along each edge, under which article, and on what condition. */
export const APPLICATION_TRANSITION_RULES: ApplicationTransitionRules = {
  draft: {
    awaiting_endorsement: {
      roles: ['applicant'],
      clause: ART14,
      action: {
        zh: '提请镇（街道）和主管部门签署意见',
        en: 'ask the town / sub-district office and the competent department for their opinions',
      },
      guard: (context, now) => {
        if (!context.application.formComplete) return incompleteForm(ART14);
        const { cycle } = context;
        const window = applicationWindow(cycle, now);
        if (window === 'not-published') {
          return refuse(
            ART14,
            '本年度评审公告尚未发布。',
            "This year's announcement has not been published yet.",
          );
        }
        if (window === 'announced' && cycle.announcementDate) {
          return refuse(
            ART14,
            `自 ${cycle.announcementDate} 起受理申报。`,
            `Applications are accepted from ${cycle.announcementDate}.`,
          );
        }
        if (window === 'announced') {
          return refuse(ART14, '本周期尚未开始受理申报。', 'The cycle does not accept applications yet.');
        }
        // Open, or closed for everyone but an applicant whose deadline the Office extended.
        return deadlineCheck(context, now);
      },
    },
  },
  awaiting_endorsement: {
    draft: {
      roles: ['locality_endorser', 'department_endorser', 'system'],
      clause: ART14,
      action: { zh: '退回申报表', en: 'return the application' },
      guard: ({ application: { endorsements } }) =>
        endorsements.locality === 'returned' || endorsements.department === 'returned'
          ? null
          : refuse(ART14, '没有推荐单位退回该申报。', 'No endorser has returned this application.'),
    },
    not_recommended: {
      roles: ['locality_endorser', 'department_endorser'],
      clause: ART14,
      action: { zh: '不同意推荐', en: 'decline to recommend the application' },
      guard: ({ application: { endorsements } }) =>
        endorsements.locality === 'declined' || endorsements.department === 'declined'
          ? null
          : refuse(ART14, '没有推荐单位不同意推荐该申报。', 'No endorser has declined to recommend it.'),
    },
    endorsed: {
      roles: ['system'],
      clause: ART14,
      action: { zh: '确认已获推荐', en: 'mark the application endorsed' },
      guard: ({ application: { endorsements } }) => {
        const waiting = (['locality', 'department'] as const).filter((k) => endorsements[k] !== 'agreed');
        if (waiting.length === 0) return null;
        return refuse(
          ART14,
          `尚需${waiting.map((k) => OPINION_PENDING[k].zh).join('和')}同意推荐。`,
          `The agreement of ${waiting.map((k) => OPINION_PENDING[k].en).join(' and ')} is still needed.`,
        );
      },
    },
  },
  endorsed: {
    submitted: {
      roles: ['applicant'],
      clause: ART14,
      action: { zh: '提交申报材料', en: 'submit the application' },
      guard: (context, now) =>
        context.application.formComplete ? deadlineCheck(context, now) : incompleteForm(ART14),
    },
  },
  submitted: {
    accepted: {
      roles: ['office_staff'],
      clause: ART15,
      action: { zh: '初审通过', en: 'accept the application in the preliminary check' },
      guard: ({ decision }) => {
        const open = decision?.openClauses ?? [];
        if (open.length === 0) return null;
        return refuse(
          ART15,
          `尚有 ${open.length} 项申报条件待核实（${open.map((c) => c.label.zh).join('、')}），通过初审前须逐项核实并写明核实情况。`,
          `${open.length} ${open.length === 1 ? 'clause still needs' : 'clauses still need'} checking (${open.map((c) => c.label.en).join(', ')}): check each and note what was checked before accepting.`,
        );
      },
    },
    returned: {
      roles: ['office_staff'],
      clause: ART15,
      action: { zh: '退回修改', en: 'return the application for correction' },
      guard: ({ decision }, now) => {
        if (!decision?.fixes?.trim()) {
          return refuse(
            ART15,
            '退回时须写明需要修改的内容。',
            'Say what to fix when returning an application.',
          );
        }
        if (!decision.resubmitBy) {
          return refuse(ART15, '退回时须设定重新提交的期限。', 'Set the date to resubmit by.');
        }
        if (!isNoLaterThan(now, decision.resubmitBy)) {
          return refuse(
            ART15,
            `重新提交期限（${formatShanghaiDateTime(decision.resubmitBy)}）不能早于现在。`,
            `The date to resubmit by (${formatShanghaiDateTime(decision.resubmitBy)}) is already past.`,
          );
        }
        return null;
      },
    },
    rejected: {
      roles: ['office_staff'],
      clause: ART15,
      action: { zh: '初审不予通过', en: 'reject the application in the preliminary check' },
      guard: ({ decision }) =>
        decision?.clause && Number.isInteger(decision.clause.article) && decision.clause.article > 0
          ? null
          : refuse(ART15, '不予通过时须注明所依据的条款。', 'A rejection must cite the clause it rests on.'),
    },
  },
  returned: {
    submitted: {
      roles: ['applicant'],
      clause: ART15,
      action: { zh: '重新提交申报材料', en: 'resubmit the application' },
      guard: ({ application }, now) => {
        if (!application.formComplete) return incompleteForm(ART15);
        if (!application.resubmitBy) {
          return refuse(ART15, '办公室未设定重新提交期限。', 'The Office has set no date to resubmit by.');
        }
        if (!isNoLaterThan(now, application.resubmitBy)) {
          const text = formatShanghaiDateTime(application.resubmitBy);
          return refuse(
            ART15,
            `重新提交期限已于 ${text}（北京时间）截止。`,
            `The time to resubmit ended at ${text} Beijing time.`,
          );
        }
        return null;
      },
    },
  },
  accepted: {},
  rejected: {},
  not_recommended: {},
};

/** May these roles move the application to `to` now? If not, why, and under which article. */
export function canTransitionApplication(
  context: ApplicationContext,
  to: ApplicationStatus,
  actorRoles: readonly WorkflowActor[],
  now: Date,
): GuardResult {
  return checkTransition<ApplicationStatus, ApplicationContext, WorkflowActor>(
    APPLICATION_TRANSITIONS,
    APPLICATION_TRANSITION_RULES,
    { states: APPLICATION_STATUS_NAMES, actors: WORKFLOW_ACTOR_NAMES },
    context.application.status,
    to,
    actorRoles,
    context,
    now,
  );
}

/** The statuses these roles may move the application to now (sent with the record). */
export function availableApplicationTransitions(
  context: ApplicationContext,
  actorRoles: readonly WorkflowActor[],
  now: Date,
): ApplicationStatus[] {
  return APPLICATION_TRANSITIONS[context.application.status].to.filter(
    (to) => canTransitionApplication(context, to, actorRoles, now).ok,
  );
}
