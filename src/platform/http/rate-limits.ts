import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { RateLimit, RateLimits } from '../config/config.js';
import type { Database } from '../db/database.js';
import { AppError } from '../errors/app-error.js';

type StoreResult = { current: number; ttl: number };
type Callback = (error: Error | null, result?: StoreResult) => void;

const PRUNE_EVERY_MS = 60_000;

/**
 * A @fastify/rate-limit store over `rate_limit_hits`, so every instance on one database shares
 * the counts. Fixed windows: a hit adds one to (key, start of its window) with one atomic upsert
 * and reads the new count back; windows older than the longest limit are pruned now and then.
 */
export function postgresRateLimitStore(db: Database, clock: () => Date, retainMs: number) {
  let lastPrune = 0;
  return class PostgresRateLimitStore {
    incr(key: string, callback: Callback, timeWindow: number): void {
      const now = clock().getTime();
      const windowStart = Math.floor(now / timeWindow) * timeWindow;
      const prune = now - lastPrune > PRUNE_EVERY_MS;
      if (prune) lastPrune = now;
      void (async () => {
        const rows = await db.query<{ count: number }>(
          `INSERT INTO rate_limit_hits (key, window_start, count) VALUES ($1, $2, 1)
           ON CONFLICT (key, window_start) DO UPDATE SET count = rate_limit_hits.count + 1
           RETURNING count`,
          [key, new Date(windowStart)],
        );
        if (prune)
          await db.query('DELETE FROM rate_limit_hits WHERE window_start < $1', [new Date(now - retainMs)]);
        return { current: Number(rows[0]?.count ?? 1), ttl: windowStart + timeWindow - now };
      })().then(
        (result) => callback(null, result),
        (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
      );
    }

    child(): PostgresRateLimitStore {
      return this;
    }
  };
}

/** Which routes carry which limit; named by the composition root, which knows the routes. */
export interface RateLimitedRoutes {
  signIn: string;
  /** Asking for a password reset: limited like sign-in, per address and user name. */
  passwordReset: string;
  registration: string[];
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Limits on the doors anyone can knock on: sign-in per address and user name, registration per
 * address, uploads (multipart requests) per user, and every other state-changing request made
 * without a session (a public form) per address. A refusal is 429 `request/rate-limited` with
 * Retry-After.
 */
export async function registerRateLimits(app: FastifyInstance, routes: RateLimitedRoutes): Promise<void> {
  const { db, clock, config } = app.services;
  const limits: RateLimits = config.rateLimits;
  const retainMs = Math.max(...Object.values(limits).map((l) => l.windowSeconds * 1000));
  await app.register(rateLimit, {
    global: false,
    store: postgresRateLimitStore(db, clock, retainMs) as never,
  });

  const limiter = (name: string, limit: RateLimit, key: (request: FastifyRequest) => string) =>
    app.createRateLimit({
      max: limit.max,
      timeWindow: limit.windowSeconds * 1000,
      keyGenerator: (request) => `${name}|${key(request)}`,
    });
  const byAddress = (request: FastifyRequest) => request.ip;
  const signIn = limiter('sign-in', limits.signIn, (request) => {
    const username = (request.body as { username?: unknown } | undefined)?.username;
    return `${request.ip}|${typeof username === 'string' ? username.toLowerCase() : ''}`;
  });
  const passwordReset = limiter('password-reset', limits.signIn, (request) => {
    const username = (request.body as { username?: unknown } | undefined)?.username;
    return `${request.ip}|${typeof username === 'string' ? username.toLowerCase() : ''}`;
  });
  const registration = limiter('registration', limits.registration, byAddress);
  const uploads = limiter('upload', limits.uploads, (request) => request.actor?.id ?? request.ip);
  const publicForms = limiter('public-form', limits.publicForms, byAddress);
  const registrationRoutes = new Set(routes.registration);

  // preHandler: after validation, so a malformed request costs nothing and the sign-in body's
  // user name is known.
  app.addHook('preHandler', async (request, reply) => {
    if (SAFE_METHODS.has(request.method)) return;
    const route = request.routeOptions.url;
    const check =
      route === routes.signIn
        ? signIn
        : route === routes.passwordReset
          ? passwordReset
          : route && registrationRoutes.has(route)
            ? registration
            : request.headers['content-type']?.startsWith('multipart/form-data')
              ? uploads
              : request.actor
                ? undefined
                : publicForms;
    if (!check) return;
    const result = await check(request);
    if (result.isAllowed || !result.isExceeded) return;
    reply.header('retry-after', String(result.ttlInSeconds));
    throw new AppError('request/rate-limited', { params: { seconds: result.ttlInSeconds } });
  });
}
