import { describe, expect, it } from 'vitest';
import { beijingDate, beijingIso, beijingText, beijingWall } from './beijingTime.js';

describe('Beijing time, whatever the browser’s zone', () => {
  it('reads a moment as the date and time people in the district see', () => {
    expect(beijingWall('2026-12-31T09:00:00.000Z')).toEqual({ date: '2026-12-31', time: '17:00:00' });
    expect(beijingWall('2026-12-31T16:00:00.000Z')).toEqual({ date: '2027-01-01', time: '00:00:00' });
    expect(beijingText('2026-12-31T15:59:59.000Z')).toBe('2026-12-31 23:59:59');
  });

  it('writes a date and time entered in Beijing time as a moment with its offset, to the second', () => {
    expect(beijingIso('2026-12-31', '17:00')).toBe('2026-12-31T17:00:00+08:00');
    expect(new Date(beijingIso('2026-12-31', '17:00:00')).toISOString()).toBe('2026-12-31T09:00:00.000Z');
    expect(beijingWall(new Date(beijingIso('2027-01-01', '00:00:01')).toISOString())).toEqual({
      date: '2027-01-01',
      time: '00:00:01',
    });
  });

  it('knows which day it is in Beijing when it is still yesterday in UTC', () => {
    expect(beijingDate(Date.parse('2026-11-26T18:30:00Z'))).toBe('2026-11-27');
  });
});
