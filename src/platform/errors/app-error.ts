import type { Locale, LocalizedText } from '../i18n/localized.js';
import { pick } from '../i18n/localized.js';
import type { ErrorCode } from './error-catalogue.js';
import { ERROR_CATALOGUE } from './error-catalogue.js';

/** A problem with one field, shown beside it. */
export interface FieldProblem {
  path: string;
  message: LocalizedText;
}

type ParamValue = string | number | LocalizedText;

export interface AppErrorOptions {
  /** Values for the message template; a LocalizedText is shown in the reader's language. */
  params?: Record<string, ParamValue>;
  /** The rule enforced, e.g. { zh: '第九条(五)', en: 'Art. 9(5)' }. */
  clause?: LocalizedText;
  details?: FieldProblem[];
}

/** The one error type of the platform: a catalogue code, its parameters and the clause it enforces. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly options: AppErrorOptions;

  constructor(code: ErrorCode, options: AppErrorOptions = {}) {
    super(`${code}: ${render(ERROR_CATALOGUE[code].message.en, 'en', options.params)}`);
    this.code = code;
    this.status = ERROR_CATALOGUE[code].status;
    this.options = options;
  }
}

/** The JSON body every error answers with. */
export interface ErrorBody {
  code: ErrorCode;
  message: string;
  clause?: string;
  details?: { path: string; message: string }[];
}

export function presentError(error: AppError, locale: Locale): ErrorBody {
  const { params, clause, details } = error.options;
  const body: ErrorBody = {
    code: error.code,
    message: render(pick(ERROR_CATALOGUE[error.code].message, locale), locale, params),
  };
  if (clause) body.clause = pick(clause, locale);
  if (details?.length)
    body.details = details.map((d) => ({ path: d.path, message: pick(d.message, locale) }));
  return body;
}

function render(template: string, locale: Locale, params: Record<string, ParamValue> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'object' ? pick(value, locale) : String(value);
  });
}
