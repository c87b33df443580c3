import { describe, expect, it } from 'vitest';
import type { TransitionsTable } from '../../platform/kernel/transitions.js';
import type { CycleFacts, CycleStage } from './cycle-stages.js';
import {
  formatShanghaiDateTime,
  isIsoDate,
  isNoLaterThan,
  shanghaiDate,
  shanghaiDayEnd,
  shanghaiDayStart,
} from '../../platform/kernel/time.js';
import { transitionsTableProblems } from '../../platform/kernel/transitions.js';
import {
  CYCLE_STAGES,
  CYCLE_TRANSITIONS,
  CYCLE_TRANSITION_RULES,
  applicationWindow,
  availableCycleTransitions,
  canTransition,
  isCycleStage,
} from './cycle-stages.js';

/** 2025-06-30 17:00:00 Beijing time. */
const DEADLINE = new Date('2025-06-30T09:00:00.000Z');
const SECOND = 1000;

function at(offsetMs: number, from: Date = DEADLINE): Date {
  return new Date(from.getTime() + offsetMs);
}

function cycle(overrides: Partial<CycleFacts> = {}): CycleFacts {
  return {
    stage: 'draft',
    rulesVersionId: 'jinshui-2011',
    frameworkId: 'gbt19580-2012',
    announcementDate: '2025-05-01',
    applicationDeadline: DEADLINE,
    ...overrides,
  };
}

/** A moment well before the announcement, when the Office prepares the cycle. */
const APRIL = new Date('2025-04-10T02:00:00.000Z');

describe('Asia/Shanghai time', () => {
  it('gives the calendar date in Beijing time, which turns at 16:00 UTC', () => {
    expect(shanghaiDate(new Date('2025-06-30T15:59:59.999Z'))).toBe('2025-06-30');
    expect(shanghaiDate(new Date('2025-06-30T16:00:00.000Z'))).toBe('2025-07-01');
  });

  it('formats a moment as Beijing time, to the second', () => {
    expect(formatShanghaiDateTime(DEADLINE)).toBe('2025-06-30 17:00:00');
    expect(formatShanghaiDateTime(new Date('2024-12-31T16:00:05.900Z'))).toBe('2025-01-01 00:00:05');
  });

  it('knows the first and the last second of a day', () => {
    expect(shanghaiDayStart('2025-05-01').toISOString()).toBe('2025-04-30T16:00:00.000Z');
    expect(shanghaiDayEnd('2025-05-01').toISOString()).toBe('2025-05-01T15:59:59.000Z');
    expect(() => shanghaiDayStart('2025-5-1')).toThrow(RangeError);
  });

  it('accepts only real calendar dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2025-13-01')).toBe(false);
    expect(isIsoDate('2025-06-30T00:00:00Z')).toBe(false);
    expect(isIsoDate(null)).toBe(false);
  });

  it('holds deadlines to the second', () => {
    expect(isNoLaterThan(DEADLINE, DEADLINE)).toBe(true);
    expect(isNoLaterThan(at(999), DEADLINE)).toBe(true);
    expect(isNoLaterThan(at(SECOND), DEADLINE)).toBe(false);
    expect(isNoLaterThan(at(-SECOND), DEADLINE)).toBe(true);
  });
});

describe('the transitions table', () => {
  it('is sound: every target is a stage and every stage is reachable from draft', () => {
    expect(transitionsTableProblems(CYCLE_TRANSITIONS, 'draft')).toEqual([]);
    expect(Object.keys(CYCLE_TRANSITIONS).sort()).toEqual([...CYCLE_STAGES].sort());
  });

  it('has exactly one rule per edge', () => {
    for (const from of CYCLE_STAGES) {
      const rules: Record<string, unknown> = CYCLE_TRANSITION_RULES[from];
      expect(Object.keys(rules).sort(), from).toEqual([...CYCLE_TRANSITIONS[from].to].sort());
    }
  });

  it('the soundness check finds unknown targets and unreachable states', () => {
    const broken = {
      draft: { to: ['published'] },
      published: { to: ['archived'] },
      orphan: { to: [] },
    } as unknown as TransitionsTable<'draft' | 'published' | 'orphan'>;
    expect(transitionsTableProblems(broken, 'draft')).toEqual([
      'published → archived: no such state',
      'orphan: not reachable from draft',
    ]);
  });

  it('recognises its stages', () => {
    expect(isCycleStage('published')).toBe(true);
    expect(isCycleStage('open')).toBe(false);
  });
});

