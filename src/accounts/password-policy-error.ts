import type { LocalizedText } from '../platform/i18n/localized.js';
import { AppError } from '../platform/errors/app-error.js';

export function passwordPolicyError(problems: LocalizedText[], path: string): AppError {
  return new AppError('auth/password-policy', {
    params: {
      summary: {
        zh: problems.map((p) => p.zh).join('；'),
        en: problems.map((p) => p.en).join('; '),
      },
    },
    details: problems.map((message) => ({ path, message })),
  });
}
