import { describe, expect, it } from 'vitest';
import type { CycleFacts } from '../../cycles/core/cycle-stages.js';
import { shanghaiDayEnd } from '../../platform/kernel/time.js';
import { transitionsTableProblems } from '../../platform/kernel/transitions.js';
import type { ApplicationContext, ApplicationFacts, OfficeDecision } from './application-status.js';
import {
  APPLICATION_STATUSES,
  APPLICATION_TRANSITIONS,
  APPLICATION_TRANSITION_RULES,
  availableApplicationTransitions,
  canEditForm,
  canTransitionApplication,
  effectiveDeadline,
  isApplicationStatus,
} from './application-status.js';

const SECOND = 1000;
/** 2025-06-30 17:00:00 Beijing time. */
const DEADLINE = new Date('2025-06-30T09:00:00.000Z');
/** 2025-07-15 12:00:00 Beijing time. */
const EXTENSION = new Date('2025-07-15T04:00:00.000Z');
/** Mid-June: the window is open. */
const JUNE = new Date('2025-06-10T02:00:00.000Z');

function at(offsetMs: number, from: Date = DEADLINE): Date {
  return new Date(from.getTime() + offsetMs);
}

const CYCLE: CycleFacts = {
  stage: 'published',
  rulesVersionId: 'jinshui-2011',
  frameworkId: 'gbt19580-2012',
  announcementDate: '2025-05-01',
  applicationDeadline: DEADLINE,
};

function context(
  application: Partial<ApplicationFacts> = {},
  cycle: Partial<CycleFacts> = {},
  decision?: OfficeDecision,
): ApplicationContext {
  return {
    application: {
      status: 'draft',
      formComplete: true,
      endorsements: { locality: 'pending', department: 'pending' },
      extendedDeadline: null,
      resubmitBy: null,
      ...application,
    },
    cycle: { ...CYCLE, ...cycle },
    ...(decision ? { decision } : {}),
  };
}

describe('the transitions table', () => {
  it('is sound: every target is a status and every status is reachable from draft', () => {
    expect(transitionsTableProblems(APPLICATION_TRANSITIONS, 'draft')).toEqual([]);
    expect(Object.keys(APPLICATION_TRANSITIONS).sort()).toEqual([...APPLICATION_STATUSES].sort());
  });

  it('has exactly one rule per edge', () => {
    for (const from of APPLICATION_STATUSES) {
      const rules: Record<string, unknown> = APPLICATION_TRANSITION_RULES[from];
      expect(Object.keys(rules).sort(), from).toEqual([...APPLICATION_TRANSITIONS[from].to].sort());
    }
  });

  it('ends in accepted or rejected', () => {
    expect(APPLICATION_TRANSITIONS.accepted.to).toEqual([]);
    expect(APPLICATION_TRANSITIONS.rejected.to).toEqual([]);
  });

  it('recognises its statuses', () => {
    expect(isApplicationStatus('returned')).toBe(true);
    expect(isApplicationStatus('late')).toBe(false);
  });

  it('refuses a move the table does not have', () => {
    const skip = canTransitionApplication(context(), 'submitted', ['applicant'], JUNE);
    expect(skip).toMatchObject({ ok: false });
    if (!skip.ok)
      expect(skip.reason.en).toBe(
        'It cannot go from "Draft" to "Submitted, awaiting the preliminary check".',
      );
    expect(
      canTransitionApplication(context({ status: 'accepted' }), 'returned', ['office_staff'], JUNE).ok,
    ).toBe(false);
    expect(
      canTransitionApplication(context({ status: 'rejected' }), 'submitted', ['applicant'], JUNE).ok,
    ).toBe(false);
  });
});

describe('canEditForm', () => {
  it('allows editing only in draft and after a return', () => {
    const editable = APPLICATION_STATUSES.filter(canEditForm);
    expect(editable).toEqual(['draft', 'returned']);
  });
});

