import { shanghaiDate } from '../platform/kernel/time.js';
import { AppError } from '../platform/errors/app-error.js';
import type { LocalizedText } from '../platform/i18n/localized.js';
import { checkCreditCode, normaliseCreditCode } from '../organisations/core/credit-code.js';
import type { ExpertProfile } from './core/expert.js';
import { checkIdentityNumber, normaliseIdentityNumber } from './core/identity-number.js';

/** Normalises the identity number and credit codes of a profile, refusing what is not valid. */
export function validateExpertProfile(profile: ExpertProfile, now: Date): ExpertProfile {
  const problems: { path: string; message: LocalizedText }[] = [];
  const identityNumber = normaliseIdentityNumber(profile.identityNumber);
  const identity = checkIdentityNumber(identityNumber, shanghaiDate(now));
  if (!identity.ok) problems.push({ path: 'identityNumber', message: identity.message });
  const code = (raw: string | null, path: string) => {
    if (!raw?.trim()) return null;
    const normal = normaliseCreditCode(raw);
    const check = checkCreditCode(normal);
    if (!check.ok) problems.push({ path, message: check.message });
    return normal;
  };
  const employerCreditCode = code(profile.employerCreditCode, 'employerCreditCode');
  const formerEmployers = profile.formerEmployers.map((f, i) => ({
    ...f,
    creditCode: code(f.creditCode, `formerEmployers.${i}.creditCode`),
  }));
  if (problems.length > 0) {
    throw new AppError('expert/invalid', {
      params: {
        summary: {
          zh: problems.map((p) => p.message.zh).join('；'),
          en: problems.map((p) => p.message.en).join('; '),
        },
      },
      details: problems,
    });
  }
  return { ...profile, identityNumber, employerCreditCode, formerEmployers };
}
