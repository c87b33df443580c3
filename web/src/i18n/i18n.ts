import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../../../src/platform/i18n/localized.js';
import type { AntdLocale } from './antdLocales.js';
import type { ExpertsMessages } from './experts.zh-CN.js';
import type { IntakeMessages, IntakeWorkspaceMessages } from './intake.zh-CN.js';
import type { Messages } from './zh-CN.js';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Messages & ExpertsMessages & IntakeWorkspaceMessages; intake: IntakeMessages };
  }
}

const STORAGE_KEY = 'qa.locale';

function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The locale the person chose last time on this device, else Chinese. */
export function storedLocale(): Locale {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isLocale(value) ? value : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

export function currentLocale(): Locale {
  return isLocale(i18n.language) ? i18n.language : DEFAULT_LOCALE;
}

/** Switches the language, remembers the choice and tells assistive technology via <html lang>. */
export async function setLocale(locale: Locale): Promise<void> {
  try {
    window.localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Private browsing may refuse storage; the switch still applies to this page.
  }
  await loadLocale(locale);
  await i18n.changeLanguage(locale);
}

/**
 * Each language's messages are a chunk of their own, so a visitor downloads only the language
 * shown; the other arrives when they switch.
 */
const BUNDLES: Record<Locale, () => Promise<{ messages: LocaleBundle }>> = {
  'zh-CN': () => import('./messages.zh-CN.js'),
  en: () => import('./messages.en.js'),
};

interface LocaleBundle {
  /** Merged deeply, in order, into the one namespace (`experts.title`, `nav.draws`). */
  translation: object[];
  intake: object;
  antd: AntdLocale;
}

const antdLocales: Partial<Record<Locale, AntdLocale>> = {};

async function loadLocale(locale: Locale): Promise<void> {
  if (antdLocales[locale]) return;
  const { messages } = await BUNDLES[locale]();
  for (const part of messages.translation) i18n.addResourceBundle(locale, 'translation', part, true, true);
  i18n.addResourceBundle(locale, 'intake', messages.intake, true, true);
  antdLocales[locale] = messages.antd;
}

/** antd's own texts (pagination, empty states, date pickers) in a language already loaded. */
export function antdLocale(locale: Locale): AntdLocale | undefined {
  return antdLocales[locale];
}

i18n.on('languageChanged', (lng) => {
  document.documentElement.lang = lng;
});

const initial = storedLocale();
/** Resolves once the first language's messages are in; main.tsx renders after it. */
export const i18nReady: Promise<void> = i18n
  .use(initReactI18next)
  .init({
    resources: {},
    lng: initial,
    fallbackLng: DEFAULT_LOCALE,
    supportedLngs: [...LOCALES],
    interpolation: { escapeValue: false },
    returnNull: false,
  })
  .then(() => loadLocale(initial))
  .then(() => {
    document.documentElement.lang = currentLocale();
  });

export { i18n };
