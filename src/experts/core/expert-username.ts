/**
 * An expert's user name carries nothing about the person: `zj` (专家) and eight digits drawn at
 * random. It used to be `e` + the phone number, so anyone could test whether a phone number was
 * in the confidential pool (issue 16.3).
 */
export function expertUsername(eightDigits: number): string {
  if (!Number.isInteger(eightDigits) || eightDigits < 0 || eightDigits > 99_999_999)
    throw new Error('an expert user name takes a number of at most eight digits');
  return `zj${String(eightDigits).padStart(8, '0')}`;
}

export const EXPERT_USERNAME_PATTERN = /^zj\d{8}$/;
