import type { LocalizedText } from '../../platform/i18n/localized.js';

/** The level of government that runs an award (GB/T 2260 administrative divisions). */
export const JURISDICTION_LEVELS = ['district', 'city', 'province'] as const;
export type JurisdictionLevel = (typeof JURISDICTION_LEVELS)[number];

/**
 * GB/T 2260 codes are six digits, two per level: a province ends in 0000 (410000 河南省), a
 * prefecture-level city in 00 (410100 郑州市), a county-level district in neither (410105 金水区).
 */
export function levelOfCode(code: string): JurisdictionLevel | undefined {
  if (!/^[1-9][0-9]{5}$/.test(code)) return undefined;
  if (code.endsWith('0000')) return 'province';
  if (code.endsWith('00')) return 'city';
  return 'district';
}

/** Why a jurisdiction code and level do not go together, or undefined when they do. */
export function jurisdictionProblem(code: string, level: JurisdictionLevel): LocalizedText | undefined {
  const actual = levelOfCode(code);
  if (!actual) {
    return {
      zh: `行政区划代码“${code}”应为 6 位数字（GB/T 2260）`,
      en: `the division code "${code}" must be 6 digits (GB/T 2260)`,
    };
  }
  if (actual !== level) {
    const names: Record<JurisdictionLevel, LocalizedText> = {
      district: { zh: '区（县）', en: 'district (county)' },
      city: { zh: '市', en: 'city' },
      province: { zh: '省', en: 'province' },
    };
    return {
      zh: `代码 ${code} 是${names[actual].zh}级，而奖项设为${names[level].zh}级`,
      en: `code ${code} is of a ${names[actual].en}, but the award is set at ${names[level].en} level`,
    };
  }
  return undefined;
}

/**
 * Whether a region lies within a jurisdiction: 410105 (金水区) within 410100 (郑州市) and 410000
 * (河南省), not within 410102 (中原区). Compares the code's significant digits.
 */
export function jurisdictionContains(jurisdiction: string, region: string): boolean {
  const level = levelOfCode(jurisdiction);
  if (!level || !levelOfCode(region)) return false;
  const digits = level === 'province' ? 2 : level === 'city' ? 4 : 6;
  return region.slice(0, digits) === jurisdiction.slice(0, digits);
}