describe('effectiveDeadline', () => {
  it('is the cycle deadline without an extension', () => {
    expect(effectiveDeadline(DEADLINE)).toBe(DEADLINE);
    expect(effectiveDeadline(DEADLINE, null)).toBe(DEADLINE);
  });

  it('is the extension when it is later, never an earlier one', () => {
    expect(effectiveDeadline(DEADLINE, EXTENSION)).toBe(EXTENSION);
    expect(effectiveDeadline(DEADLINE, at(-SECOND))).toBe(DEADLINE);
  });
});

describe('draft → awaiting_endorsement (Art. 14)', () => {
  const ask = (c: ApplicationContext, now: Date, roles = ['applicant'] as const) =>
    canTransitionApplication(c, 'awaiting_endorsement', roles, now);

  it('the applicant asks for endorsement once the form is complete and the window open', () => {
    expect(ask(context(), JUNE)).toEqual({ ok: true });
  });

  it('is for the applicant only', () => {
    expect(canTransitionApplication(context(), 'awaiting_endorsement', ['office_staff'], JUNE)).toMatchObject(
      {
        ok: false,
        clause: { article: 14 },
      },
    );
  });

  it('refuses an incomplete form', () => {
    const result = ask(context({ formComplete: false }), JUNE);
    expect(result).toMatchObject({ ok: false, clause: { article: 14 } });
    if (!result.ok) expect(result.reason.en).toContain('checklist');
  });

  it('refuses before the cycle is published', () => {
    const result = ask(context({}, { stage: 'criteria_approved' }), JUNE);
    expect(result).toMatchObject({ ok: false, reason: { zh: '本年度评审公告尚未发布。' } });
  });

  it('refuses before the announcement date, saying when applications open', () => {
    const result = ask(context(), new Date('2025-04-30T15:59:59.000Z'));
    expect(result).toMatchObject({ ok: false, reason: { en: 'Applications are accepted from 2025-05-01.' } });
    expect(ask(context(), new Date('2025-04-30T16:00:00.000Z')).ok).toBe(true);
  });

  it('holds the deadline to the second, showing it in Beijing time', () => {
    expect(ask(context(), DEADLINE).ok).toBe(true);
    const late = ask(context(), at(SECOND));
    expect(late).toMatchObject({ ok: false, clause: { article: 14 } });
    if (!late.ok) expect(late.reason.zh).toBe('申报已于 2025-06-30 17:00:00（北京时间）截止，不再受理。');
  });

  it('lets an applicant with a personal extension in after the deadline, also once the cycle is closed', () => {
    expect(ask(context({ extendedDeadline: EXTENSION }), at(SECOND)).ok).toBe(true);
    expect(ask(context({ extendedDeadline: EXTENSION }, { stage: 'closed' }), at(SECOND)).ok).toBe(true);
    const late = ask(context({ extendedDeadline: EXTENSION }, { stage: 'closed' }), at(SECOND, EXTENSION));
    expect(late).toMatchObject({ ok: false });
    if (!late.ok)
      expect(late.reason.en).toContain('extended deadline passed at 2025-07-15 12:00:00 Beijing time');
  });
});

describe('awaiting_endorsement → draft (an endorser returns it)', () => {
  const waiting = (
    locality: 'agreed' | 'returned' | 'pending',
    department: 'agreed' | 'returned' | 'pending',
  ) => context({ status: 'awaiting_endorsement', endorsements: { locality, department } });

  it('follows a return by either endorser', () => {
    expect(
      canTransitionApplication(waiting('returned', 'pending'), 'draft', ['locality_endorser'], JUNE).ok,
    ).toBe(true);
    expect(
      canTransitionApplication(waiting('agreed', 'returned'), 'draft', ['department_endorser'], JUNE).ok,
    ).toBe(true);
    expect(canTransitionApplication(waiting('agreed', 'returned'), 'draft', ['system'], JUNE).ok).toBe(true);
  });

  it('needs a return', () => {
    const result = canTransitionApplication(
      waiting('agreed', 'pending'),
      'draft',
      ['locality_endorser'],
      JUNE,
    );
    expect(result).toMatchObject({ ok: false, reason: { en: 'No endorser has returned this application.' } });
  });

  it('the applicant cannot withdraw it this way', () => {
    expect(canTransitionApplication(waiting('returned', 'pending'), 'draft', ['applicant'], JUNE).ok).toBe(
      false,
    );
  });
});

