import { describe, expect, it } from 'vitest';
import type { PasswordPolicy } from '../../platform/config/config.js';
import type { PasswordContext, PasswordProblem } from './password-policy.js';
import { checkPassword, describePasswordProblem, describePasswordRules } from './password-policy.js';

/** Length and classes only: the rules below are tested one at a time. */
const policy: PasswordPolicy = { minLength: 10, maxLength: 20, minCharacterClasses: 3, minStrength: 0 };
/** The shipped defaults (config.ts), for the guessability rules. */
const shipped: PasswordPolicy = { minLength: 10, maxLength: 128, minCharacterClasses: 3, minStrength: 3 };
const noUser = { username: 'qa' };

function rules(password: string, context: PasswordContext = noUser, p = policy) {
  return checkPassword(password, context, p).map((problem) => problem.rule);
}

describe('checkPassword', () => {
  it('accepts a password that meets every rule', () => {
    expect(
      checkPassword('Quality-Award-1', { username: 'zhangsan', currentPassword: 'Old-pass-99' }, policy),
    ).toEqual([]);
  });

  describe('length', () => {
    it('accepts exactly minLength characters', () => {
      expect(checkPassword('Abcdefgh1!', noUser, policy)).toEqual([]);
    });

    it('refuses one character fewer than minLength, naming the minimum', () => {
      expect(checkPassword('Abcdefg1!', noUser, policy)).toEqual([{ rule: 'too-short', min: 10 }]);
    });

    it('refuses the empty password as too short (and too plain)', () => {
      expect(checkPassword('', noUser, policy)).toEqual([
        { rule: 'too-short', min: 10 },
        { rule: 'too-few-classes', min: 3 },
      ]);
    });

    it('accepts exactly maxLength characters', () => {
      expect(checkPassword('Abcdefgh1!Abcdefgh1!', noUser, policy)).toEqual([]);
    });

    it('refuses one character more than maxLength, naming the maximum', () => {
      expect(checkPassword('Abcdefgh1!Abcdefgh1!x', noUser, policy)).toEqual([{ rule: 'too-long', max: 20 }]);
    });

    it('follows the configured limits rather than fixed ones', () => {
      const strict: PasswordPolicy = { minLength: 12, maxLength: 12, minCharacterClasses: 1, minStrength: 0 };
      expect(rules('abcdefghijk', noUser, strict)).toEqual(['too-short']);
      expect(rules('abcdefghijkl', noUser, strict)).toEqual([]);
      expect(rules('abcdefghijklm', noUser, strict)).toEqual(['too-long']);
    });

    describe('counts characters, not bytes or UTF-16 units', () => {
      it('counts each Chinese character once (3 bytes in UTF-8)', () => {
        const ten = 'Ab1' + '质量奖评审管理'; // 3 + 7 characters, 24 bytes
        expect(Buffer.byteLength(ten, 'utf8')).toBeGreaterThan(20);
        expect(checkPassword(ten, noUser, policy)).toEqual([]);
        expect(rules('Ab1' + '质量奖评审管')).toEqual(['too-short']);
      });

      it('does not call maxLength Chinese characters too long', () => {
        const twenty = 'Ab1' + '质'.repeat(17);
        expect(checkPassword(twenty, noUser, policy)).toEqual([]);
        expect(rules(twenty + '量')).toEqual(['too-long']);
      });

      it('counts a character outside the BMP (two UTF-16 units) once', () => {
        const emoji = '😀';
        expect(emoji.length).toBe(2);
        expect(rules('Ab1' + emoji.repeat(7))).toEqual([]); // 10 characters, 17 UTF-16 units
        expect(rules('Ab1' + emoji.repeat(6))).toEqual(['too-short']); // 9 characters, 15 units
        expect(rules('Ab1' + emoji.repeat(17))).toEqual([]); // 20 characters, 37 units
      });
    });
  });

  describe('character classes (lower, upper, digit, symbol)', () => {
    const samples = {
      lower: 'abcdefghij',
      upper: 'ABCDEFGHIJ',
      digit: '0123456789',
      symbol: '!@#$%^&*()',
    } as const;
    type ClassName = keyof typeof samples;
    const names = Object.keys(samples) as ClassName[];

    /** A 12-character password made only of the named classes. */
    function mix(classes: ClassName[]): string {
      let out = '';
      for (let i = 0; out.length < 12; i++) out += samples[classes[i % classes.length]!][i % 10];
      return out;
    }

    const singles = names.map((a) => [a]);
    const pairs = names.flatMap((a, i) => names.slice(i + 1).map((b) => [a, b]));
    const triples = names.flatMap((a, i) =>
      names.slice(i + 1).flatMap((b, j) => names.slice(i + j + 2).map((c) => [a, b, c])),
    );

    it('enumerates every combination of the four classes', () => {
      expect([singles.length, pairs.length, triples.length]).toEqual([4, 6, 4]);
    });

    it.each(singles)('refuses %s alone when 3 classes are required', (a) => {
      expect(checkPassword(mix([a]), noUser, policy)).toEqual([{ rule: 'too-few-classes', min: 3 }]);
    });

    it.each(pairs)('refuses %s + %s when 3 classes are required', (a, b) => {
      expect(checkPassword(mix([a, b]), noUser, policy)).toEqual([{ rule: 'too-few-classes', min: 3 }]);
    });

    it.each(triples)('accepts %s + %s + %s when 3 classes are required', (a, b, c) => {
      expect(checkPassword(mix([a, b, c]), noUser, policy)).toEqual([]);
    });

    it('accepts all four classes', () => {
      expect(checkPassword(mix(names), noUser, policy)).toEqual([]);
    });

    it.each(pairs)('accepts %s + %s when only 2 classes are required', (a, b) => {
      expect(checkPassword(mix([a, b]), noUser, { ...policy, minCharacterClasses: 2 })).toEqual([]);
    });

    it.each(singles)('refuses %s alone when 2 classes are required, naming the minimum', (a) => {
      expect(checkPassword(mix([a]), noUser, { ...policy, minCharacterClasses: 2 })).toEqual([
        { rule: 'too-few-classes', min: 2 },
      ]);
    });

    it.each(triples)('refuses %s + %s + %s when all 4 classes are required', (a, b, c) => {
      expect(rules(mix([a, b, c]), noUser, { ...policy, minCharacterClasses: 4 })).toEqual([
        'too-few-classes',
      ]);
    });

    it('counts a space and non-ASCII characters as symbols', () => {
      expect(rules('abcdefGHIJ ')).toEqual([]);
      expect(rules('abcdefGHIJ质')).toEqual([]);
    });
  });

  describe('contains-username', () => {
    it('refuses a password containing the user name', () => {
      expect(checkPassword('X-zhangsan-2024', { username: 'zhangsan' }, policy)).toEqual([
        { rule: 'contains-username' },
      ]);
    });

    it('compares case-insensitively in both directions', () => {
      expect(rules('X-ZhangSan-2024', { username: 'zhangsan' })).toEqual(['contains-username']);
      expect(rules('x-zhangsan-2024!', { username: 'ZHANGSAN' })).toEqual(['contains-username']);
    });

    it('ignores surrounding spaces in the user name', () => {
      expect(rules('X-zhangsan-2024', { username: '  zhangsan ' })).toEqual(['contains-username']);
    });

    it('applies from a three-character user name', () => {
      expect(rules('Xabc-9999-yz', { username: 'abc' })).toEqual(['contains-username']);
    });

    it('ignores user names shorter than three characters', () => {
      expect(rules('Xab-99999-yz', { username: 'ab' })).toEqual([]);
      expect(rules('Xab-99999-yz', { username: '  ab  ' })).toEqual([]);
      expect(rules('Xa-999999-yz', { username: 'a' })).toEqual([]);
      expect(rules('Xa-999999-yz', { username: '' })).toEqual([]);
    });

    it('does not flag a password that merely shares letters with the user name', () => {
      expect(rules('Zhang-san-2024', { username: 'zhangsan' })).toEqual([]);
    });

    it('applies to Chinese user names of three characters', () => {
      expect(rules('Ab1-王小明-2024', { username: '王小明' })).toEqual(['contains-username']);
    });
  });

  describe('same-as-current', () => {
    it('refuses the current password', () => {
      expect(
        checkPassword('Quality-Award-1', { username: 'qa', currentPassword: 'Quality-Award-1' }, policy),
      ).toEqual([{ rule: 'same-as-current' }]);
    });

    it('accepts a password that differs from the current one, even only in case', () => {
      expect(rules('Quality-Award-1', { username: 'qa', currentPassword: 'quality-award-1' })).toEqual([]);
    });

    it('does not apply when no current password is given', () => {
      expect(rules('Quality-Award-1', { username: 'qa' })).toEqual([]);
    });
  });

  it('reports every problem at once, in rule order', () => {
    const problems = checkPassword('zhangsan', { username: 'zhangsan', currentPassword: 'zhangsan' }, policy);
    expect(problems).toEqual<PasswordProblem[]>([
      { rule: 'too-short', min: 10 },
      { rule: 'too-few-classes', min: 3 },
      { rule: 'contains-username' },
      { rule: 'same-as-current' },
    ]);
  });

  it('reports too-long together with other problems', () => {
    expect(rules('a'.repeat(21), { username: 'aaa' })).toEqual([
      'too-long',
      'too-few-classes',
      'contains-username',
    ]);
  });
});

