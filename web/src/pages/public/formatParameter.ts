import type { TFunction } from 'i18next';
import type { Locale } from '../../../../src/platform/i18n/localized.js';
import type { ProgrammeParameter } from '../../../../src/programmes/programme.types.js';
import { formatNumber } from '../../i18n/format.js';

/** A programme parameter's value with its unit: 3 家, 500,000 元, 14 天 / ¥500,000, 14 days. */
export function formatParameter(
  parameter: ProgrammeParameter<number | string>,
  t: TFunction,
  locale: Locale,
): string {
  const { value, unit } = parameter;
  if (unit === 'text' || typeof value === 'string') return String(value);
  return t(`units.${unit}`, { value: formatNumber(value, locale) });
}
