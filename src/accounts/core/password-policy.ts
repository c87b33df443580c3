import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';
import type { PasswordPolicy } from '../../platform/config/config.js';
import type { LocalizedText } from '../../platform/i18n/localized.js';

/**
 * Passwords printed in this repository (README, demo seeding): anyone who has read them can sign
 * in with them, so outside demo mode they are refused however strong they look.
 */
export const PUBLISHED_PASSWORDS: readonly string[] = ['Demo#2026quality'];

export type PasswordProblem =
  | { rule: 'too-short'; min: number }
  | { rule: 'too-long'; max: number }
  | { rule: 'too-few-classes'; min: number }
  | { rule: 'contains-username' }
  | { rule: 'contains-personal' }
  | { rule: 'published' }
  | { rule: 'too-guessable'; score: number; min: number }
  | { rule: 'same-as-current' };

/** Who the password is for: names and addresses a guesser would try first. */
export interface PasswordContext {
  username: string;
  displayName?: string | null | undefined;
  email?: string | null | undefined;
  currentPassword?: string;
  /** The demo installation, whose demo accounts use a published password on purpose. */
  demoMode?: boolean;
}

// Built on first use: the dictionaries (common passwords, diceware words) take ~50 ms to index.
let estimator: ZxcvbnFactory | undefined;
function strength(password: string, userInputs: string[]): number {
  estimator ??= new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs });
  return estimator.check(password, userInputs).score;
}

/** Parts of a person's name and address worth refusing: whole name, its words, the mailbox. */
function personalParts(context: PasswordContext): string[] {
  const parts = new Set<string>();
  const add = (value: string) => {
    const v = value.trim().toLowerCase();
    // Chinese given names are two characters; Latin fragments shorter than three are noise.
    if ([...v].length >= 3 || (/[\u4e00-\u9fff]/.test(v) && [...v].length >= 2)) parts.add(v);
  };
  if (context.displayName) {
    add(context.displayName);
    for (const word of context.displayName.split(/[\s·.,，、()（）-]+/)) add(word);
  }
  if (context.email) add(context.email.split('@')[0] ?? '');
  return [...parts];
}

/**
 * Checks a new password against the configured policy; an empty list means it is acceptable.
 * Besides length and character classes, it refuses what a guesser tries first: the user name and
 * the person's name or mailbox inside it, the published demo password (outside demo mode), and
 * anything zxcvbn scores below `minStrength` (common and leaked passwords, keyboard walks,
 * dates, repetitions, and their l33t variants, also when built from the person's names).
 */
export function checkPassword(
  password: string,
  context: PasswordContext,
  policy: PasswordPolicy,
): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  const length = [...password].length;
  if (length < policy.minLength) problems.push({ rule: 'too-short', min: policy.minLength });
  if (length > policy.maxLength) problems.push({ rule: 'too-long', max: policy.maxLength });
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/].filter((re) => re.test(password)).length;
  if (classes < policy.minCharacterClasses) {
    problems.push({ rule: 'too-few-classes', min: policy.minCharacterClasses });
  }
  const lower = password.toLowerCase();
  const username = context.username.trim().toLowerCase();
  if (username.length >= 3 && lower.includes(username)) {
    problems.push({ rule: 'contains-username' });
  }
  const personal = personalParts(context).filter((part) => part !== username);
  if (personal.some((part) => lower.includes(part))) problems.push({ rule: 'contains-personal' });
  if (!context.demoMode && PUBLISHED_PASSWORDS.includes(password)) problems.push({ rule: 'published' });
  // Only worth estimating when the length is sane: zxcvbn's cost grows with the length.
  if (policy.minStrength > 0 && length <= policy.maxLength) {
    const score = strength(password, [username, ...personal].filter(Boolean));
    if (score < policy.minStrength) problems.push({ rule: 'too-guessable', score, min: policy.minStrength });
  }
  if (context.currentPassword !== undefined && password === context.currentPassword) {
    problems.push({ rule: 'same-as-current' });
  }
  return problems;
}

export function describePasswordProblem(problem: PasswordProblem): LocalizedText {
  switch (problem.rule) {
    case 'too-short':
      return { zh: `至少 ${problem.min} 个字符`, en: `at least ${problem.min} characters` };
    case 'too-long':
      return { zh: `不超过 ${problem.max} 个字符`, en: `at most ${problem.max} characters` };
    case 'too-few-classes':
      return {
        zh: `须包含小写字母、大写字母、数字、符号中的至少 ${problem.min} 类`,
        en: `must mix at least ${problem.min} of lower case, upper case, digits and symbols`,
      };
    case 'contains-username':
      return { zh: '不能包含用户名', en: 'must not contain the user name' };
    case 'contains-personal':
      return {
        zh: '不能包含姓名或邮箱名',
        en: 'must not contain your name or the name of your mailbox',
      };
    case 'published':
      return {
        zh: '不能使用公开的演示密码，请另设一个只有您知道的密码',
        en: 'must not be the published demo password: choose one only you know',
      };
    case 'too-guessable':
      return {
        zh: '太容易被猜中（常见密码、键盘连续键、日期、重复或其变体）；请改用几个不相关的词组合成更长的密码',
        en: 'is too easy to guess (a common password, keyboard pattern, date, repetition or a variant of one); join several unrelated words into a longer password',
      };
    case 'same-as-current':
      return { zh: '不能与当前密码相同', en: 'must differ from the current password' };
  }
}

/** The rules as a list to show before anyone types, from the same policy the server applies. */
export function describePasswordRules(policy: PasswordPolicy): LocalizedText[] {
  return [
    describePasswordProblem({ rule: 'too-short', min: policy.minLength }),
    describePasswordProblem({ rule: 'too-few-classes', min: policy.minCharacterClasses }),
    {
      zh: '不能包含用户名、姓名或邮箱名，不能使用常见密码、键盘连续键、日期或公开的演示密码',
      en: 'no user name, personal name or mailbox name in it; no common password, keyboard pattern, date or the published demo password',
    },
    {
      zh: '建议：用几个不相关的词组合成一句较长的密码',
      en: 'tip: join several unrelated words into a longer passphrase',
    },
  ];
}
