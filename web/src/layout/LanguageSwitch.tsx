import { Grid } from 'antd';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { LOCALES } from '../../../src/platform/i18n/localized.js';
import { setLocale } from '../i18n/i18n.js';
import { useLocale } from '../i18n/useLocale.js';

const LABEL_KEYS = { 'zh-CN': 'lang.zh', en: 'lang.en' } as const;
const SHORT_KEYS = { 'zh-CN': 'lang.zhShort', en: 'lang.enShort' } as const;

/** 中文 | English — each option written in its own language so anyone can find theirs. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const compact = !(Grid.useBreakpoint().sm ?? true);
  return (
    <div className="lang-switch" role="group" aria-label={t('lang.label')}>
      {LOCALES.map((option, index) => (
        <Fragment key={option}>
          {index > 0 && (
            <span className="lang-switch__sep" aria-hidden="true">
              |
            </span>
          )}
          <button
            type="button"
            className="lang-switch__option"
            lang={option}
            aria-pressed={locale === option}
            // The short label, when shown, begins the accessible name (WCAG 2.5.3: label in name).
            aria-label={compact ? `${t(SHORT_KEYS[option])} ${t(LABEL_KEYS[option])}` : undefined}
            onClick={() => void setLocale(option)}
          >
            {t(compact ? SHORT_KEYS[option] : LABEL_KEYS[option])}
          </button>
        </Fragment>
      ))}
    </div>
  );
}