describe('awaiting_endorsement → endorsed (both agreed)', () => {
  const waiting = (
    locality: 'agreed' | 'returned' | 'pending',
    department: 'agreed' | 'returned' | 'pending',
  ) => context({ status: 'awaiting_endorsement', endorsements: { locality, department } });

  it('is done by the platform when both agreed', () => {
    expect(canTransitionApplication(waiting('agreed', 'agreed'), 'endorsed', ['system'], JUNE)).toEqual({
      ok: true,
    });
  });

  it('says whose agreement is missing', () => {
    const one = canTransitionApplication(waiting('agreed', 'pending'), 'endorsed', ['system'], JUNE);
    expect(one).toMatchObject({
      ok: false,
      clause: { article: 14 },
      reason: {
        zh: '尚需主管部门同意推荐。',
        en: 'The agreement of the competent department is still needed.',
      },
    });
    const both = canTransitionApplication(waiting('pending', 'returned'), 'endorsed', ['system'], JUNE);
    if (!both.ok) expect(both.reason.zh).toBe('尚需镇（街道）办事处和主管部门同意推荐。');
    expect(both.ok).toBe(false);
  });

  it('no person marks it endorsed', () => {
    for (const role of ['applicant', 'office_staff', 'locality_endorser'] as const) {
      expect(canTransitionApplication(waiting('agreed', 'agreed'), 'endorsed', [role], JUNE).ok).toBe(false);
    }
  });
});

describe('awaiting_endorsement → not_recommended (an endorser declines, Art. 14)', () => {
  type Opinion = 'agreed' | 'returned' | 'declined' | 'pending';
  const waiting = (locality: Opinion, department: Opinion) =>
    context({ status: 'awaiting_endorsement', endorsements: { locality, department } });

  it('follows a refusal to recommend by either endorser, whatever the other said', () => {
    expect(
      canTransitionApplication(
        waiting('declined', 'pending'),
        'not_recommended',
        ['locality_endorser'],
        JUNE,
      ),
    ).toEqual({ ok: true });
    expect(
      canTransitionApplication(
        waiting('agreed', 'declined'),
        'not_recommended',
        ['department_endorser'],
        JUNE,
      ),
    ).toEqual({ ok: true });
  });

  it('needs an opinion that declines; a return or an agreement is not one', () => {
    for (const [locality, department] of [
      ['agreed', 'pending'],
      ['returned', 'pending'],
      ['agreed', 'agreed'],
    ] as const) {
      const result = canTransitionApplication(
        waiting(locality, department),
        'not_recommended',
        ['locality_endorser'],
        JUNE,
      );
      expect(result).toMatchObject({ ok: false, clause: { article: 14 } });
    }
  });

  it('is the endorsers’ to take, not the applicant’s or the Office’s', () => {
    for (const role of ['applicant', 'office_staff'] as const) {
      expect(
        canTransitionApplication(waiting('declined', 'pending'), 'not_recommended', [role], JUNE).ok,
      ).toBe(false);
    }
  });

  it('ends the application for the cycle', () => {
    expect(APPLICATION_TRANSITIONS.not_recommended.to).toEqual([]);
  });
});

