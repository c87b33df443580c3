import type { ConfigProviderProps } from 'antd';

export type AntdLocale = NonNullable<ConfigProviderProps['locale']>;

/**
 * antd ships its locale files as ES modules without declaring `"type": "module"`, so TypeScript
 * (NodeNext) sees a CommonJS namespace while the bundler hands us the locale itself. Accept both.
 */
export function esDefault(module: AntdLocale | { default: AntdLocale }): AntdLocale {
  return 'default' in module ? module.default : module;
}
