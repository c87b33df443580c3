import type { FastifyError, FastifyInstance } from 'fastify';
import { AppError, presentError } from '../errors/app-error.js';
import type { SchemaError } from './validation-problems.js';
import { validationProblems } from './validation-problems.js';

/**
 * Maps every failure to `{ code, message, clause?, details? }` in the caller's language. A 5xx is
 * logged once, at level error with its stack and the request id, and its body carries that
 * `requestId` so the person who saw "it has been logged" can quote it; 4xx are the caller's
 * mistakes and are not logged as errors (Fastify's "request completed" line at info is enough).
 */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const appError = toAppError(error, app.services.config.bodyLimitBytes);
    const body = presentError(appError, request.locale);
    if (appError.status >= 500) {
      request.log.error({ err: error }, 'request failed');
      return reply.code(appError.status).send({ ...body, requestId: request.id });
    }
    return reply.code(appError.status).send(body);
  });

  app.setNotFoundHandler((request, reply) => {
    const error = new AppError('request/route-not-found');
    return reply.code(error.status).send(presentError(error, request.locale));
  });
}

/**
 * PostgreSQL errors that only bad input can cause (SQLSTATE, both engines). Ids and values are
 * checked at the edge; these are the net under it, so a value the schemas let through is still
 * the caller's 4xx, never a 500.
 */
const INPUT_SQLSTATES: Record<string, 'request/invalid-value'> = {
  '22P02': 'request/invalid-value', // invalid_text_representation (a malformed uuid, number, …)
  '22007': 'request/invalid-value', // invalid_datetime_format
  '22008': 'request/invalid-value', // datetime_field_overflow
  '22003': 'request/invalid-value', // numeric_value_out_of_range
  '22001': 'request/invalid-value', // string_data_right_truncation
  '22021': 'request/invalid-value', // character_not_in_repertoire (a NUL in text, found by fuzz:api)
  '22P05': 'request/invalid-value', // untranslatable_character (a \u0000 in jsonb)
};

function sqlState(error: unknown): { code: string; message: string } | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return { code, message: String(message ?? '') };
  return undefined;
}

function toAppError(error: FastifyError, bodyLimitBytes: number): AppError {
  if (error instanceof AppError) return error;
  if (error.validation) {
    const details = validationProblems(error.validation as SchemaError[], error.validationContext);
    return new AppError('request/invalid', {
      params: {
        summary: {
          zh: details.map((d) => `${d.path}：${d.message.zh}`).join('；'),
          en: details.map((d) => `${d.path}: ${d.message.en}`).join('; '),
        },
      },
      details,
    });
  }
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new AppError('request/unsupported-media-type');
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new AppError('request/too-large', { params: { limit: formatBytes(bodyLimitBytes) } });
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new AppError('request/malformed-json');
  }
  // busboy (under @fastify/multipart) rejects a multipart body that ends before its closing
  // boundary — a dropped connection — with this plain Error; on Node 26 it reaches the handler
  // instead of the file stream. The uploader's failure, not ours.
  if (error.message === 'Unexpected end of multipart data') return new AppError('file/incomplete');
  // busboy's refusals of the multipart header itself (no boundary, a malformed content type).
  if (
    /^(Multipart: Boundary not found|Malformed content type|Missing Content-Type|Unsupported content type)/.test(
      error.message,
    )
  )
    return new AppError('request/malformed-multipart');
  // Fastify's body parser reports malformed JSON as a SyntaxError with status 400.
  if (error instanceof SyntaxError && error.statusCode === 400) return new AppError('request/malformed-json');
  const state = sqlState(error);
  if (state) {
    const inputCode = INPUT_SQLSTATES[state.code];
    if (inputCode) return new AppError(inputCode);
    if (state.code === '23503') {
      // foreign_key_violation: writing a row that names a missing one is "not found"; removing a
      // row others still name is a conflict.
      return new AppError(
        /^insert or update/i.test(state.message) ? 'record/reference-not-found' : 'record/still-referenced',
      );
    }
  }
  return new AppError('server/internal');
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(0)} MiB` : `${Math.round(bytes / 1024)} KiB`;
}
