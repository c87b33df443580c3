import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { AppError } from '../platform/errors/app-error.js';
import { authorize, contextOf, requireActor } from './http/authorize.js';
import {
  errorResponses,
  LocalizedTextSchema,
  NoContent,
  Page,
  pageResponse,
  PagingQueryProperties,
  pagingOf,
} from '../platform/http/schemas.js';
import { cookieOptions, csrfTokenFor, SESSION_COOKIE } from './http/session-hooks.js';
import type { AccountRecord } from './accounts-repository.js';
import { findAccountById, listAccounts } from './accounts-repository.js';
import { activationExpiries } from './activations-repository.js';
import type { IssuedActivation } from './activation-codes.js';
import { describePasswordRules } from './core/password-policy.js';
import { abilities, can } from './core/permissions.js';
import { canConfirmGrant } from './core/role-grants.js';
import type { Actor } from './core/actor.js';
import type { RoleAssignment } from './core/roles.js';
import { ROLES } from './core/roles.js';
import type { PendingGrantRecord } from './role-grants-repository.js';
import { listPendingGrants } from './role-grants-repository.js';
import { activateAccount } from './use-cases/activate-account.js';
import { changePassword } from './use-cases/change-password.js';
import { confirmRoleGrant } from './use-cases/confirm-role-grant.js';
import { createAccount } from './use-cases/create-account.js';
import { issueAccountActivation } from './use-cases/issue-activation.js';
import { setAccountStatus } from './use-cases/set-account-status.js';
import { signIn } from './use-cases/sign-in.js';
import { signOut } from './use-cases/sign-out.js';
import { issueOrganisationReset } from './use-cases/issue-organisation-reset.js';
import { requestPasswordReset } from './use-cases/request-password-reset.js';

