import { useTranslation } from 'react-i18next';
import {
  DEFAULT_LOCALE,
  LOCALES,
  pick,
  type Locale,
  type LocalizedText,
} from '../../../src/platform/i18n/localized.js';

export interface LocaleTools {
  locale: Locale;
  /** The text in the current language. */
  local: (text: LocalizedText) => string;
}

/** The current locale and a picker for `{ zh, en }` texts from the server; re-renders on switch. */
export function useLocale(): LocaleTools {
  const { i18n } = useTranslation();
  const locale = (LOCALES as readonly string[]).includes(i18n.language)
    ? (i18n.language as Locale)
    : DEFAULT_LOCALE;
  return { locale, local: (text) => pick(text, locale) };
}
