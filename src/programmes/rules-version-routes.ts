import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type, type TSchema } from 'typebox';
import { can } from '../accounts/core/permissions.js';
import type { Actor } from '../accounts/core/actor.js';
import { authorize, requireInProgramme } from '../accounts/http/authorize.js';
import { scopeOf, scopeParameter } from '../accounts/core/permissions.js';
import { AppError } from '../platform/errors/app-error.js';
import {
  errorResponses,
  LocalizedTextSchema,
  Page,
  pageResponse,
  pagingOf,
  PagingQueryProperties,
} from '../platform/http/schemas.js';
import { RulesDocumentSchema } from './core/rules-document.js';
import type { RulesVersionRecord, RulesVersionSummary } from './rules-versions-repository.js';
import { findRulesVersion, listRulesVersionPage } from './rules-versions-repository.js';
import { approveRulesVersion } from './use-cases/approve-rules-version.js';
import { draftRulesVersion } from './use-cases/draft-rules-version.js';
import { updateRulesVersion } from './use-cases/update-rules-version.js';

const VersionId = Type.String({ pattern: '^[a-z0-9-]{1,64}$' });
const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const Person = Nullable(Type.Object({ id: Type.String(), name: Type.String() }));

const SummarySchema = Type.Object({
  id: Type.String(),
  family: Type.String({ description: 'The award the version belongs to; a draft inherits it' }),
  status: Type.Enum(['draft', 'approved']),
  title: LocalizedTextSchema,
  documentNumber: Type.String(),
  sha256: Type.String({ description: 'SHA-256 of the canonical JSON of the document' }),
  revision: Type.Integer({ minimum: 1 }),
  basedOn: Nullable(Type.String()),
  createdBy: Person,
  createdAt: Type.String({ description: 'ISO 8601 date-time' }),
  approvedBy: Person,
  approvedAt: Nullable(Type.String({ description: 'ISO 8601 date-time' })),
  abilities: Type.Object(
    {
      edit: Type.Boolean(),
      approve: Type.Boolean(),
      draftFrom: Type.Boolean(),
    },
    { description: 'What the caller may do with this version, as the server decides' },
  ),
});

const RulesVersionSchema = Type.Object({ ...SummarySchema.properties, document: RulesDocumentSchema });

function abilitiesOf(version: RulesVersionSummary, actor: Actor | null) {
  const draft = version.status === 'draft';
  return {
    edit: draft && can(actor, 'rules.draft').ok,
    approve: draft && can(actor, 'rules.approve').ok && version.createdBy?.id !== actor?.id,
    draftFrom: can(actor, 'rules.draft').ok,
  };
}

function presentSummary(version: RulesVersionSummary, actor: Actor | null) {
  return {
    id: version.id,
    family: version.family,
    status: version.status,
    title: version.title,
    documentNumber: version.documentNumber,
    sha256: version.sha256,
    revision: version.revision,
    basedOn: version.basedOn,
    createdBy: version.createdBy,
    createdAt: version.createdAt.toISOString(),
    approvedBy: version.approvedBy,
    approvedAt: version.approvedAt?.toISOString() ?? null,
    abilities: abilitiesOf(version, actor),
  };
}

const present = (version: RulesVersionRecord, actor: Actor | null) => ({
  ...presentSummary(version, actor),
  document: version.document,
});

/**
 * Programme rules versions as stored documents: the Office drafts one from an existing version
 * and edits it; the committee chair approves it; cycles run on approved versions only.
 */
export const rulesVersionRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/api/rules-versions',
    {
      schema: {
        tags: ['programmes'],
        summary: 'Programme rules versions, drafts included, newest first',
        querystring: Type.Object(
          { status: Type.Optional(Type.Enum(['draft', 'approved'])), ...PagingQueryProperties },
          { additionalProperties: false },
        ),
        response: { 200: Page(SummarySchema), ...errorResponses },
      },
    },
    async (request) => {
      const { db, actor } = authorize(request, 'rules.read');
      const paging = pagingOf(request.query, 20);
      const programmeIds = scopeParameter(scopeOf(actor, 'rules.read'));
      const { items, total } = await listRulesVersionPage(
        db,
        { status: request.query.status, programmeIds },
        paging,
      );
      return pageResponse(
        items.map((v) => presentSummary(v, actor)),
        total,
        paging,
      );
    },
  );

  app.get(
    '/api/rules-versions/:id',
    {
      schema: {
        tags: ['programmes'],
        summary: 'One rules version with its document',
        params: Type.Object({ id: VersionId }),
        response: { 200: RulesVersionSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { db, actor } = authorize(request, 'rules.read', { conceal: true });
      const version = await findRulesVersion(db, request.params.id);
      if (version) requireInProgramme(actor, 'rules.read', version.family);
      if (!version) throw new AppError('record/not-found');
      return present(version, actor);
    },
  );

  app.post(
    '/api/rules-versions',
    {
      schema: {
        tags: ['programmes'],
        summary:
          "Draft a new rules version from an existing one (the Office): its own programme's, or another programme's approved version",
        body: Type.Object(
          {
            basedOn: VersionId,
            id: VersionId,
            programmeId: Type.Optional(
              Type.String({
                pattern: '^[a-z0-9-]{1,64}$',
                description: 'the programme the draft is for; the base version’s when absent',
              }),
            ),
          },
          { additionalProperties: false },
        ),
        response: { 201: RulesVersionSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const context = authorize(request, 'rules.draft');
      const version = await draftRulesVersion(context, request.body);
      return reply.code(201).send(present(version, context.actor));
    },
  );

  app.put(
    '/api/rules-versions/:id',
    {
      schema: {
        tags: ['programmes'],
        summary: "Save a draft's document at the revision read (the Office)",
        params: Type.Object({ id: VersionId }),
        body: Type.Object(
          {
            revision: Type.Integer({ minimum: 1 }),
            document: Type.Record(Type.String(), Type.Unknown(), {
              description:
                'The whole rules document; checked against the rules schema, each problem named in zh/en',
            }),
          },
          { additionalProperties: false },
        ),
        response: { 200: RulesVersionSchema, ...errorResponses },
      },
    },
    async (request) => {
      const context = authorize(request, 'rules.draft', { conceal: true });
      const version = await updateRulesVersion(context, request.params.id, request.body);
      return present(version, context.actor);
    },
  );

  app.post(
    '/api/rules-versions/:id/approval',
    {
      schema: {
        tags: ['programmes'],
        summary: 'Approve a draft at the revision read (the committee chair, not its drafter)',
        params: Type.Object({ id: VersionId }),
        body: Type.Object({ revision: Type.Integer({ minimum: 1 }) }, { additionalProperties: false }),
        response: { 200: RulesVersionSchema, ...errorResponses },
      },
    },
    async (request) => {
      const context = authorize(request, 'rules.approve', { conceal: true });
      const version = await approveRulesVersion(context, request.params.id, request.body);
      return present(version, context.actor);
    },
  );
};
