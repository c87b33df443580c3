import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { AppError } from '../platform/errors/app-error.js';
import { authorize, contextOf, requireActor } from './http/authorize.js';
import {
  errorResponses,
  NoContent,
  Page,
  pageResponse,
  PagingQueryProperties,
  pagingOf,
} from '../platform/http/schemas.js';
import { cookieOptions, csrfTokenFor, SESSION_COOKIE } from './http/session-hooks.js';
import type { AccountRecord } from './accounts-repository.js';
import { findAccountById, listAccounts } from './accounts-repository.js';
import { abilities } from './core/permissions.js';
import { ROLES } from './core/roles.js';
import { changePassword } from './use-cases/change-password.js';
import { createAccount } from './use-cases/create-account.js';
import { setAccountStatus } from './use-cases/set-account-status.js';
import { signIn } from './use-cases/sign-in.js';
import { signOut } from './use-cases/sign-out.js';

const RoleSchema = Type.Enum(ROLES);
const RoleAssignmentSchema = Type.Object(
  {
    role: RoleSchema,
    townId: Type.Optional(Type.Union([Type.Integer({ minimum: 1 }), Type.Null()])),
    departmentId: Type.Optional(Type.Union([Type.Integer({ minimum: 1 }), Type.Null()])),
  },
  { additionalProperties: false },
);
const AccountSchema = Type.Object({
  id: Type.String(),
  username: Type.String(),
  displayName: Type.String(),
  email: Type.Union([Type.String(), Type.Null()]),
  phone: Type.Union([Type.String(), Type.Null()]),
  status: Type.Union([Type.Literal('active'), Type.Literal('disabled')]),
  roles: Type.Array(RoleAssignmentSchema),
  lockedUntil: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String(),
});
const SessionUserSchema = Type.Object({
  id: Type.String(),
  username: Type.String(),
  displayName: Type.String(),
  roles: Type.Array(RoleSchema),
  locale: Type.String(),
  mustChangePassword: Type.Boolean(),
  abilities: Type.Array(Type.String()),
});
const Username = Type.String({ minLength: 3, maxLength: 64, pattern: '^[A-Za-z0-9][A-Za-z0-9._@-]*$' });
const Password = Type.String({ minLength: 1, maxLength: 256 });
const Reason = Type.String({ minLength: 2, maxLength: 500 });

function presentAccount(account: AccountRecord) {
  return {
    id: account.id,
    username: account.username,
    displayName: account.displayName,
    email: account.email,
    phone: account.phone,
    status: account.status,
    roles: account.roles,
    lockedUntil:
      account.lockedUntil && account.lockedUntil > new Date() ? account.lockedUntil.toISOString() : null,
    createdAt: account.createdAt.toISOString(),
  };
}

function presentSessionUser(account: AccountRecord) {
  return {
    id: account.id,
    username: account.username,
    displayName: account.displayName,
    roles: account.roles.map((r) => r.role),
    locale: account.locale,
    mustChangePassword: account.mustChangePassword,
    abilities: abilities({ ...account }),
  };
}