const RoleSchema = Type.Enum(ROLES);
const RoleAssignmentSchema = Type.Object(
  {
    role: RoleSchema,
    /** The programme the role is held in; null or absent for an installation-wide role. */
    programmeId: Type.Optional(Type.Union([Type.String({ pattern: '^[a-z0-9-]{1,64}$' }), Type.Null()])),
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
  /** Roles asked for and waiting for a second person to confirm (三员分立). */
  pendingRoles: Type.Array(RoleAssignmentSchema),
  /** Until when the account's activation code is valid; null once the person set a password. */
  activationExpiresAt: Type.Union([Type.String(), Type.Null()]),
});
const ActivationSchema = Type.Object({
  /** The one-time code, shown once: only its hash is stored. */
  code: Type.String(),
  expiresAt: Type.String(),
});
const PendingGrantSchema = Type.Object({
  id: Type.String(),
  userId: Type.String(),
  username: Type.String(),
  displayName: Type.String(),
  role: RoleSchema,
  programmeId: Type.Union([Type.String(), Type.Null()]),
  townId: Type.Union([Type.Integer(), Type.Null()]),
  departmentId: Type.Union([Type.Integer(), Type.Null()]),
  requestedByName: Type.Union([Type.String(), Type.Null()]),
  requestedAt: Type.String(),
  /** Whether the caller may confirm it (GRANT_CONFIRMERS, and not the asker or the grantee). */
  canConfirm: Type.Boolean(),
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

interface AccountExtras {
  pendingRoles: RoleAssignment[];
  activationExpiresAt: Date | null;
}

/** The pending grants and live activation codes of these accounts, in two statements. */
async function extrasOf(db: Parameters<typeof listPendingGrants>[0], accounts: AccountRecord[]) {
  const ids = accounts.map((a) => a.id);
  const [grants, expiries] = await Promise.all([listPendingGrants(db, ids), activationExpiries(db, ids)]);
  return (account: AccountRecord): AccountExtras => ({
    pendingRoles: grants
      .filter((g) => g.userId === account.id)
      .map((g) => ({
        role: g.role,
        programmeId: g.programmeId,
        townId: g.townId,
        departmentId: g.departmentId,
      })),
    activationExpiresAt: expiries.get(account.id) ?? null,
  });
}

/** A grant the confirmer may decide, or could but for being its asker or grantee. */
function grantInReach(actor: Actor | null, grant: PendingGrantRecord): boolean {
  if (!actor) return false;
  const decision = canConfirmGrant(actor, grant);
  return decision.ok || decision.reason === 'same-person';
}

function presentActivation(activation: IssuedActivation) {
  return { code: activation.code, expiresAt: activation.expiresAt.toISOString() };
}

function presentGrant(grant: PendingGrantRecord, canConfirm: boolean) {
  return {
    id: grant.id,
    userId: grant.userId,
    username: grant.username,
    displayName: grant.displayName,
    role: grant.role,
    programmeId: grant.programmeId,
    townId: grant.townId,
    departmentId: grant.departmentId,
    requestedByName: grant.requestedByName,
    requestedAt: grant.requestedAt.toISOString(),
    canConfirm,
  };
}

function presentAccount(account: AccountRecord, extras: AccountExtras) {
  return {
    pendingRoles: extras.pendingRoles,
    activationExpiresAt: extras.activationExpiresAt?.toISOString() ?? null,
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

  app.post(
    '/api/auth/activate',
    {
      schema: {
        tags: ['auth'],
        summary: 'Set one’s own first password with the one-time activation code one was handed',
        body: Type.Object(
          {
            username: Type.String({ minLength: 1, maxLength: 64 }),
            code: Type.String({ minLength: 1, maxLength: 64 }),
            newPassword: Password,
          },
          { additionalProperties: false },
        ),
        response: { 204: NoContent, ...errorResponses },
      },
    },
    async (request, reply) => {
      await activateAccount(contextOf(request), request.body);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/auth/password-reset',
    {
      schema: {
        tags: ['auth'],
        summary:
          'How a forgotten password is reset here: by e-mail when mail is configured, else through the Office',
        response: {
          200: Type.Object({ byMail: Type.Boolean(), codeHours: Type.Integer() }),
        },
      },
    },
    async () => {
      const { config } = app.services;
      return {
        byMail: config.mail !== null,
        codeHours: config.mail ? config.resetCodeHours : config.activationCodeHours,
      };
    },
  );

  app.post(
    '/api/auth/password-reset',
    {
      schema: {
        tags: ['auth'],
        summary:
          'Ask for a password reset by user name: the same answer whether the name exists or not; with a mailbox on the account a one-time reset link is mailed',
        body: Type.Object(
          { username: Type.String({ minLength: 1, maxLength: 64 }) },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ byMail: Type.Literal(true) }), ...errorResponses },
      },
    },
    async (request, reply) => {
      if (!app.services.config.mail) throw new AppError('auth/reset-by-office');
      // Answered before any lookup: the time to answer says nothing about the name either.
      const context = contextOf(request);
      void requestPasswordReset(context, request.body.username).catch((error: unknown) =>
        request.log.error({ err: error }, 'password reset: the mail was not sent'),
      );
      return reply.code(200).send({ byMail: true });
    },
  );

  app.post(
    '/api/organisations/password-reset',
    {
      schema: {
        tags: ['accounts'],
        summary:
          "The Office issues a one-time reset code for an organisation's account, found by its credit code (shown once; audited with how the request was checked)",
        body: Type.Object(
          { creditCode: Type.String({ minLength: 18, maxLength: 18 }), note: Reason },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({
            username: Type.String(),
            organisationName: Type.String(),
            activation: ActivationSchema,
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const context = authorize(request, 'organisation.reset-password');
      const issued = await issueOrganisationReset(context, request.body);
      return {
        username: issued.username,
        organisationName: issued.organisationName,
        activation: presentActivation(issued.activation),
      };
    },
  );

  app.get(
    '/api/auth/password-rules',
    {
      schema: {
        tags: ['auth'],
        summary: 'The password rules, to show before anyone types a new password',
        response: {
          200: Type.Object({
            minLength: Type.Integer(),
            maxLength: Type.Integer(),
            minCharacterClasses: Type.Integer(),
            minStrength: Type.Integer(),
            rules: Type.Array(LocalizedTextSchema),
          }),
        },
      },
    },
    async () => {
      const policy = app.services.config.password;
      return { ...policy, rules: describePasswordRules(policy) };
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
      const extras = await extrasOf(db, items);
      return pageResponse(
        items.map((a) => presentAccount(a, extras(a))),
        total,
        paging,
      );
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
          },
          { additionalProperties: false },
        ),
        response: {
          201: Type.Object({ account: AccountSchema, activation: ActivationSchema }),
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      const context = authorize(request, 'account.manage');
      const { account, activation } = await createAccount(context, request.body);
      const extras = await extrasOf(context.db, [account]);
      return reply.code(201).send({
        account: presentAccount(account, extras(account)),
        activation: presentActivation(activation),
      });
    },
  );

  app.post(
    '/api/accounts/:id/activation',
    {
      schema: {
        tags: ['accounts'],
        summary:
          'Reset a lost password: the password is void, sessions end, a new one-time activation code is issued (shown once); roles a second person confirms wait again',
        params: Type.Object({ id: Type.String({ maxLength: 64 }) }),
        response: {
          200: Type.Object({ account: AccountSchema, activation: ActivationSchema }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const context = authorize(request, 'account.manage', { conceal: true });
      const { account, activation } = await issueAccountActivation(context, request.params.id);
      const extras = await extrasOf(context.db, [account]);
      return { account: presentAccount(account, extras(account)), activation: presentActivation(activation) };
    },
  );

  app.get(
    '/api/role-grants',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Role grants waiting for a second person: for the administrator and for those who confirm',
        response: { 200: Type.Object({ items: Type.Array(PendingGrantSchema) }), ...errorResponses },
      },
    },
    async (request) => {
      const action = can(request.actor, 'account.manage').ok ? 'account.manage' : 'role-grant.confirm';
      const { db, actor } = authorize(request, action);
      const grants = await listPendingGrants(db);
      // The administrator sees every grant it asked for; a confirmer those of its own programmes.
      const visible = action === 'account.manage' ? grants : grants.filter((g) => grantInReach(actor, g));
      return { items: visible.map((g) => presentGrant(g, actor !== null && canConfirmGrant(actor, g).ok)) };
    },
  );

  app.post(
    '/api/role-grants/:id/confirm',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Confirm a role grant the administrator asked for (the second person); audited',
        params: Type.Object({ id: Type.String({ maxLength: 64 }) }),
        response: { 200: PendingGrantSchema, ...errorResponses },
      },
    },
    async (request) => {
      authorize(request, 'role-grant.confirm', { conceal: true });
      const grant = await confirmRoleGrant(requireActor(request), request.params.id);
      return presentGrant(grant, false);
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
      return presentAccount(account, (await extrasOf(db, [account]))(account));
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
      const account = await setAccountStatus(context, { accountId: request.params.id, ...request.body });
      return presentAccount(account, (await extrasOf(context.db, [account]))(account));
    },
  );
};
