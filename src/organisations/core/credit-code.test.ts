import { describe, expect, it } from 'vitest';
import {
  CREDIT_CODE_CHARSET,
  CREDIT_CODE_WEIGHTS,
  checkCreditCode,
  creditCodeCheckCharacter,
  normaliseCreditCode,
} from './credit-code.js';

const VALID = '914403001922038216';

/** A code with its check character computed, for round trips. */
function withCheck(first17: string): string {
  return first17 + creditCodeCheckCharacter(first17);
}

describe('CREDIT_CODE_WEIGHTS', () => {
  it('are the weights GB 32100-2015 lists (3^(i−1) mod 31)', () => {
    expect(CREDIT_CODE_WEIGHTS).toEqual([1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]);
  });

  it('use 31 symbols without I, O, S, V, Z', () => {
    expect(CREDIT_CODE_CHARSET).toHaveLength(31);
    for (const letter of 'IOSVZ') expect(CREDIT_CODE_CHARSET).not.toContain(letter);
  });
});

describe('creditCodeCheckCharacter', () => {
  it('computes the check character of the published example', () => {
    expect(creditCodeCheckCharacter('91440300192203821')).toBe('6');
  });

  it('writes 31 as 0: a sum that is a multiple of 31 gives check character 0', () => {
    // All zeros: Σ = 0 → 31 − 0 = 31 → written as 0.
    expect(creditCodeCheckCharacter('00000000000000000')).toBe('0');
  });

  it('maps values above 9 back to letters (A = 10 … Y = 30)', () => {
    // '1' at position 17 (weight 28): 31 − 28 = 3; '1' at position 1 (weight 1): 31 − 1 = 30 → Y.
    expect(creditCodeCheckCharacter('00000000000000001')).toBe('3');
    expect(creditCodeCheckCharacter('10000000000000000')).toBe('Y');
    // '2' at position 1: 31 − 2 = 29 → X; 'A' (10) at position 1: 31 − 10 = 21 → M.
    expect(creditCodeCheckCharacter('20000000000000000')).toBe('X');
    expect(creditCodeCheckCharacter('A0000000000000000')).toBe('M');
  });

  it('refuses input that is not 17 symbols of the charset', () => {
    expect(() => creditCodeCheckCharacter('9144030019220382')).toThrow(RangeError);
    expect(() => creditCodeCheckCharacter('914403001922038216')).toThrow(RangeError);
    expect(() => creditCodeCheckCharacter('9144030019220382I')).toThrow(RangeError);
    expect(() => creditCodeCheckCharacter('9144030019220382a')).toThrow(RangeError);
  });
});

describe('normaliseCreditCode', () => {
  it('trims and upper-cases', () => {
    expect(normaliseCreditCode('  91350100m000100y43 \n')).toBe('91350100M000100Y43');
  });

  it('turns full-width digits, letters and spaces into half-width', () => {
    expect(normaliseCreditCode('\u3000９１４４０３００１９２２０３８２１６\u3000')).toBe(VALID);
    expect(normaliseCreditCode('９１３５０１００ｍ０００１００ｙ４３')).toBe('91350100M000100Y43');
  });

  it('leaves other characters for the check to name', () => {
    expect(normaliseCreditCode('9144-0300')).toBe('9144-0300');
  });
});

describe('checkCreditCode', () => {
  it('accepts the published valid code and returns its region code (positions 3–8)', () => {
    expect(checkCreditCode(VALID)).toEqual({ ok: true, regionCode: '440300' });
  });

  it('refuses the same code with last symbol 7, without revealing the expected character', () => {
    const result = checkCreditCode('914403001922038217');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem).toBe('check-character');
    expect(result.message.zh).toContain('校验码');
    expect(result.message.en).toContain('check character');
    // Any wrong check character gives the very same message: nothing about the right one leaks.
    const other = checkCreditCode('91440300192203821A');
    expect(other).toEqual(result);
  });

  it('accepts lower case after normalising (and not before)', () => {
    const code = withCheck('91410105MA4ABCDE1');
    expect(checkCreditCode(code).ok).toBe(true);
    const lower = code.toLowerCase();
    expect(checkCreditCode(lower)).toMatchObject({ ok: false, problem: 'characters' });
    expect(checkCreditCode(normaliseCreditCode(lower))).toEqual({ ok: true, regionCode: '410105' });
  });

  it.each(['I', 'O', 'S', 'V', 'Z'])('refuses the letter %s and names its position', (letter) => {
    const code = `9141010${letter}MA4ABCDE12`;
    const result = checkCreditCode(code);
    expect(result).toMatchObject({ ok: false, problem: 'characters' });
    if (result.ok) return;
    expect(result.message.zh).toContain(`第 8 位“${letter}”`);
    expect(result.message.en).toContain(`"${letter}" at position 8`);
  });

  it('names every wrong character', () => {
    const result = checkCreditCode('9I41010-MA4ABCDE1O');
    if (result.ok) throw new Error('expected a refusal');
    expect(result.problem).toBe('characters');
    expect(result.message.en).toContain('"I" at position 2, "-" at position 8, "O" at position 18');
    expect(result.message.en).toContain('are not characters');
  });

  it('refuses 17 and 19 characters, saying how many there are', () => {
    const short = checkCreditCode(VALID.slice(0, 17));
    expect(short).toMatchObject({ ok: false, problem: 'length' });
    if (!short.ok) expect(short.message.zh).toContain('当前为 17 位');
    const long = checkCreditCode(`${VALID}0`);
    expect(long).toMatchObject({ ok: false, problem: 'length' });
    if (!long.ok) expect(long.message.en).toContain('this one has 19');
    expect(checkCreditCode('')).toMatchObject({ ok: false, problem: 'length' });
  });

  it('counts characters, not UTF-16 units', () => {
    // 17 characters of which one is astral: 18 UTF-16 units, still 17 characters.
    const result = checkCreditCode('9144030019220382😀');
    expect(result).toMatchObject({ ok: false, problem: 'length' });
  });

  it('round-trips codes built with their computed check character', () => {
    const cases: [string, string][] = [
      ['91410105MA4ABCDE1', '410105'],
      ['12410100415804567', '410100'],
      ['5241010506789012X', '410105'],
      ['Y1410105000000001', '410105'],
      ['93110108ABCDEFGHJ', '110108'],
    ];
    for (const [first17, region] of cases) {
      const code = withCheck(first17);
      expect(checkCreditCode(code)).toEqual({ ok: true, regionCode: region });
    }
  });

  it('detects every single-character substitution of a valid code', () => {
    const symbols = [...VALID];
    for (let position = 0; position < symbols.length; position++) {
      for (const replacement of CREDIT_CODE_CHARSET) {
        if (replacement === symbols[position]) continue;
        const changed = [...symbols];
        changed[position] = replacement;
        expect(checkCreditCode(changed.join('')).ok, `${position}:${replacement}`).toBe(false);
      }
    }
  });

  it('detects every swap of two different adjacent characters', () => {
    const code = withCheck('91410105MA4ABCDE1');
    const symbols = [...code];
    for (let i = 0; i < symbols.length - 1; i++) {
      if (symbols[i] === symbols[i + 1]) continue;
      const swapped = [...symbols];
      [swapped[i], swapped[i + 1]] = [swapped[i + 1] ?? '', swapped[i] ?? ''];
      expect(checkCreditCode(swapped.join('')).ok, `swap at ${i}`).toBe(false);
    }
  });
});
