import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { actingProgramme, authorize } from '../accounts/http/authorize.js';
import { scopeOf, scopeParameter } from '../accounts/core/permissions.js';
import { listPoolShares } from './pool-shares-repository.js';
import { setPoolShare } from './use-cases/share-pool.js';
import { AppError } from '../platform/errors/app-error.js';
import { errorResponses, LocalizedTextSchema } from '../platform/http/schemas.js';
import { JURISDICTION_LEVELS } from './core/jurisdiction.js';
import type { ProgrammeRecord } from './programmes-repository.js';
import { findProgramme, listProgrammes } from './programmes-repository.js';
import { createProgramme } from './use-cases/create-programme.js';

/**
 * The award programmes of the installation (the tenants of decision 0008), apart from their
 * rules versions (`/api/programmes/{id}` serves an approved rules document).
 */
const ProgrammeSlug = Type.String({ pattern: '^[a-z0-9-]{1,64}$', description: 'the slug of /p/<slug>/…' });
const AwardProgrammeSchema = Type.Object({
  id: ProgrammeSlug,
  name: LocalizedTextSchema,
  issuer: LocalizedTextSchema,
  jurisdictionCode: Type.String({ description: 'GB/T 2260' }),
  level: Type.Enum(JURISDICTION_LEVELS),
  rulesVersionId: Type.Union([Type.String(), Type.Null()], {
    description: 'the approved rules version a new cycle starts from',
  }),
  receiptPrefix: Type.String(),
});

const present = (p: ProgrammeRecord) => ({
  id: p.id,
  name: p.name,
  issuer: p.issuer,
  jurisdictionCode: p.jurisdictionCode,
  level: p.level,
  rulesVersionId: p.rulesVersionId,
  receiptPrefix: p.receiptPrefix,
});

const PoolShareSchema = Type.Object({
  poolProgrammeId: Type.String({ description: 'the programme whose pool is shared' }),
  programmeId: Type.String({ description: 'the programme that may draw from it' }),
  sharedAt: Type.String(),
});

export const programmeTenantRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/api/pool-shares',
    {
      schema: {
        tags: ['programmes'],
        summary: "The expert pools the caller's programmes share, and those shared with them (the Office)",
        response: { 200: Type.Object({ items: Type.Array(PoolShareSchema) }), ...errorResponses },
      },
    },
    async (request) => {
      const { db, actor } = authorize(request, 'pool.share');
      const shares = await listPoolShares(db, scopeParameter(scopeOf(actor, 'pool.share')));
      return { items: shares.map((s) => ({ ...s, sharedAt: s.sharedAt.toISOString() })) };
    },
  );

  app.put(
    '/api/pool-shares/:programmeId',
    {
      schema: {
        tags: ['programmes'],
        summary:
          "Share the caller's programme's expert pool with another programme (the Office), which may then draw from it",
        params: Type.Object({ programmeId: ProgrammeSlug }),
        response: { 204: Type.Null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const context = authorize(request, 'pool.share');
      const pool = actingProgramme(context.actor, 'pool.share');
      await setPoolShare(context, pool, request.params.programmeId, true);
      return reply.code(204).send(null);
    },
  );

  app.delete(
    '/api/pool-shares/:programmeId',
    {
      schema: {
        tags: ['programmes'],
        summary: 'End a share of the caller’s programme’s pool; pools already frozen keep their experts',
        params: Type.Object({ programmeId: ProgrammeSlug }),
        response: { 204: Type.Null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const context = authorize(request, 'pool.share');
      const pool = actingProgramme(context.actor, 'pool.share');
      await setPoolShare(context, pool, request.params.programmeId, false);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/public/programmes',
    {
      schema: {
        tags: ['programmes'],
        summary: "The installation's award programmes, its default (first) first: the installation home",
        response: { 200: Type.Object({ items: Type.Array(AwardProgrammeSchema) }) },
      },
    },
    async (request) => {
      const { db } = authorize(request, 'public.read');
      return { items: (await listProgrammes(db)).map(present) };
    },
  );

  app.get(
    '/api/public/programmes/:slug',
    {
      schema: {
        tags: ['programmes'],
        params: Type.Object({ slug: ProgrammeSlug }),
        response: { 200: AwardProgrammeSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { db } = authorize(request, 'public.read');
      const programme = await findProgramme(db, request.params.slug);
      if (!programme) throw new AppError('record/not-found');
      return present(programme);
    },
  );

  app.post(
    '/api/installation/programmes',
    {
      schema: {
        tags: ['programmes'],
        summary:
          'Add an award programme (the administrator); then create its first Office account with POST /api/accounts in it',
        body: Type.Object(
          {
            id: ProgrammeSlug,
            name: LocalizedTextSchema,
            issuer: LocalizedTextSchema,
            jurisdictionCode: Type.String({ pattern: '^[0-9]{6}$' }),
            level: Type.Enum(JURISDICTION_LEVELS),
            receiptPrefix: Type.String({ pattern: '^[A-Z]{2,8}$' }),
          },
          { additionalProperties: false },
        ),
        response: { 201: AwardProgrammeSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const context = authorize(request, 'programme.create');
      return reply.code(201).send(present(await createProgramme(context, request.body)));
    },
  );
};
