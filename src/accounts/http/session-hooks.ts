import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../platform/errors/app-error.js';
import { localeFromAcceptLanguage } from '../../platform/i18n/localized.js';
import { randomToken, sameSecret, sha256Hex } from '../../platform/security/tokens.js';
import { toActor } from '../accounts-repository.js';
import { isSessionAlive } from '../core/session-policy.js';
import { deleteSession, findSessionWithAccount, touchSession } from '../sessions-repository.js';
import './authorize.js';

export const SESSION_COOKIE = 'qa_session';
/** Before sign-in there is no session to bind a CSRF token to: a double-submit cookie stands in. */
export const PRE_SESSION_CSRF_COOKIE = 'qa_csrf';
export const CSRF_HEADER = 'x-csrf-token';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
// Refreshing last-seen on every request would write on every read; once a minute is enough.
const TOUCH_INTERVAL_MS = 60_000;

export function registerSessionHooks(app: FastifyInstance): void {
  app.decorateRequest('locale', 'zh-CN');
  app.decorateRequest('actor', null);
  app.decorateRequest('sessionTokenHash', null);
  app.decorateRequest('sessionCsrfToken', null);
  app.decorateRequest('sessionExpired', false);
  app.decorateRequest('passwordChangeRequired', false);

  app.addHook('onRequest', async (request, reply) => {
    request.locale = localeFromAcceptLanguage(request.headers['accept-language']);
    // Decide on the route the router matched (after it decoded the path), never on the raw URL:
    // `/%61pi/auth/sign-in` is the route `/api/auth/sign-in` and gets the same checks. No route
    // matched: the not-found handler answers and nothing runs.
    const route = request.routeOptions.url;
    if (route === undefined) return;
    if (route.startsWith('/api/')) await resolveSession(request, reply);
    // Every state-changing route, wherever it lives, needs the token (closed by default).
    if (!SAFE_METHODS.has(request.method)) checkCsrf(request);
  });
}

async function resolveSession(request: FastifyRequest, reply: FastifyReply): Promise<void> {
  const token = request.cookies[SESSION_COOKIE];
  if (!token) return;
  const { db, config, clock } = request.server.services;
  const tokenHash = sha256Hex(token);
  const found = await findSessionWithAccount(db, tokenHash);
  const now = clock();
  const session = found?.session;
  const account = found?.account;
  if (!session || !account || account.status !== 'active' || !isSessionAlive(session, now, config.session)) {
    if (session) await deleteSession(db, tokenHash);
    request.sessionExpired = true;
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return;
  }
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS)
    await touchSession(db, tokenHash, now);
  request.actor = toActor(account);
  request.passwordChangeRequired = account.mustChangePassword;
  request.sessionTokenHash = tokenHash;
  request.sessionCsrfToken = session.csrfToken;
}

function checkCsrf(request: FastifyRequest): void {
  // A stale tab's token belonged to the session that ended: say so, not "invalid token".
  if (request.sessionExpired) throw new AppError('auth/session-expired');
  const sent = request.headers[CSRF_HEADER];
  if (typeof sent !== 'string' || sent === '') throw new AppError('auth/csrf-missing');
  const expected = request.sessionCsrfToken ?? request.cookies[PRE_SESSION_CSRF_COOKIE];
  if (!expected || !sameSecret(sent, expected)) throw new AppError('auth/csrf-invalid');
}

/** The token a client must echo; for a visitor, issued with its double-submit cookie. */
export function csrfTokenFor(request: FastifyRequest, reply: FastifyReply): string {
  if (request.sessionCsrfToken) return request.sessionCsrfToken;
  const existing = request.cookies[PRE_SESSION_CSRF_COOKIE];
  if (existing) return existing;
  const token = randomToken();
  reply.setCookie(PRE_SESSION_CSRF_COOKIE, token, cookieOptions(request, { httpOnly: true }));
  return token;
}

export function cookieOptions(request: FastifyRequest, extra: { httpOnly: boolean; maxAgeSeconds?: number }) {
  return {
    path: '/',
    httpOnly: extra.httpOnly,
    sameSite: 'strict' as const,
    secure: request.server.services.config.session.secureCookies,
    ...(extra.maxAgeSeconds ? { maxAge: extra.maxAgeSeconds } : {}),
  };
}
