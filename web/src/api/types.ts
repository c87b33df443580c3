import type { ApiAnswer, ApiBody, ApiPathParams, ApiQuery } from './client.js';

// The platform's shapes, from the generated API document (npm run api:types): a change of the
// server's schema shows here as a type error, never as a silent mismatch.

export type Session = ApiAnswer<'/api/auth/session'>;

export type SessionUser = NonNullable<Session['user']>;

export type Account = ApiAnswer<'/api/accounts'>['items'][number];

export type RoleGrant = Account['roles'][number];

export type AccountStatus = Account['status'];

/** A new account, or a reset one, with its one-time activation code (shown once). */
export type AccountWithActivation = ApiAnswer<'/api/accounts', 'post'>;

export type PendingGrant = ApiAnswer<'/api/role-grants'>['items'][number];

export type NewAccount = ApiBody<'/api/accounts'>;

export type ReferenceItem = ApiAnswer<'/api/reference/{kind}'>['items'][number];

export type ReferenceKind = ApiPathParams<'/api/reference/{kind}'>['kind'];

export type AuditEntry = ApiAnswer<'/api/audit'>['items'][number];

export type PersonRef = NonNullable<AuditEntry['actor']>;

export type ChainVerification = ApiAnswer<'/api/audit/verification'>;

export type AccessLogEntry = ApiAnswer<'/api/access-log'>['items'][number];

export type AccessEvent = NonNullable<ApiQuery<'/api/access-log'>['event']>;

export type ProgrammeSummary = ApiAnswer<'/api/programmes'>['items'][number];
