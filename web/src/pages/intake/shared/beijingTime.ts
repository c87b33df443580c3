/**
 * Beijing time (UTC+8, no daylight saving since 1991) without depending on the browser's time
 * zone: the Office enters deadlines as people in the district read them, wherever the browser is.
 */
const OFFSET_MS = 8 * 60 * 60 * 1000;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The calendar date and wall-clock time in Beijing of a moment: { date: '2026-12-31', time: '17:00:00' }. */
export function beijingWall(iso: string): { date: string; time: string } {
  const local = new Date(Date.parse(iso) + OFFSET_MS);
  return {
    date: `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`,
    time: `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}`,
  };
}

/** The moment of a Beijing date and time, as ISO 8601 with its offset ('2026-12-31T17:00:00+08:00'). */
export function beijingIso(date: string, time: string): string {
  return `${date}T${time.length === 5 ? `${time}:00` : time}+08:00`;
}

/** Today's date in Beijing at a moment (milliseconds since the epoch). */
export function beijingDate(moment: number): string {
  return beijingWall(new Date(moment).toISOString()).date;
}

/** '2026-12-31 17:00:00': the form the rules and the server's messages use. */
export function beijingText(iso: string): string {
  const { date, time } = beijingWall(iso);
  return `${date} ${time}`;
}
