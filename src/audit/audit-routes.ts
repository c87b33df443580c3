import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { findDisplayNames } from '../accounts/accounts-repository.js';
import { authorize } from '../accounts/http/authorize.js';
import { scopeOf, scopeParameter } from '../accounts/core/permissions.js';
import {
  errorResponses,
  fileResponse,
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
import { attachment, XLSX_MEDIA_TYPE } from './log-workbook.js';
import { exportAccessLog } from './use-cases/export-access-log.js';
import { exportAuditTrail } from './use-cases/export-audit-trail.js';
import { verifyAuditChain } from './verify-audit-chain.js';

/** The audit trail's filters: the page's and the export's. */
const AuditFilterProperties = {
  ...DateRangeQueryProperties,
  action: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
  recordType: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
  recordId: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
  person: Type.Optional(
    Type.String({
      maxLength: 100,
      description: 'Part of the username or name of the actor (or of the real actor)',
    }),
  ),
};

/** The access log's filters: the page's and the export's. */
const AccessLogFilterProperties = {
  ...DateRangeQueryProperties,
  event: Type.Optional(Type.Enum(ACCESS_EVENTS)),
  search: Type.Optional(Type.String({ maxLength: 100, description: 'Part of a username or name' })),
  recordType: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
  recordId: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
};

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
        summary:
          'A page of the audit entries, newest first, filtered by person, action, record and Beijing dates',
        querystring: Type.Object(
          { ...PagingQueryProperties, ...AuditFilterProperties },
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
              /** The programme the entry belongs to; null for the installation's own and older entries. */
              programmeId: Type.Union([Type.String(), Type.Null()]),
              prevHash: Type.String(),
              hash: Type.String(),
            }),
          ),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const { db, actor } = authorize(request, 'audit.read');
      const { action, recordType, recordId, person } = request.query;
      const range = dateRangeOf(request.query);
      const paging = pagingOf(request.query);
      const programmeIds = scopeParameter(scopeOf(actor, 'audit.read'));
      const { entries, total } = await listAuditPage(
        db,
        { action, recordType, recordId, person, ...range, programmeIds },
        paging,
      );
      const names = await findDisplayNames(
        db,
        entries.flatMap((e) => [e.actorId, e.realActorId]),
      );
      const personOf = (id: string | null) => (id ? { id, displayName: names.get(id) ?? id } : null);
      return pageResponse(
        entries.map(({ actorId, realActorId, ...entry }) => ({
          ...entry,
          programmeId: entry.programmeId ?? null,
          actor: personOf(actorId),
          realActor: personOf(realActorId),
        })),
        total,
        paging,
      );
    },
  );

  app.get(
    '/api/audit/export.xlsx',
    {
      schema: {
        tags: ['audit'],
        summary:
          'The audit entries matching the filters (those of GET /api/audit), newest first, as an Excel sheet written as it is read; the export is logged in the access log',
        querystring: Type.Object(AuditFilterProperties, { additionalProperties: false }),
        response: { 200: fileResponse(XLSX_MEDIA_TYPE, 'The audit trail (.xlsx)'), ...errorResponses },
      },
    },
    async (request, reply) => {
      const context = authorize(request, 'audit.read');
      const { action, recordType, recordId, person, from, to } = request.query;
      const range = dateRangeOf(request.query);
      const sheet = await exportAuditTrail(
        context,
        {
          action,
          recordType,
          recordId,
          person,
          ...range,
          programmeIds: scopeParameter(scopeOf(context.actor, 'audit.read')),
        },
        { from, to },
        request.locale,
      );
      return reply
        .type(XLSX_MEDIA_TYPE)
        .header('content-disposition', attachment('audit-trail.xlsx', '审计日志.xlsx'))
        .header('cache-control', 'private, no-store')
        .send(sheet);
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
          'A page of the sign-ins, sign-outs, reads and exports of protected material, newest first, by event, person, record and Beijing dates',
        querystring: Type.Object(
          { ...PagingQueryProperties, ...AccessLogFilterProperties },
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
      const { db, actor } = authorize(request, 'access-log.read');
      const { event, search, recordType, recordId } = request.query;
      const range = dateRangeOf(request.query);
      const paging = pagingOf(request.query);
      const programmeIds = scopeParameter(scopeOf(actor, 'access-log.read'));
      const { rows, total } = await listAccessLogPage(
        db,
        { event, search, recordType, recordId, ...range, programmeIds },
        paging,
      );
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

  app.get(
    '/api/access-log/export.xlsx',
    {
      schema: {
        tags: ['audit'],
        summary:
          'The access-log entries matching the filters (those of GET /api/access-log), newest first, as an Excel sheet written as it is read; the export is itself logged',
        querystring: Type.Object(AccessLogFilterProperties, { additionalProperties: false }),
        response: { 200: fileResponse(XLSX_MEDIA_TYPE, 'The access log (.xlsx)'), ...errorResponses },
      },
    },
    async (request, reply) => {
      const context = authorize(request, 'access-log.read');
      const { event, search, recordType, recordId, from, to } = request.query;
      const range = dateRangeOf(request.query);
      const sheet = await exportAccessLog(
        context,
        {
          event,
          search,
          recordType,
          recordId,
          ...range,
          programmeIds: scopeParameter(scopeOf(context.actor, 'access-log.read')),
        },
        { from, to },
        request.locale,
      );
      return reply
        .type(XLSX_MEDIA_TYPE)
        .header('content-disposition', attachment('access-log.xlsx', '访问日志.xlsx'))
        .header('cache-control', 'private, no-store')
        .send(sheet);
    },
  );
};
