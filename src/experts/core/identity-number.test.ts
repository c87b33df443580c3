import { describe, expect, it } from 'vitest';
import {
  IDENTITY_CHECK_CHARACTERS,
  IDENTITY_NUMBER_WEIGHTS,
  checkIdentityNumber,
  identityCheckCharacter,
  maskIdentityNumber,
  normaliseIdentityNumber,
} from './identity-number.js';

const TODAY = '2025-06-15';

/** A valid number: region, birth date (YYYYMMDD) and sequence, with the check character computed. */
function identity(region: string, birth: string, sequence: string): string {
  const first17 = region + birth + sequence;
  return first17 + identityCheckCharacter(first17);
}

function problemOf(value: string, today = TODAY): string {
  const check = checkIdentityNumber(value, today);
  return check.ok ? 'ok' : check.problem;
}

describe('the GB 11643-1999 constants', () => {
  it('weights are 2^(18−i) mod 11', () => {
    expect(IDENTITY_NUMBER_WEIGHTS).toEqual(Array.from({ length: 17 }, (_, i) => 2 ** (17 - i) % 11));
    expect(IDENTITY_NUMBER_WEIGHTS).toEqual([7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]);
  });

  it('maps the sum mod 11 to 1 0 X 9 8 7 6 5 4 3 2', () => {
    expect([...IDENTITY_CHECK_CHARACTERS]).toEqual(['1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2']);
  });
});

describe('identityCheckCharacter', () => {
  it('computes the check character of the standard’s example', () => {
    expect(identityCheckCharacter('11010519491231002')).toBe('X');
  });

  it('follows the mapping for every residue', () => {
    // Only the last digit varies (weight 2): the residue walks through all of 0…10.
    const residueOf = (first17: string) =>
      [...first17].reduce((s, d, i) => s + Number(d) * (IDENTITY_NUMBER_WEIGHTS[i] ?? 0), 0) % 11;
    const seen = new Set<string>();
    for (let seq = 0; seq < 1000; seq++) {
      const first17 = `41010519800101${String(seq).padStart(3, '0')}`;
      const check = identityCheckCharacter(first17);
      expect(check).toBe(IDENTITY_CHECK_CHARACTERS.charAt(residueOf(first17)));
      seen.add(check);
    }
    expect(seen.size).toBe(11);
  });

  it('refuses anything but 17 digits', () => {
    expect(() => identityCheckCharacter('1101051949123100')).toThrow(RangeError);
    expect(() => identityCheckCharacter('110105194912310021')).toThrow(RangeError);
    expect(() => identityCheckCharacter('1101051949123100X')).toThrow(RangeError);
  });
});

describe('normaliseIdentityNumber', () => {
  it('trims and upper-cases a trailing x', () => {
    expect(normaliseIdentityNumber('  11010519491231002x\n')).toBe('11010519491231002X');
  });

  it('turns full-width digits, Ｘ and the ideographic space into half-width', () => {
    expect(normaliseIdentityNumber('\u3000１１０１０５１９４９１２３１００２ｘ')).toBe('11010519491231002X');
  });

  it('changes nothing else', () => {
    expect(normaliseIdentityNumber('1101 0519491231002X')).toBe('1101 0519491231002X');
  });
});

describe('checkIdentityNumber', () => {
  it('accepts the standard’s example and returns the birth date', () => {
    expect(checkIdentityNumber('11010519491231002X', TODAY)).toEqual({ ok: true, birthDate: '1949-12-31' });
  });

  it('accepts every check character when it is the right one, and no other', () => {
    for (let seq = 0; seq < 40; seq++) {
      const valid = identity('410105', '19800101', String(seq).padStart(3, '0'));
      expect(problemOf(valid)).toBe('ok');
      for (const wrong of IDENTITY_CHECK_CHARACTERS) {
        if (wrong !== valid.charAt(17)) expect(problemOf(valid.slice(0, 17) + wrong)).toBe('check-character');
      }
    }
  });

  it('refuses a lower-case x until normalised', () => {
    expect(problemOf('11010519491231002x')).toBe('characters');
    expect(problemOf(normaliseIdentityNumber('11010519491231002x'))).toBe('ok');
  });

  it('says how long the number is when the length is wrong', () => {
    const short = checkIdentityNumber('1101051949123100X', TODAY);
    expect(short).toMatchObject({ ok: false, problem: 'length' });
    if (!short.ok) {
      expect(short.message.zh).toContain('当前为 17 位');
      expect(short.message.en).toContain('this one has 17');
    }
    expect(problemOf('11010519491231002X1')).toBe('length');
    expect(problemOf('')).toBe('length');
  });

  it('names each character that is not allowed and where it is', () => {
    const check = checkIdentityNumber('1101O519491231002A', TODAY);
    expect(check).toMatchObject({ ok: false, problem: 'characters' });
    if (!check.ok) {
      expect(check.message.zh).toContain('第 5 位“O”');
      expect(check.message.zh).toContain('第 18 位“A”');
      expect(check.message.en).toContain('"O" at position 5');
    }
  });

  it('allows X only in the last position', () => {
    const valid = identity('110105', '19491231', '002');
    expect(problemOf(`X${valid.slice(1)}`)).toBe('characters');
  });

  it('refuses a birth date that is not a real day', () => {
    for (const birth of [
      '19900230',
      '19000229',
      '19990229',
      '19801301',
      '19800001',
      '19800100',
      '19800132',
    ]) {
      const check = checkIdentityNumber(identity('110105', birth, '001'), TODAY);
      expect(check).toMatchObject({ ok: false, problem: 'birth-date' });
      if (!check.ok) expect(check.message.en).toContain(birth);
    }
  });

  it('accepts 29 February of a leap year', () => {
    expect(checkIdentityNumber(identity('110105', '20000229', '001'), TODAY)).toEqual({
      ok: true,
      birthDate: '2000-02-29',
    });
  });

  it('accepts a birth date of today and refuses tomorrow', () => {
    expect(problemOf(identity('110105', '20250615', '001'))).toBe('ok');
    const tomorrow = checkIdentityNumber(identity('110105', '20250616', '001'), TODAY);
    expect(tomorrow).toMatchObject({ ok: false, problem: 'birth-date' });
    if (!tomorrow.ok) expect(tomorrow.message.en).toContain('after today');
  });

  it('refuses a birth date before 1900 as a typing error', () => {
    expect(problemOf(identity('110105', '18991231', '001'))).toBe('birth-date');
    expect(problemOf(identity('110105', '19000101', '001'))).toBe('ok');
  });
});

describe('maskIdentityNumber', () => {
  it('keeps the first 3 and last 4 characters with 11 asterisks between', () => {
    expect(maskIdentityNumber('11010519491231002X')).toBe('110***********002X');
    expect(maskIdentityNumber('11010519491231002X')).toHaveLength(18);
  });

  it('masks anything that is not 18 characters entirely', () => {
    expect(maskIdentityNumber('1101051949')).toBe('**********');
    expect(maskIdentityNumber('')).toBe('');
  });
});