describe('canTransition', () => {
  it('refuses a move the table does not have, naming both stages', () => {
    const result = canTransition(cycle(), 'published', ['office_staff', 'committee_chair'], APRIL);
    expect(result).toMatchObject({ ok: false });
    if (!result.ok) {
      expect(result.reason.zh).toBe('不能从“草稿”变为“已发布”。');
      expect(result.reason.en).toContain('"Draft" to "Published"');
    }
    expect(canTransition(cycle({ stage: 'closed' }), 'published', ['office_staff'], APRIL).ok).toBe(false);
    expect(canTransition(cycle({ stage: 'published' }), 'draft', ['office_staff'], APRIL).ok).toBe(false);
  });

  describe('draft → criteria_approved (Art. 5)', () => {
    it('is for the committee chair', () => {
      expect(canTransition(cycle(), 'criteria_approved', ['committee_chair'], APRIL)).toEqual({ ok: true });
    });

    it('refuses the Office and committee members, citing Art. 5', () => {
      for (const role of ['office_staff', 'committee_member'] as const) {
        const result = canTransition(cycle(), 'criteria_approved', [role], APRIL);
        expect(result).toMatchObject({ ok: false, clause: { article: 5 } });
        if (!result.ok) expect(result.reason.zh).toContain('评委会主任');
      }
    });

    it('needs the programme and the framework chosen', () => {
      expect(
        canTransition(cycle({ frameworkId: null }), 'criteria_approved', ['committee_chair'], APRIL),
      ).toMatchObject({
        ok: false,
        reason: { en: 'The scoring framework of the cycle has not been chosen.' },
      });
      expect(
        canTransition(cycle({ rulesVersionId: ' ' }), 'criteria_approved', ['committee_chair'], APRIL),
      ).toMatchObject({
        ok: false,
        clause: { article: 5 },
      });
    });
  });

  describe('criteria_approved → draft', () => {
    const approved = cycle({ stage: 'criteria_approved' });

    it('only the chair who approves the criteria may withdraw the approval (Art. 5)', () => {
      expect(canTransition(approved, 'draft', ['committee_chair'], APRIL).ok).toBe(true);
    });

    it('the Office may not withdraw the chair’s approval, nor may anyone else', () => {
      for (const roles of [['office_staff'], ['committee_member', 'applicant']] as const) {
        const result = canTransition(approved, 'draft', roles, APRIL);
        expect(result).toMatchObject({ ok: false, clause: { article: 5 } });
        if (!result.ok) {
          expect(result.reason.en).toContain('Committee chair');
          expect(result.reason.en).not.toContain('Office staff');
        }
      }
    });
  });

  describe('criteria_approved → published (Art. 13)', () => {
    const approved = (o: Partial<CycleFacts> = {}) => cycle({ stage: 'criteria_approved', ...o });

    it('is for the Office, not the chair', () => {
      expect(canTransition(approved(), 'published', ['office_staff'], APRIL)).toEqual({ ok: true });
      expect(canTransition(approved(), 'published', ['committee_chair'], APRIL)).toMatchObject({
        ok: false,
        clause: { article: 13 },
      });
    });

    it('needs the announcement date and the deadline', () => {
      expect(
        canTransition(approved({ announcementDate: null }), 'published', ['office_staff'], APRIL),
      ).toMatchObject({
        ok: false,
        reason: { en: 'The announcement date has not been set.' },
        clause: { article: 13 },
      });
      expect(
        canTransition(approved({ announcementDate: '2025-02-30' }), 'published', ['office_staff'], APRIL).ok,
      ).toBe(false);
      expect(
        canTransition(approved({ applicationDeadline: null }), 'published', ['office_staff'], APRIL),
      ).toMatchObject({ ok: false, reason: { en: 'The application deadline has not been set.' } });
    });

    it('needs the programme and framework ids', () => {
      expect(
        canTransition(approved({ rulesVersionId: null }), 'published', ['office_staff'], APRIL),
      ).toMatchObject({
        ok: false,
        clause: { article: 13 },
      });
      expect(canTransition(approved({ frameworkId: '' }), 'published', ['office_staff'], APRIL).ok).toBe(
        false,
      );
    });

    it('needs the deadline on a day after the announcement date (Beijing calendar)', () => {
      // 2025-05-01 23:59:59 Beijing time: still the announcement day.
      const sameDay = approved({ applicationDeadline: new Date('2025-05-01T15:59:59.000Z') });
      const result = canTransition(sameDay, 'published', ['office_staff'], APRIL);
      expect(result).toMatchObject({ ok: false, clause: { article: 13 } });
      if (!result.ok) expect(result.reason.zh).toContain('须晚于公告日期（2025-05-01）');
      // 2025-05-02 00:00:00 Beijing time: the next day.
      const nextDay = approved({ applicationDeadline: new Date('2025-05-01T16:00:00.000Z') });
      expect(canTransition(nextDay, 'published', ['office_staff'], APRIL).ok).toBe(true);
      const before = approved({ applicationDeadline: new Date('2025-04-20T09:00:00.000Z') });
      expect(canTransition(before, 'published', ['office_staff'], APRIL).ok).toBe(false);
    });

    it('refuses to publish once the deadline has passed (to the second)', () => {
      expect(canTransition(approved(), 'published', ['office_staff'], DEADLINE).ok).toBe(true);
      const late = canTransition(approved(), 'published', ['office_staff'], at(SECOND));
      expect(late).toMatchObject({ ok: false });
      if (!late.ok) expect(late.reason.zh).toContain('2025-06-30 17:00:00（北京时间）已过');
    });
  });

  describe('published → closed', () => {
    const published = cycle({ stage: 'published' });

    it('cannot close before or at the deadline second', () => {
      for (const now of [APRIL, DEADLINE, at(999)]) {
        const result = canTransition(published, 'closed', ['office_staff'], now);
        expect(result).toMatchObject({ ok: false, clause: { article: 14 } });
        if (!result.ok)
          expect(result.reason.en).toContain('2025-06-30 17:00:00 Beijing time, has not passed yet');
      }
    });

    it('closes one second after the deadline, by the Office only', () => {
      expect(canTransition(published, 'closed', ['office_staff'], at(SECOND))).toEqual({ ok: true });
      expect(canTransition(published, 'closed', ['committee_chair'], at(SECOND)).ok).toBe(false);
    });

    it('cannot close without a deadline', () => {
      expect(
        canTransition(
          cycle({ stage: 'published', applicationDeadline: null }),
          'closed',
          ['office_staff'],
          APRIL,
        ),
      ).toMatchObject({ ok: false });
    });
  });
});