describe('endorsed → submitted (Art. 14: within the deadline)', () => {
  const endorsed = (o: Partial<ApplicationFacts> = {}, c: Partial<CycleFacts> = {}) =>
    context({ status: 'endorsed', endorsements: { locality: 'agreed', department: 'agreed' }, ...o }, c);
  const submit = (c: ApplicationContext, now: Date) =>
    canTransitionApplication(c, 'submitted', ['applicant'], now);

  it('is allowed exactly at the deadline second, and within it', () => {
    expect(submit(endorsed(), DEADLINE)).toEqual({ ok: true });
    expect(submit(endorsed(), at(999))).toEqual({ ok: true });
  });

  it('is refused one second after, with the deadline in Beijing time and Art. 14', () => {
    const result = submit(endorsed(), at(SECOND));
    expect(result).toEqual({
      ok: false,
      reason: {
        zh: '申报已于 2025-06-30 17:00:00（北京时间）截止，不再受理。',
        en: 'Applications closed at 2025-06-30 17:00:00 Beijing time; late applications are not accepted.',
      },
      clause: { article: 14 },
    });
  });

  it('follows a personal extension to its second', () => {
    const extended = endorsed({ extendedDeadline: EXTENSION });
    expect(submit(extended, at(SECOND)).ok).toBe(true);
    expect(submit(extended, EXTENSION).ok).toBe(true);
    const late = submit(extended, at(SECOND, EXTENSION));
    expect(late).toMatchObject({ ok: false, clause: { article: 14 } });
    if (!late.ok) expect(late.reason.zh).toContain('2025-07-15 12:00:00');
  });

  it('ignores an "extension" earlier than the cycle deadline', () => {
    const earlier = endorsed({ extendedDeadline: at(-60 * SECOND) });
    expect(submit(earlier, DEADLINE).ok).toBe(true);
    expect(submit(earlier, at(SECOND)).ok).toBe(false);
  });

  it('refuses without a cycle deadline, or with an incomplete form', () => {
    expect(submit(endorsed({}, { applicationDeadline: null }), JUNE).ok).toBe(false);
    expect(submit(endorsed({ formComplete: false }), JUNE)).toMatchObject({
      ok: false,
      clause: { article: 14 },
    });
  });

  it('is for the applicant only', () => {
    expect(canTransitionApplication(endorsed(), 'submitted', ['office_staff'], JUNE).ok).toBe(false);
  });
});

