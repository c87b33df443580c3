import type { Locale } from '../../../../src/platform/i18n/localized.js';

const SEPARATOR = '。 / ';

/**
 * Detected conflicts store their evidence as "中文。 / English" in one text; show the part in the
 * reader's language. Evidence typed by people is shown as written.
 */
export function evidenceIn(evidence: string, locale: Locale): string {
  const at = evidence.indexOf(SEPARATOR);
  if (at < 0) return evidence;
  return locale === 'en' ? evidence.slice(at + SEPARATOR.length) : evidence.slice(0, at + 1);
}