describe('guessable passwords (zxcvbn, shipped minimum score 3)', () => {
  const someone = { username: 'li.na', displayName: '评委会办公室 李娜', email: 'lina@office.example' };

  it.each([
    'Password123', // issue 15: passes length and classes, first in every cracking list
    'Qwerty12345', // a keyboard walk and a sequence
    'P@ssw0rd2024!', // l33t of a common password with a year
    'Abc123456789!',
    'Aa1!Aa1!Aa1!', // repetition
    '1qaz2wsx#EDC', // keyboard columns
  ])('refuses %s as too guessable, with the score it got', (password) => {
    const problems = checkPassword(password, someone, shipped);
    expect(problems.map((p) => p.rule)).toContain('too-guessable');
    const guessable = problems.find((p) => p.rule === 'too-guessable') as { score: number; min: number };
    expect(guessable.score).toBeLessThan(3);
    expect(guessable.min).toBe(3);
  });

  it.each(['Tr0ub4dor&3x-horse', 'Lantern-Copper-Quilt-71', 'Ab1质量奖评审管理平台', 'Quality-Award-1'])(
    'accepts %s',
    (password) => {
      expect(checkPassword(password, someone, shipped)).toEqual([]);
    },
  );

  it('follows the configured minimum score', () => {
    expect(rules('Abcdefgh1!', noUser, { ...shipped, minStrength: 4 })).toEqual(['too-guessable']);
    expect(rules('Password123', noUser, { ...shipped, minStrength: 0 })).toEqual([]);
  });

  it('refuses the published demo password outside demo mode, and only there', () => {
    expect(rules('Demo#2026quality', { username: 'admin' }, shipped)).toEqual(['published']);
    expect(rules('Demo#2026quality', { username: 'admin', demoMode: false }, shipped)).toEqual(['published']);
    expect(rules('Demo#2026quality', { username: 'admin', demoMode: true }, shipped)).toEqual([]);
  });

  it('refuses a password made of the person’s name or mailbox', () => {
    expect(rules('Lina@office2026', someone, policy)).toContain('contains-personal');
    expect(rules('李娜-Quality-2026', someone, policy)).toEqual(['contains-personal']);
    expect(rules('Wang-Lei-评审-99', { username: 'admin', displayName: '王磊' }, policy)).toEqual([]);
    expect(rules('X王磊-quality-99', { username: 'admin', displayName: '系统管理员 王磊' }, policy)).toEqual([
      'contains-personal',
    ]);
  });

  it.each(['Zh4ngW3i2026', 'iewgnahZ2026!'])(
    'refuses %s, derived from the user name zhangwei (l33t, reversed), and accepts it for another user',
    (password) => {
      expect(rules(password, { username: 'zhangwei' }, shipped)).toEqual(['too-guessable']);
      expect(rules(password, { username: 'qa' }, shipped)).toEqual([]);
    },
  );
});

