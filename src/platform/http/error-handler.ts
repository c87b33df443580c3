import type { FastifyError, FastifyInstance } from 'fastify';
import { AppError, presentError } from '../errors/app-error.js';
import type { SchemaError } from './validation-problems.js';
import { validationProblems } from './validation-problems.js';

/** Maps every failure to `{ code, message, clause?, details? }` in the caller's language. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const appError = toAppError(error, app.services.config.bodyLimitBytes);
    if (appError.status >= 500) request.log.error({ err: error }, 'request failed');
    return reply.code(appError.status).send(presentError(appError, request.locale));
  });

  app.setNotFoundHandler((request, reply) => {
    const error = new AppError('request/route-not-found');
    return reply.code(error.status).send(presentError(error, request.locale));
  });
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
  // Fastify's body parser reports malformed JSON as a SyntaxError with status 400.
  if (error instanceof SyntaxError && error.statusCode === 400) return new AppError('request/malformed-json');
  return new AppError('server/internal');
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(0)} MiB` : `${Math.round(bytes / 1024)} KiB`;
}
