import { describe, expect, it } from 'vitest';
import {
  addDays,
  formatBeijingDate,
  formatBeijingTime,
  formatShanghaiDateTime,
  formatShanghaiMinute,
  isIsoDate,
  isNoLaterThan,
  parseShanghaiDateTime,
  shanghaiDate,
  shanghaiDayEnd,
  shanghaiDayRange,
  shanghaiDayStart,
} from './time.js';

describe('Beijing time', () => {
  it('puts 23:59:59.999 on one Beijing day and 00:00 on the next', () => {
    const lastMoment = new Date('2026-06-30T15:59:59.999Z');
    const midnight = new Date('2026-06-30T16:00:00.000Z');
    expect(shanghaiDate(lastMoment)).toBe('2026-06-30');
    expect(shanghaiDate(midnight)).toBe('2026-07-01');
    expect(formatShanghaiDateTime(lastMoment)).toBe('2026-06-30 23:59:59');
    expect(formatShanghaiDateTime(midnight)).toBe('2026-07-01 00:00:00');
    expect(formatShanghaiMinute(lastMoment)).toBe('2026/06/30 23:59');
  });

  it('starts a Beijing day at 16:00 UTC the day before and ends it on its last second', () => {
    expect(shanghaiDayStart('2026-07-01').toISOString()).toBe('2026-06-30T16:00:00.000Z');
    expect(shanghaiDayEnd('2026-06-30').toISOString()).toBe('2026-06-30T15:59:59.000Z');
    expect(isNoLaterThan(new Date('2026-06-30T15:59:59.999Z'), shanghaiDayEnd('2026-06-30'))).toBe(true);
    expect(isNoLaterThan(new Date('2026-06-30T16:00:00.000Z'), shanghaiDayEnd('2026-06-30'))).toBe(false);
  });

  it('knows the leap day: 29 February 2028 exists, 29 February 2027 does not', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2027-02-29')).toBe(false);
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2028-02-29', 1)).toBe('2028-03-01');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(shanghaiDate(new Date('2028-02-28T16:00:00.000Z'))).toBe('2028-02-29');
    expect(() => shanghaiDayStart('2027-02-29')).toThrow(RangeError);
  });

  it('adds days across a year end and refuses a fraction of a day', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-01-01', 365)).toBe('2027-01-01');
    expect(() => addDays('2026-01-01', 0.5)).toThrow(RangeError);
  });

  it('reads "YYYY-MM-DD HH:mm" on a Beijing clock, whatever the host zone', () => {
    expect(parseShanghaiDateTime('2026-06-30 17:00')?.toISOString()).toBe('2026-06-30T09:00:00.000Z');
    expect(parseShanghaiDateTime('2026-07-01 00:00')?.toISOString()).toBe('2026-06-30T16:00:00.000Z');
    expect(parseShanghaiDateTime('2028-02-29 23:59:59')?.toISOString()).toBe('2028-02-29T15:59:59.000Z');
    expect(parseShanghaiDateTime('2027-02-29 10:00')).toBeNull();
    expect(parseShanghaiDateTime('2026-06-30 24:00')).toBeNull();
    expect(parseShanghaiDateTime('2026-06-30')).toBeNull();
  });

  it('words a moment and a day in both languages', () => {
    expect(formatBeijingTime(new Date('2026-12-31T16:00:00Z'))).toEqual({
      zh: '2027年1月1日 00:00:00（北京时间）',
      en: '1 January 2027, 00:00:00 (Beijing time, UTC+8)',
    });
    expect(formatBeijingDate(new Date('2026-02-28T16:00:00Z'))).toEqual({
      zh: '2026年3月1日',
      en: '1 March 2026',
    });
  });
});

describe('a range of Beijing dates', () => {
  it('runs from the first moment of the first day to the first moment after the last', () => {
    const range = shanghaiDayRange('2026-03-01', '2026-03-31');
    expect(range).toEqual({
      ok: true,
      since: new Date('2026-02-28T16:00:00.000Z'),
      until: new Date('2026-03-31T16:00:00.000Z'),
    });
  });

  it('keeps the last millisecond of the last day and leaves out the next day', () => {
    const range = shanghaiDayRange(undefined, '2026-03-31');
    if (!range.ok) throw new Error('expected a range');
    const lastMoment = new Date('2026-03-31T23:59:59.999+08:00');
    expect(range.since).toBeNull();
    expect(lastMoment < range.until!).toBe(true);
    expect(new Date('2026-04-01T00:00:00.000+08:00') < range.until!).toBe(false);
  });

  it('is open at either end, and one day when both dates are the same', () => {
    expect(shanghaiDayRange(undefined, undefined)).toEqual({ ok: true, since: null, until: null });
    const day = shanghaiDayRange('2026-02-28', '2026-02-28');
    if (!day.ok) throw new Error('expected a range');
    expect(day.until!.getTime() - day.since!.getTime()).toBe(24 * 3600_000);
  });

  it('refuses a date that is not on the calendar and a range that ends before it starts', () => {
    expect(shanghaiDayRange('2026-02-30', undefined)).toEqual({ ok: false, reason: 'not-a-date' });
    expect(shanghaiDayRange(undefined, '2026-13-01')).toEqual({ ok: false, reason: 'not-a-date' });
    expect(shanghaiDayRange('2026-03-02', '2026-03-01')).toEqual({ ok: false, reason: 'reversed' });
  });
});
