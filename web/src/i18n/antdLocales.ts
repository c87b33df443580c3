import type { ConfigProviderProps } from 'antd';
import enUSModule from 'antd/es/locale/en_US.js';
import zhCNModule from 'antd/es/locale/zh_CN.js';
import type { Locale } from '../../../src/platform/i18n/localized.js';

type AntdLocale = NonNullable<ConfigProviderProps['locale']>;

/**
 * antd ships its locale files as ES modules without declaring `"type": "module"`, so TypeScript
 * (NodeNext) sees a CommonJS namespace while the bundler hands us the locale itself. Accept both.
 */
function esDefault(module: AntdLocale | { default: AntdLocale }): AntdLocale {
  return 'default' in module ? module.default : module;
}

export const ANTD_LOCALES: Record<Locale, AntdLocale> = {
  'zh-CN': esDefault(zhCNModule),
  en: esDefault(enUSModule),
};
