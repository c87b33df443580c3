import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { authorize } from '../accounts/http/authorize.js';
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

export const programmeTenantRoutes: FastifyPluginAsyncTypebox = async (app) => {
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
