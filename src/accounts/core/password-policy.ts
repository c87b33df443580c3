import type { PasswordPolicy } from '../../platform/config/config.js';
import type { LocalizedText } from '../../platform/i18n/localized.js';

export type PasswordProblem =
  | { rule: 'too-short'; min: number }
  | { rule: 'too-long'; max: number }
  | { rule: 'too-few-classes'; min: number }
  | { rule: 'contains-username' }
  | { rule: 'same-as-current' };

/** Checks a new password against the configured policy; an empty list means it is acceptable. */
export function checkPassword(
  password: string,
  context: { username: string; currentPassword?: string },
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
  const username = context.username.trim().toLowerCase();
  if (username.length >= 3 && password.toLowerCase().includes(username)) {
    problems.push({ rule: 'contains-username' });
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
    case 'same-as-current':
      return { zh: '不能与当前密码相同', en: 'must differ from the current password' };
  }
}
