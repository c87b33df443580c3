import { randomUUID } from 'node:crypto';
import type { FastifyServerOptions } from 'fastify';
import type { LogLevel } from '../config/config.js';

/** Where log lines go: standard output by default, a stream in tests. */
export interface LogDestination {
  write(line: string): void;
}

const SECRET_HEADERS = ['cookie', 'authorization', 'x-csrf-token', 'set-cookie'];
const SECRET_FIELDS = ['password', 'newPassword', 'currentPassword', 'token', 'identityNumber'];

/**
 * pino through Fastify: one JSON line per event, each with the request id (`reqId`). Request
 * bodies are never logged; the headers and fields that carry secrets are redacted wherever a
 * log call might include them, and an error is logged by its type, code, message and stack only
 * (a database error's `detail` can quote the row's values).
 */
export function loggerOptions(level: LogLevel, destination: LogDestination | undefined) {
  const headerPaths = SECRET_HEADERS.flatMap((h) => [
    `req.headers["${h}"]`,
    `res.headers["${h}"]`,
    `headers["${h}"]`,
  ]);
  const fieldPaths = SECRET_FIELDS.flatMap((f) => [f, `*.${f}`, `*.*.${f}`]);
  return {
    level,
    ...(destination ? { stream: destination } : {}),
    redact: { paths: [...headerPaths, ...fieldPaths, 'req.body', 'body'], censor: '[redacted]' },
    serializers: {
      err: (error: Error & { code?: unknown; statusCode?: unknown }) => ({
        type: error.constructor?.name ?? 'Error',
        message: error.message,
        ...(typeof error.code === 'string' ? { code: error.code } : {}),
        stack: error.stack ?? '',
      }),
    },
  } satisfies FastifyServerOptions['logger'];
}

/** Each request gets a fresh id; a client's own x-request-id is not trusted. */
export const requestIdOptions = {
  genReqId: () => randomUUID(),
  requestIdHeader: false,
} satisfies Pick<FastifyServerOptions, 'genReqId' | 'requestIdHeader'>;
