import type { FastifyInstance } from 'fastify';
import { AppError } from '../errors/app-error.js';

const NUL = '\u0000';

/**
 * The paths (`name.zh`, `items.2`, `query.search`) of the strings — values or keys — holding a NUL
 * character in a parsed request part. PostgreSQL stores no NUL in text or jsonb, and no field of
 * the platform has a use for one.
 */
export function nulPaths(value: unknown, prefix = ''): string[] {
  const join = (key: string) => (prefix ? `${prefix}.${key}` : key);
  if (typeof value === 'string') return value.includes(NUL) ? [prefix || '(body)'] : [];
  if (Array.isArray(value)) return value.flatMap((item, i) => nulPaths(item, join(String(i))));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => [
      ...(key.includes(NUL) ? [join(key.replaceAll(NUL, '\\0'))] : []),
      ...nulPaths(item, join(key)),
    ]);
  }
  return [];
}

/**
 * Refuses a NUL character anywhere in the path parameters, query or JSON body before validation:
 * a 400 naming each field, in the caller's language, not a database error.
 */
export function registerNulCharacterCheck(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    const paths = [
      ...nulPaths(request.params, 'params'),
      ...nulPaths(request.query, 'query'),
      ...nulPaths(request.body),
    ];
    if (paths.length === 0) return;
    throw new AppError('request/nul-character', {
      params: { fields: paths.join(', ') },
      details: paths.map((path) => ({
        path,
        message: { zh: '含有空字符（NUL, U+0000）', en: 'contains a NUL character (U+0000)' },
      })),
    });
  });
}