describe('availableCycleTransitions', () => {
  it('lists what these roles may do now', () => {
    const approved = cycle({ stage: 'criteria_approved' });
    expect(availableCycleTransitions(approved, ['office_staff'], APRIL)).toEqual(['published']);
    expect(availableCycleTransitions(approved, ['committee_chair'], APRIL)).toEqual(['draft']);
    expect(availableCycleTransitions(approved, ['applicant'], APRIL)).toEqual([]);
    expect(availableCycleTransitions(cycle({ stage: 'closed' }), ['office_staff'], APRIL)).toEqual([]);
  });
});

describe('applicationWindow', () => {
  const published = (o: Partial<CycleFacts> = {}) => cycle({ stage: 'published', ...o });

  it('is not published before the Office publishes', () => {
    for (const stage of ['draft', 'criteria_approved'] satisfies CycleStage[]) {
      expect(applicationWindow(cycle({ stage }), APRIL)).toBe('not-published');
      expect(applicationWindow(cycle({ stage }), DEADLINE)).toBe('not-published');
    }
  });

  it('is announced until the announcement day begins in Beijing, then open', () => {
    expect(applicationWindow(published(), new Date('2025-04-30T15:59:59.999Z'))).toBe('announced');
    expect(applicationWindow(published(), new Date('2025-04-30T16:00:00.000Z'))).toBe('open');
  });

  it('is open through the deadline second and closed from the next', () => {
    expect(applicationWindow(published(), DEADLINE)).toBe('open');
    expect(applicationWindow(published(), at(999))).toBe('open');
    expect(applicationWindow(published(), at(SECOND))).toBe('closed');
  });

  it('is closed once the Office has closed the cycle', () => {
    expect(applicationWindow(cycle({ stage: 'closed' }), APRIL)).toBe('closed');
  });

  it('is never open for a published cycle missing a date', () => {
    expect(applicationWindow(published({ applicationDeadline: null }), DEADLINE)).toBe('announced');
    expect(applicationWindow(published({ announcementDate: null }), DEADLINE)).toBe('announced');
  });
});