export const accountRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/api/auth/session',
    {
      schema: {
        tags: ['auth'],
        summary: 'The current session and the CSRF token to echo in x-csrf-token',
        response: {
          200: Type.Object({
            authenticated: Type.Boolean(),
            csrfToken: Type.String(),
            idleTimeoutMinutes: Type.Integer(),
            user: Type.Optional(SessionUserSchema),
          }),
        },
      },
    },
    async (request, reply) => {
      const csrfToken = csrfTokenFor(request, reply);
      const idleTimeoutMinutes = app.services.config.session.idleTimeoutMinutes;
      const account = request.actor && (await findAccountById(app.services.db, request.actor.id));
      if (!account) return { authenticated: false, csrfToken, idleTimeoutMinutes };
      return { authenticated: true, csrfToken, idleTimeoutMinutes, user: presentSessionUser(account) };
    },
  );

  app.post(
    '/api/auth/sign-in',
    {
      schema: {
        tags: ['auth'],
        summary: 'Sign in; sets the HttpOnly session cookie',
        body: Type.Object(
          { username: Type.String({ minLength: 1, maxLength: 64 }), password: Password },
          {
            additionalProperties: false,
          },
        ),
        response: {
          200: Type.Object({ user: SessionUserSchema, csrfToken: Type.String() }),
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      const result = await signIn(contextOf(request), request.body);
      if (request.sessionTokenHash) await signOut(contextOf(request), request.sessionTokenHash);
      reply.setCookie(SESSION_COOKIE, result.sessionToken, cookieOptions(request, { httpOnly: true }));
      return { user: presentSessionUser(result.account), csrfToken: result.csrfToken };
    },
  );

  app.post(
    '/api/auth/sign-out',
    { schema: { tags: ['auth'], summary: 'Sign out and end the session', response: { 204: NoContent } } },
    async (request, reply) => {
      if (request.sessionTokenHash) await signOut(contextOf(request), request.sessionTokenHash);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/auth/password',
    {
      schema: {
        tags: ['auth'],
        summary: "Change one's own password (other sessions end; this one gets a new token)",
        body: Type.Object(
          { currentPassword: Password, newPassword: Password },
          { additionalProperties: false },
        ),
        response: { 204: NoContent, ...errorResponses },
      },
    },
    async (request, reply) => {
      const context = requireActor(request);
      const { sessionToken } = await changePassword(context, request.body, request.sessionTokenHash!);
      reply.setCookie(SESSION_COOKIE, sessionToken, cookieOptions(request, { httpOnly: true }));
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/accounts',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Accounts, for the system administrator',
        querystring: Type.Object(
          {
            search: Type.Optional(Type.String({ maxLength: 100 })),
            role: Type.Optional(RoleSchema),
            status: Type.Optional(Type.Union([Type.Literal('active'), Type.Literal('disabled')])),
            ...PagingQueryProperties,
          },
          { additionalProperties: false },
        ),
        response: { 200: Page(AccountSchema), ...errorResponses },
      },
    },
    async (request) => {
      const { db } = authorize(request, 'account.manage');
      const paging = pagingOf(request.query);
      const { search, role, status } = request.query;
      const { items, total } = await listAccounts(db, { search, role, status }, paging);
      return pageResponse(items.map(presentAccount), total, paging);
    },
  );

  app.post(
    '/api/accounts',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Create a staff, expert, committee, endorser, approver or auditor account',
        body: Type.Object(
          {
            username: Username,
            displayName: Type.String({ minLength: 1, maxLength: 100 }),
            email: Type.Optional(Type.String({ format: 'email', maxLength: 200 })),
            phone: Type.Optional(Type.String({ pattern: '^[0-9+() -]{5,30}$' })),
            roles: Type.Array(RoleAssignmentSchema, { minItems: 1, maxItems: 10 }),
            password: Password,
          },
          { additionalProperties: false },
        ),
        response: { 201: AccountSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const context = authorize(request, 'account.manage');
      const account = await createAccount(context, request.body);
      return reply.code(201).send(presentAccount(account));
    },
  );

  app.get(
    '/api/accounts/:id',
    {
      schema: {
        tags: ['accounts'],
        params: Type.Object({ id: Type.String({ maxLength: 64 }) }),
        response: { 200: AccountSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { db } = authorize(request, 'account.manage', { conceal: true });
      const account = await findAccountById(db, request.params.id);
      if (!account) throw new AppError('record/not-found');
      return presentAccount(account);
    },
  );

  app.post(
    '/api/accounts/:id/status',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Disable or re-enable an account, with a reason',
        params: Type.Object({ id: Type.String({ maxLength: 64 }) }),
        body: Type.Object(
          { status: Type.Union([Type.Literal('active'), Type.Literal('disabled')]), reason: Reason },
          { additionalProperties: false },
        ),
        response: { 200: AccountSchema, ...errorResponses },
      },
    },
    async (request) => {
      const context = authorize(request, 'account.manage', { conceal: true });
      return presentAccount(
        await setAccountStatus(context, { accountId: request.params.id, ...request.body }),
      );
    },
  );
};
