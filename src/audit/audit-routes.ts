import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { findDisplayNames } from '../accounts/accounts-repository.js';
import { authorize } from '../accounts/http/authorize.js';
import {
  errorResponses,
  Page,
  pageResponse,
  PagingQueryProperties,
  pagingOf,
} from '../platform/http/schemas.js';
import { ACCESS_EVENTS, listAccessLogPage } from './access-log-repository.js';
import { listHeads } from './audit-heads-repository.js';
import { listAuditPage } from './audit-repository.js';
import { presentHeads } from './present-heads.js';
import {
  AuditSnapshotSchema,
  AuditVerificationSchema,
  dateRangeOf,
  DateRangeQueryProperties,
  StoredHeadSchema,
} from './audit-schemas.js';
import { verifyAuditChain } from './verify-audit-chain.js';

const PersonSchema = Type.Union([
  Type.Object({ id: Type.String(), displayName: Type.String() }),
  Type.Null(),
]);

/** The auditor's reading of the trail and the access log, and the chain's verification. */
export const auditRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/api/audit',
    {
      schema: {
        tags: ['audit'],
        summary: 'A page of the audit entries, newest first, filtered by action, record and Beijing dates',
        querystring: Type.Object(
          {
            ...PagingQueryProperties,
            ...DateRangeQueryProperties,
            action: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
            recordType: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
            recordId: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Page(
            Type.Object({
              id: Type.Integer(),
              at: Type.String(),
              actor: PersonSchema,
              realActor: PersonSchema,
              action: Type.String(),
              recordType: Type.String(),
              recordId: Type.Union([Type.String(), Type.Null()]),
              before: AuditSnapshotSchema,
              after: AuditSnapshotSchema,
              clientIp: Type.Union([Type.String(), Type.Null()]),
              prevHash: Type.String(),
              hash: Type.String(),
            }),
          ),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const { db } = authorize(request, 'audit.read');
      const { action, recordType, recordId } = request.query;
      const range = dateRangeOf(request.query);
      const paging = pagingOf(request.query);
      const { entries, total } = await listAuditPage(db, { action, recordType, recordId, ...range }, paging);
      const names = await findDisplayNames(
        db,
        entries.flatMap((e) => [e.actorId, e.realActorId]),
      );
      const person = (id: string | null) => (id ? { id, displayName: names.get(id) ?? id } : null);
      return pageResponse(
        entries.map(({ actorId, realActorId, ...entry }) => ({
          ...entry,
          actor: person(actorId),
          realActor: person(realActorId),
        })),
        total,
        paging,
      );
    },
  );

  app.get(
    '/api/audit/verification',
    {
      schema: {
        tags: ['audit'],
        summary:
          'Recompute the SHA-256 chain, name the first broken entry, and check it passes through every published head',
        response: { 200: AuditVerificationSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { db } = authorize(request, 'audit.read');
      return verifyAuditChain(db);
    },
  );

  // ── Public: the chain's daily heads, so anyone can keep a copy and check the trail against it ──
  app.get(
    '/api/public/audit-heads',
    {
      schema: {
        tags: ['audit'],
        summary:
          'Every published head of the audit chain, oldest first: keep a copy, then `npm run audit:verify -- --heads <file|url>`',
        response: { 200: Type.Object({ items: Type.Array(StoredHeadSchema) }), ...errorResponses },
      },
    },
    async (request) => {
      const { db } = authorize(request, 'public.read');
      return { items: presentHeads(await listHeads(db)) };
    },
  );

  app.get(
    '/api/access-log',
    {
      schema: {
        tags: ['audit'],
        summary:
          'A page of the sign-ins, sign-outs and reads of protected material, newest first, by event, name and Beijing dates',
        querystring: Type.Object(
          {
            ...PagingQueryProperties,
            ...DateRangeQueryProperties,
            event: Type.Optional(Type.Enum(ACCESS_EVENTS)),
            search: Type.Optional(Type.String({ maxLength: 100, description: 'Part of a username or name' })),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Page(
            Type.Object({
              id: Type.Integer(),
              at: Type.String(),
              user: PersonSchema,
              username: Type.Union([Type.String(), Type.Null()]),
              event: Type.String(),
              recordType: Type.Union([Type.String(), Type.Null()]),
              recordId: Type.Union([Type.String(), Type.Null()]),
              clientIp: Type.Union([Type.String(), Type.Null()]),
              userAgent: Type.Union([Type.String(), Type.Null()]),
            }),
          ),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const { db } = authorize(request, 'access-log.read');
      const { event, search } = request.query;
      const range = dateRangeOf(request.query);
      const paging = pagingOf(request.query);
      const { rows, total } = await listAccessLogPage(db, { event, search, ...range }, paging);
      return pageResponse(
        rows.map(({ userId, displayName, at, ...row }) => ({
          ...row,
          at: at.toISOString(),
          user: userId ? { id: userId, displayName: displayName ?? userId } : null,
        })),
        total,
        paging,
      );
    },
  );
};
