import type { FastifyInstance } from 'fastify';
import { AppError } from '../../platform/errors/app-error.js';
import './authorize.js';

/**
 * The routes an account that must change its password may still use: its session, the change
 * itself, signing out (and in again), and the public pages, which ask nothing of an account.
 */
const OPEN_ROUTES = new Set([
  'GET /api/auth/session',
  'POST /api/auth/password',
  'POST /api/auth/sign-out',
  'POST /api/auth/sign-in',
  'GET /api/auth/password-rules',
  'GET /api/health',
]);

export function isOpenWhilePasswordChangeRequired(method: string, route: string): boolean {
  return OPEN_ROUTES.has(`${method} ${route}`) || (method === 'GET' && route.startsWith('/api/public/'));
}

/**
 * "Must change password" enforced by the API, not only by the web's redirect: every other route
 * answers 403 `auth/password-change-required`. Decided on the matched route's pattern, never the
 * raw URL, so no spelling of a path slips past; registered after the session hook.
 */
export function registerPasswordChangeGate(app: FastifyInstance): void {
  app.addHook('onRequest', async (request) => {
    if (!request.actor || !request.passwordChangeRequired) return;
    const route = request.routeOptions.url;
    if (route === undefined) return; // no such route: 404 as for anyone
    if (!isOpenWhilePasswordChangeRequired(request.method, route))
      throw new AppError('auth/password-change-required');
  });
}
