import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../../../src/platform/i18n/localized.js';
import { en } from './en.js';
import { expertsEn } from './experts.en.js';
import { expertsZhCN, type ExpertsMessages } from './experts.zh-CN.js';
import { intakeEn, intakeWorkspaceEn } from './intake.en.js';
import {
  intakeWorkspaceZhCN,
  intakeZhCN,
  type IntakeMessages,
  type IntakeWorkspaceMessages,
} from './intake.zh-CN.js';
import { zhCN, type Messages } from './zh-CN.js';

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
  await i18n.changeLanguage(locale);
}

i18n.on('languageChanged', (lng) => {
  document.documentElement.lang = lng;
});

void i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
  lng: storedLocale(),
  fallbackLng: DEFAULT_LOCALE,
  supportedLngs: [...LOCALES],
  interpolation: { escapeValue: false },
  returnNull: false,
});
// Feature strings merged deeply into the one namespace (`experts.title`, `nav.draws`).
i18n.addResourceBundle('zh-CN', 'translation', expertsZhCN, true);
i18n.addResourceBundle('en', 'translation', expertsEn, true);
// Intake pages: their own namespace `intake`, and their links on the workspace role cards.
i18n.addResourceBundle('zh-CN', 'intake', intakeZhCN);
i18n.addResourceBundle('en', 'intake', intakeEn);
i18n.addResourceBundle('zh-CN', 'translation', intakeWorkspaceZhCN, true);
i18n.addResourceBundle('en', 'translation', intakeWorkspaceEn, true);

document.documentElement.lang = currentLocale();

export { i18n };
