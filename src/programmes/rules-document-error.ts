import { AppError } from '../platform/errors/app-error.js';
import { checkRulesDocument } from './core/rules-document.js';
import type { ProgrammeVersion } from './programme.types.js';

/** Checks a rules document and refuses it with every problem, each beside its field. */
export function requireValidRules(document: unknown): ProgrammeVersion {
  const problems = checkRulesDocument(document);
  if (problems.length === 0) return document as ProgrammeVersion;
  const first = problems[0]!.message;
  const more = problems.length - 1;
  throw new AppError('rules/invalid-document', {
    params: {
      summary: {
        zh: more > 0 ? `${first.zh}（另有 ${more} 处）` : first.zh,
        en: more > 0 ? `${first.en} (and ${more} more)` : first.en,
      },
    },
    details: problems.map((p) => ({ path: p.path, message: p.message })),
  });
}
