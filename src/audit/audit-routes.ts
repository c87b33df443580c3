import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { findDisplayNames } from '../accounts/accounts-repository.js';
import { authorize } from '../accounts/http/authorize.js';
import { errorResponses, PageQuerySchema, pageOf } from '../platform/http/schemas.js';
import { listAccessLog } from './access-log-repository.js';
import { listAudit } from './audit-repository.js';
import { AuditSnapshotSchema } from './audit-schemas.js';
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
        summary: 'Audit entries, newest first',
        querystring: PageQuerySchema,
        response: {
          200: Type.Object({
            items: Type.Array(
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
            nextBefore: Type.Union([Type.Integer(), Type.Null()]),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const { db } = authorize(request, 'audit.read');
      const { limit, before } = pageOf(request.query);
      const entries = await listAudit(db, before, limit);
      const names = await findDisplayNames(
        db,
        entries.flatMap((e) => [e.actorId, e.realActorId]),
      );
      const person = (id: string | null) => (id ? { id, displayName: names.get(id) ?? id } : null);
      return {
        items: entries.map(({ actorId, realActorId, ...entry }) => ({
          ...entry,
          actor: person(actorId),
          realActor: person(realActorId),
        })),
        nextBefore: entries.length === limit ? entries[entries.length - 1]!.id : null,
      };
    },
  );

  app.get(
    '/api/audit/verification',
    {
      schema: {
        tags: ['audit'],
        summary: 'Recompute the SHA-256 chain and name the first broken entry',
        response: {
          200: Type.Object({
            ok: Type.Boolean(),
            checked: Type.Integer(),
            firstBroken: Type.Optional(Type.Object({ id: Type.Integer(), reason: Type.String() })),
            head: Type.Optional(Type.Object({ id: Type.Integer(), hash: Type.String() })),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const { db } = authorize(request, 'audit.read');
      return verifyAuditChain(db);
    },
  );

  app.get(
    '/api/access-log',
    {
      schema: {
        tags: ['audit'],
        summary: 'Sign-ins, sign-outs and reads of protected material, newest first',
        querystring: PageQuerySchema,
        response: {
          200: Type.Object({
            items: Type.Array(
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
            nextBefore: Type.Union([Type.Integer(), Type.Null()]),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const { db } = authorize(request, 'access-log.read');
      const { limit, before } = pageOf(request.query);
      const rows = await listAccessLog(db, before, limit);
      return {
        items: rows.map(({ userId, displayName, at, ...row }) => ({
          ...row,
          at: at.toISOString(),
          user: userId ? { id: userId, displayName: displayName ?? userId } : null,
        })),
        nextBefore: rows.length === limit ? rows[rows.length - 1]!.id : null,
      };
    },
  );
};
