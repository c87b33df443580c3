import type { Locale } from '../../../src/platform/i18n/localized.js';
import { pick } from '../../../src/platform/i18n/localized.js';
import {
  formatBeijingDate,
  formatShanghaiDateTime,
  shanghaiWall,
} from '../../../src/platform/kernel/time.js';

/** Date and time in Beijing time, the platform's legal time: '2026-12-02 17:45:03', in both languages. */
export function formatDateTime(iso: string | null | undefined, _locale: Locale): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return formatShanghaiDateTime(date);
}

/** A day in words, in Beijing time: '2026年12月2日' / '2 December 2026'. */
export function formatDate(iso: string, locale: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return pick(formatBeijingDate(date), locale);
}

export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale).format(value);
}

/** The current year in Beijing. */
export function currentYear(): number {
  return shanghaiWall(new Date()).year;
}