describe('describePasswordRules', () => {
  it('states the configured numbers up front, in both languages', () => {
    const texts = describePasswordRules({ ...shipped, minLength: 12, minCharacterClasses: 4 });
    expect(texts[0]).toEqual({ zh: '至少 12 个字符', en: 'at least 12 characters' });
    expect(texts[1]!.zh).toContain(' 4 ');
    expect(texts.map((t) => t.en).join(' ')).toMatch(/user name.*common password.*demo password/);
  });
});

describe('describePasswordProblem', () => {
  it.each<[PasswordProblem, string, string]>([
    [{ rule: 'too-short', min: 12 }, '至少 12 个字符', 'at least 12 characters'],
    [{ rule: 'too-long', max: 64 }, '不超过 64 个字符', 'at most 64 characters'],
    [
      { rule: 'too-few-classes', min: 3 },
      '须包含小写字母、大写字母、数字、符号中的至少 3 类',
      'must mix at least 3 of lower case, upper case, digits and symbols',
    ],
    [{ rule: 'contains-username' }, '不能包含用户名', 'must not contain the user name'],
    [{ rule: 'same-as-current' }, '不能与当前密码相同', 'must differ from the current password'],
  ])('describes %o in Chinese and English', (problem, zh, en) => {
    expect(describePasswordProblem(problem)).toEqual({ zh, en });
  });

  it('carries the configured number into both languages', () => {
    for (const n of [1, 8, 10, 99]) {
      const short = describePasswordProblem({ rule: 'too-short', min: n });
      const long = describePasswordProblem({ rule: 'too-long', max: n });
      const classes = describePasswordProblem({ rule: 'too-few-classes', min: n });
      for (const text of [short, long, classes]) {
        expect(text.zh).toContain(` ${n} `);
        expect(text.en).toContain(` ${n} `);
      }
    }
  });

  it('gives each rule its own text, with Chinese in zh and none in en', () => {
    const all: PasswordProblem[] = [
      { rule: 'too-short', min: 10 },
      { rule: 'too-long', max: 10 },
      { rule: 'too-few-classes', min: 10 },
      { rule: 'contains-username' },
      { rule: 'contains-personal' },
      { rule: 'published' },
      { rule: 'too-guessable', score: 1, min: 3 },
      { rule: 'same-as-current' },
    ];
    const texts = all.map(describePasswordProblem);
    expect(new Set(texts.map((t) => t.zh)).size).toBe(all.length);
    expect(new Set(texts.map((t) => t.en)).size).toBe(all.length);
    for (const t of texts) {
      expect(t.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(t.en).not.toMatch(/[\u4e00-\u9fff]/);
      expect(t.en.trim()).not.toBe('');
    }
  });
});