describe('the preliminary check (Art. 15)', () => {
  const submitted = (decision?: OfficeDecision) => context({ status: 'submitted' }, {}, decision);
  const JULY = new Date('2025-07-02T02:00:00.000Z');
  const BY = shanghaiDayEnd('2025-07-20');

  it('the Office accepts', () => {
    expect(canTransitionApplication(submitted(), 'accepted', ['office_staff'], JULY)).toEqual({ ok: true });
    expect(canTransitionApplication(submitted(), 'accepted', ['committee_chair'], JULY)).toMatchObject({
      ok: false,
      clause: { article: 15 },
    });
  });

  it('refuses an acceptance while clauses are 待核实 and unacknowledged, naming each', () => {
    const open = submitted({
      openClauses: [
        { label: { zh: '第八条(三)', en: 'Art. 8(3)' } },
        { label: { zh: '第九条(一)', en: 'Art. 9(1)' } },
      ],
    });
    const result = canTransitionApplication(open, 'accepted', ['office_staff'], JULY);
    expect(result).toMatchObject({ ok: false, clause: { article: 15 } });
    if (!result.ok) {
      expect(result.reason.zh).toContain('第八条(三)、第九条(一)');
      expect(result.reason.en).toContain('Art. 8(3), Art. 9(1)');
    }
    // Nothing open: the acceptance goes ahead; a return is not held up by open clauses.
    expect(
      canTransitionApplication(submitted({ openClauses: [] }), 'accepted', ['office_staff'], JULY),
    ).toEqual({ ok: true });
    const returning = submitted({ ...open.decision, fixes: '补充', resubmitBy: BY });
    expect(canTransitionApplication(returning, 'returned', ['office_staff'], JULY)).toEqual({ ok: true });
  });

  it('a return says what to fix and by when', () => {
    const ok = submitted({ fixes: '补充近三年财务审计报告', resubmitBy: BY });
    expect(canTransitionApplication(ok, 'returned', ['office_staff'], JULY)).toEqual({ ok: true });
    const noFixes = submitted({ fixes: '  ', resubmitBy: BY });
    expect(canTransitionApplication(noFixes, 'returned', ['office_staff'], JULY)).toMatchObject({
      ok: false,
      reason: { en: 'Say what to fix when returning an application.' },
    });
    const noDate = submitted({ fixes: '补充材料' });
    expect(canTransitionApplication(noDate, 'returned', ['office_staff'], JULY)).toMatchObject({
      ok: false,
      reason: { en: 'Set the date to resubmit by.' },
    });
    expect(canTransitionApplication(submitted(), 'returned', ['office_staff'], JULY).ok).toBe(false);
  });

  it('a resubmit-by moment in the past is refused', () => {
    const past = submitted({ fixes: '补充材料', resubmitBy: shanghaiDayEnd('2025-07-01') });
    expect(canTransitionApplication(past, 'returned', ['office_staff'], JULY)).toMatchObject({ ok: false });
  });

  it('a rejection cites a clause', () => {
    const cited = submitted({ clause: { article: 9, clause: 5 } });
    expect(canTransitionApplication(cited, 'rejected', ['office_staff'], JULY)).toEqual({ ok: true });
    const uncited = canTransitionApplication(submitted({ clause: null }), 'rejected', ['office_staff'], JULY);
    expect(uncited).toMatchObject({
      ok: false,
      reason: { en: 'A rejection must cite the clause it rests on.' },
    });
    expect(canTransitionApplication(submitted(), 'rejected', ['office_staff'], JULY).ok).toBe(false);
  });

  it('applicants cannot decide', () => {
    const cited = submitted({ clause: { article: 9, clause: 5 } });
    expect(canTransitionApplication(cited, 'rejected', ['applicant'], JULY).ok).toBe(false);
  });
});

describe('returned → submitted (resubmission)', () => {
  const BY = shanghaiDayEnd('2025-07-20');
  const returned = (o: Partial<ApplicationFacts> = {}) =>
    context({ status: 'returned', resubmitBy: BY, ...o }, { stage: 'closed' });
  const resubmit = (c: ApplicationContext, now: Date) =>
    canTransitionApplication(c, 'submitted', ['applicant'], now);

  it('is allowed through the last second of the resubmit-by day, after the cycle deadline', () => {
    expect(resubmit(returned(), new Date('2025-07-20T15:59:59.000Z')).ok).toBe(true);
    const late = resubmit(returned(), new Date('2025-07-20T16:00:00.000Z'));
    expect(late).toMatchObject({ ok: false, clause: { article: 15 } });
    if (!late.ok) expect(late.reason.zh).toBe('重新提交期限已于 2025-07-20 23:59:59（北京时间）截止。');
  });

  it('needs a resubmit-by date and a complete form', () => {
    expect(resubmit(returned({ resubmitBy: null }), at(SECOND)).ok).toBe(false);
    expect(resubmit(returned({ formComplete: false }), at(SECOND))).toMatchObject({
      ok: false,
      clause: { article: 15 },
    });
  });
});

describe('availableApplicationTransitions', () => {
  it('lists what these roles may do now', () => {
    expect(availableApplicationTransitions(context(), ['applicant'], JUNE)).toEqual(['awaiting_endorsement']);
    expect(availableApplicationTransitions(context(), ['applicant'], at(SECOND))).toEqual([]);
    const submitted = context({ status: 'submitted' }, {}, { fixes: '补充', resubmitBy: EXTENSION });
    expect(availableApplicationTransitions(submitted, ['office_staff'], JUNE)).toEqual([
      'accepted',
      'returned',
    ]);
  });
});
