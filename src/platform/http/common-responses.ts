import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { ErrorSchema } from './schemas.js';

/** A 5xx body: the error, and the request id to quote (also sent as `x-request-id`). */
export const ServerErrorSchema = Type.Object({
  ...ErrorSchema.properties,
  requestId: Type.String({ description: 'The request id, as logged with the error' }),
});

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Declares in each route's schema the answers the platform itself can give on it, so the OpenAPI
 * document lists them: 500 everywhere; on state-changing requests 413 (body over the limit, a
 * file over the upload limit), 415 (a content or file type not accepted) and 429 (rate limits);
 * 423 where an account can be locked. A route's own declaration of a status wins.
 */
export function declareCommonResponses(app: FastifyInstance, options: { locked: readonly string[] }): void {
  const locked = new Set(options.locked);
  app.addHook('onRoute', (route) => {
    const response = route.schema?.response as Record<string, unknown> | undefined;
    if (!route.schema || !response) return;
    const methods = [route.method].flat();
    const common: Record<string, unknown> = {
      500: ServerErrorSchema,
      ...(methods.some((m) => UNSAFE_METHODS.has(m))
        ? { 413: ErrorSchema, 415: ErrorSchema, 429: ErrorSchema }
        : {}),
      ...(locked.has(route.url) ? { 423: ErrorSchema } : {}),
    };
    route.schema.response = { ...common, ...response };
  });
}
