import type { LocalizedText } from '../../platform/i18n/localized.js';

/**
 * Unified Social Credit Code (统一社会信用代码, GB 32100-2015), the applicant's identity
 * (spec/SCORING.md). 18 characters from 31 symbols; a symbol's value is its index. Positions:
 * 1 registering authority, 2 entity type, 3–8 region code (GB/T 2260), 9–17 organisation code,
 * 18 check character.
 */
export const CREDIT_CODE_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
export const CREDIT_CODE_LENGTH = 18;

/** Weights of positions 1–17: 3^(i−1) mod 31. */
export const CREDIT_CODE_WEIGHTS: readonly number[] = Array.from(
  { length: CREDIT_CODE_LENGTH - 1 },
  (_, i) => {
    let w = 1;
    for (let k = 0; k < i; k++) w = (w * 3) % 31;
    return w;
  },
);

export type CreditCodeProblem = 'length' | 'characters' | 'check-character';

export type CreditCodeCheck =
  { ok: true; regionCode: string } | { ok: false; problem: CreditCodeProblem; message: LocalizedText };

/**
 * The code as people type or paste it, made comparable: full-width characters (Ａ, １, the
 * ideographic space) become their half-width forms, surrounding white space goes, letters are
 * upper-cased. Nothing else is changed: a wrong character stays for `checkCreditCode` to name.
 */
export function normaliseCreditCode(raw: string): string {
  const halfWidth = raw.replace(/[\uFF01-\uFF5E\u3000]/g, (ch) => {
    const cp = ch.codePointAt(0) ?? 0;
    return cp === 0x3000 ? ' ' : String.fromCodePoint(cp - 0xfee0);
  });
  return halfWidth.trim().toUpperCase();
}

function valueOf(symbol: string): number {
  return CREDIT_CODE_CHARSET.indexOf(symbol);
}

/**
 * The check character (position 18) for the first 17 characters: c18 = 31 − (Σ value·weight
 * mod 31), with 31 written as 0. Throws a RangeError unless given 17 symbols of the charset.
 */
export function creditCodeCheckCharacter(first17: string): string {
  const symbols = [...first17];
  if (symbols.length !== CREDIT_CODE_LENGTH - 1 || symbols.some((s) => valueOf(s) < 0)) {
    throw new RangeError(`creditCodeCheckCharacter needs 17 characters of ${CREDIT_CODE_CHARSET}`);
  }
  const sum = symbols.reduce((acc, s, i) => acc + valueOf(s) * (CREDIT_CODE_WEIGHTS[i] ?? 0), 0);
  const check = (31 - (sum % 31)) % 31;
  return CREDIT_CODE_CHARSET.charAt(check);
}

/**
 * Checks a normalised code (see `normaliseCreditCode`): its length, its characters, then its
 * check character. A refusal says what is wrong but never reveals the expected check character,
 * so the form cannot be used to manufacture valid-looking codes. On success returns the region
 * code (positions 3–8) — a hint to the place of registration, never the proof.
 */
export function checkCreditCode(code: string): CreditCodeCheck {
  const symbols = [...code];
  if (symbols.length !== CREDIT_CODE_LENGTH) {
    return {
      ok: false,
      problem: 'length',
      message: {
        zh: `统一社会信用代码应为 ${CREDIT_CODE_LENGTH} 位，当前为 ${symbols.length} 位。`,
        en: `A Unified Social Credit Code has ${CREDIT_CODE_LENGTH} characters; this one has ${symbols.length}.`,
      },
    };
  }
  const bad = symbols
    .map((symbol, index) => ({ symbol, position: index + 1 }))
    .filter(({ symbol }) => valueOf(symbol) < 0);
  if (bad.length > 0) {
    const zh = bad.map(({ symbol, position }) => `第 ${position} 位“${symbol}”`).join('、');
    const en = bad.map(({ symbol, position }) => `"${symbol}" at position ${position}`).join(', ');
    return {
      ok: false,
      problem: 'characters',
      message: {
        zh: `${zh}不是统一社会信用代码使用的字符（只使用数字和除 I、O、S、V、Z 以外的大写字母）。`,
        en: `${en} ${bad.length === 1 ? 'is not a character' : 'are not characters'} of the Unified Social Credit Code (digits and capital letters except I, O, S, V and Z).`,
      },
    };
  }
  if (creditCodeCheckCharacter(symbols.slice(0, 17).join('')) !== symbols[17]) {
    return {
      ok: false,
      problem: 'check-character',
      message: {
        zh: '统一社会信用代码的校验码（第 18 位）与前 17 位不符，请核对代码是否输入有误。',
        en: 'The check character (position 18) does not match the first 17 characters; please check the code for a typing error.',
      },
    };
  }
  return { ok: true, regionCode: symbols.slice(2, 8).join('') };
}
