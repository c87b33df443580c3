import type { LocalizedText } from '../i18n/localized.js';

// ── Beijing time (Asia/Shanghai) ────────────────────────────────────────────────────────────
// The platform's legal time is Beijing time. China has kept UTC+8 without daylight saving since
// 1991, so a fixed offset is exact for every date the platform handles; fixed arithmetic keeps
// these functions pure and identical on the server and in any browser, whatever the host's time
// zone or ICU data (docs/decisions/0006-fixed-utc8-arithmetic.md). This is the one
// implementation: the server's rules and messages, the receipt and the web app all use it.

/** Beijing time is UTC+8, all year. */
export const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const WALL_TIME = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?$/;

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** The wall clock in Beijing at a moment. */
export interface ShanghaiWall {
  year: number;
  /** 1–12. */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

export function shanghaiWall(moment: Date): ShanghaiWall {
  const local = new Date(moment.getTime() + SHANGHAI_OFFSET_MS);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds(),
  };
}

/** The calendar date (YYYY-MM-DD) in Asia/Shanghai at a moment. */
export function shanghaiDate(moment: Date): string {
  const w = shanghaiWall(moment);
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`;
}

/** The wall-clock time (HH:mm:ss) in Asia/Shanghai at a moment. */
export function shanghaiTime(moment: Date): string {
  const w = shanghaiWall(moment);
  return `${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}`;
}

/** A moment as people in the district read it: '2025-06-30 17:00:00' (Beijing time). */
export function formatShanghaiDateTime(moment: Date): string {
  return `${shanghaiDate(moment)} ${shanghaiTime(moment)}`;
}

/** A moment to the minute, as zh-CN writes it: '2025/06/30 17:00' (Beijing time; the lock-out message). */
export function formatShanghaiMinute(moment: Date): string {
  const w = shanghaiWall(moment);
  return `${pad(w.year, 4)}/${pad(w.month)}/${pad(w.day)} ${pad(w.hour)}:${pad(w.minute)}`;
}

/** A moment in words: '2026年11月26日 17:45:03（北京时间）' / '26 November 2026, 17:45:03 (Beijing time, UTC+8)'. */
export function formatBeijingTime(moment: Date): LocalizedText {
  const w = shanghaiWall(moment);
  const time = shanghaiTime(moment);
  return {
    zh: `${w.year}年${w.month}月${w.day}日 ${time}（北京时间）`,
    en: `${w.day} ${MONTHS[w.month - 1]} ${w.year}, ${time} (Beijing time, UTC+8)`,
  };
}

/** A day in words: '2026年11月26日' / '26 November 2026'. */
export function formatBeijingDate(moment: Date): LocalizedText {
  const w = shanghaiWall(moment);
  return { zh: `${w.year}年${w.month}月${w.day}日`, en: `${w.day} ${MONTHS[w.month - 1]} ${w.year}` };
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

/** A range of whole Beijing days, as moments: `since` inclusive, `until` exclusive; null is open. */
export type ShanghaiDayRange =
  { ok: true; since: Date | null; until: Date | null } | { ok: false; reason: 'not-a-date' | 'reversed' };

/**
 * From the first moment of `from` up to (not including) the first moment after `to`, both
 * YYYY-MM-DD Beijing dates and both optional: "1 to 31 March" keeps every moment of 31 March.
 */
export function shanghaiDayRange(from: string | undefined, to: string | undefined): ShanghaiDayRange {
  if ((from !== undefined && !isIsoDate(from)) || (to !== undefined && !isIsoDate(to))) {
    return { ok: false, reason: 'not-a-date' };
  }
  if (from !== undefined && to !== undefined && from > to) return { ok: false, reason: 'reversed' };
  return {
    ok: true,
    since: from === undefined ? null : shanghaiDayStart(from),
    until: to === undefined ? null : new Date(shanghaiDayStart(to).getTime() + DAY_MS),
  };
}

/** The calendar date `days` after (or, negative, before) a YYYY-MM-DD date. Throws on a malformed date. */
export function addDays(isoDate: string, days: number): string {
  if (!Number.isInteger(days)) throw new RangeError(`not a whole number of days: ${days}`);
  return shanghaiDate(new Date(shanghaiDayStart(isoDate).getTime() + days * DAY_MS));
}

/**
 * The moment of a date and time read on a Beijing clock: 'YYYY-MM-DD HH:mm' or
 * 'YYYY-MM-DD HH:mm:ss' (a 'T' may stand for the space). Null when it is not a real date and time.
 */
export function parseShanghaiDateTime(text: string): Date | null {
  const m = WALL_TIME.exec(text.trim());
  if (!m || !isIsoDate(m[1])) return null;
  const [hour, minute, second] = [Number(m[2]), Number(m[3]), Number(m[4] ?? 0)];
  if (hour > 23 || minute > 59 || second > 59) return null;
  return new Date(shanghaiDayStart(m[1]).getTime() + ((hour * 60 + minute) * 60 + second) * 1000);
}

/**
 * Deadlines hold to the second: a moment is in time if its whole second is not after the
 * deadline's. With a deadline of 17:00:00, 17:00:00.999 is in time (the receipt shows 17:00:00)
 * and 17:00:01 is late.
 */
export function isNoLaterThan(moment: Date, deadline: Date): boolean {
  return Math.floor(moment.getTime() / 1000) <= Math.floor(deadline.getTime() / 1000);
}
