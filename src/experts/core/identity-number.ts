import type { LocalizedText } from '../../platform/i18n/localized.js';

/**
 * Citizen identity number (公民身份号码, GB 11643-1999), 18 characters: positions 1–6 the
 * region code (GB/T 2260), 7–14 the birth date YYYYMMDD, 15–17 a sequence number (odd for men,
 * even for women), 18 the check character (ISO 7064 MOD 11-2).
 */
export const IDENTITY_NUMBER_LENGTH = 18;

/** Weights of positions 1–17: 2^(18−i) mod 11. */
export const IDENTITY_NUMBER_WEIGHTS: readonly number[] = [
  7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2,
];

/** The check character for each value of (Σ digit·weight) mod 11. */
export const IDENTITY_CHECK_CHARACTERS = '10X98765432';

/** Birth dates before this are refused as typing errors: nobody born then sits on a panel. */
export const EARLIEST_BIRTH_DATE = '1900-01-01';

export type IdentityNumberProblem = 'length' | 'characters' | 'birth-date' | 'check-character';

export type IdentityNumberCheck =
  { ok: true; birthDate: string } | { ok: false; problem: IdentityNumberProblem; message: LocalizedText };

/**
 * The number as people type or paste it, made comparable: full-width characters (１, Ｘ, the
 * ideographic space) become half-width, surrounding white space goes, a lower-case x becomes X.
 * Nothing else changes: a wrong character stays for `checkIdentityNumber` to name.
 */
export function normaliseIdentityNumber(raw: string): string {
  const halfWidth = raw.replace(/[\uFF01-\uFF5E\u3000]/g, (ch) => {
    const cp = ch.codePointAt(0) ?? 0;
    return cp === 0x3000 ? ' ' : String.fromCodePoint(cp - 0xfee0);
  });
  return halfWidth.trim().replace(/x/g, 'X');
}

/** The check character (position 18) for 17 digits. Throws a RangeError for anything else. */
export function identityCheckCharacter(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError('identityCheckCharacter needs 17 digits');
  const sum = [...first17].reduce(
    (acc, digit, i) => acc + Number(digit) * (IDENTITY_NUMBER_WEIGHTS[i] ?? 0),
    0,
  );
  return IDENTITY_CHECK_CHARACTERS.charAt(sum % 11);
}

/** 'YYYYMMDD' as an ISO date when it names a day of the Gregorian calendar, otherwise null. */
function realDate(yyyymmdd: string): string | null {
  const year = Number(yyyymmdd.slice(0, 4));
  const month = Number(yyyymmdd.slice(4, 6));
  const day = Number(yyyymmdd.slice(6, 8));
  if (month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${yyyymmdd.slice(0, 4)}-${yyyymmdd.slice(4, 6)}-${yyyymmdd.slice(6, 8)}`;
}

/**
 * Checks a normalised number (see `normaliseIdentityNumber`) against `today` (an ISO date): its
 * length, its characters, its birth date (a real day, not after today, not before 1900), then its
 * check character. A refusal says what is wrong but never the expected check character. On
 * success returns the birth date as an ISO date.
 */
export function checkIdentityNumber(value: string, today: string): IdentityNumberCheck {
  const symbols = [...value];
  if (symbols.length !== IDENTITY_NUMBER_LENGTH) {
    return {
      ok: false,
      problem: 'length',
      message: {
        zh: `身份证号码应为 ${IDENTITY_NUMBER_LENGTH} 位，当前为 ${symbols.length} 位。`,
        en: `An identity number has ${IDENTITY_NUMBER_LENGTH} characters; this one has ${symbols.length}.`,
      },
    };
  }
  const bad = symbols
    .map((symbol, index) => ({ symbol, position: index + 1 }))
    .filter(
      ({ symbol, position }) =>
        !/\d/.test(symbol) && !(position === IDENTITY_NUMBER_LENGTH && symbol === 'X'),
    );
  if (bad.length > 0) {
    const zh = bad.map(({ symbol, position }) => `第 ${position} 位“${symbol}”`).join('、');
    const en = bad.map(({ symbol, position }) => `"${symbol}" at position ${position}`).join(', ');
    return {
      ok: false,
      problem: 'characters',
      message: {
        zh: `${zh}不是身份证号码可用的字符（前 17 位为数字，第 18 位为数字或 X）。`,
        en: `${en} ${bad.length === 1 ? 'is' : 'are'} not allowed: an identity number has 17 digits followed by a digit or X.`,
      },
    };
  }
  const birth = value.slice(6, 14);
  const birthDate = realDate(birth);
  if (birthDate === null) {
    return {
      ok: false,
      problem: 'birth-date',
      message: {
        zh: `身份证号码第 7–14 位的出生日期“${birth}”不是有效日期。`,
        en: `The birth date in positions 7–14, "${birth}", is not a real date.`,
      },
    };
  }
  if (birthDate > today) {
    return {
      ok: false,
      problem: 'birth-date',
      message: {
        zh: `身份证号码中的出生日期 ${birthDate} 晚于今天（${today}）。`,
        en: `The birth date in the identity number, ${birthDate}, is after today (${today}).`,
      },
    };
  }
  if (birthDate < EARLIEST_BIRTH_DATE) {
    return {
      ok: false,
      problem: 'birth-date',
      message: {
        zh: `身份证号码中的出生日期 ${birthDate} 早于 1900 年，请核对是否输入有误。`,
        en: `The birth date in the identity number, ${birthDate}, is before 1900; please check for a typing error.`,
      },
    };
  }
  if (identityCheckCharacter(value.slice(0, 17)) !== symbols[17]) {
    return {
      ok: false,
      problem: 'check-character',
      message: {
        zh: '身份证号码的校验码（第 18 位）与前 17 位不符，请核对号码是否输入有误。',
        en: 'The check character (position 18) does not match the first 17 characters; please check the number for a typing error.',
      },
    };
  }
  return { ok: true, birthDate };
}

/**
 * The number as lists show it: the first 3 and last 4 characters, 11 asterisks between
 * ('110***********123X'). Anything not 18 characters long is masked entirely.
 */
export function maskIdentityNumber(value: string): string {
  const symbols = [...value];
  if (symbols.length !== IDENTITY_NUMBER_LENGTH) return '*'.repeat(symbols.length);
  return `${symbols.slice(0, 3).join('')}${'*'.repeat(11)}${symbols.slice(-4).join('')}`;
}
