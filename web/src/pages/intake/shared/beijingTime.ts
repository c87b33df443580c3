/**
 * The form controls' view of Beijing time, over the one implementation in the shared kernel
 * (`src/platform/kernel/time.ts`: UTC+8, no daylight saving since 1991), so a deadline reads
 * the same whatever the browser's time zone.
 */
import { shanghaiDate, shanghaiTime } from '../../../../../src/platform/kernel/time.js';

/** The calendar date and wall-clock time in Beijing of a moment: { date: '2026-12-31', time: '17:00:00' }. */
export function beijingWall(iso: string): { date: string; time: string } {
  const moment = new Date(iso);
  return { date: shanghaiDate(moment), time: shanghaiTime(moment) };
}

/** The moment of a Beijing date and time, as ISO 8601 with its offset ('2026-12-31T17:00:00+08:00'). */
export function beijingIso(date: string, time: string): string {
  return `${date}T${time.length === 5 ? `${time}:00` : time}+08:00`;
}

/** Today's date in Beijing at a moment (milliseconds since the epoch). */
export function beijingDate(moment: number): string {
  return shanghaiDate(new Date(moment));
}

/** '2026-12-31 17:00:00': the form the rules and the server's messages use. */
export function beijingText(iso: string): string {
  const { date, time } = beijingWall(iso);
  return `${date} ${time}`;
}
