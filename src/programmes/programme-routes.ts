import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { AppError } from '../platform/errors/app-error.js';
import { authorize } from '../accounts/http/authorize.js';
import { errorResponses, LocalizedTextSchema } from '../platform/http/schemas.js';
import { findFramework, frameworkVersions } from './catalogue.js';
import { FrameworkVersionSchema, ProgrammeVersionSchema } from './programme-schemas.js';
import { contentHash } from './register-catalogue.js';
import { findApprovedRules, listApprovedRules } from './rules-versions-repository.js';

const VersionId = Type.String({ pattern: '^[a-z0-9-]{1,64}$' });

/** The programme rules and scoring frameworks, public: the award is run in the open (Art. 3). */
export const programmeRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/api/programmes',
    {
      schema: {
        tags: ['programmes'],
        summary: 'Approved award programme rules versions (stored documents, see /api/rules-versions)',
        response: {
          200: Type.Object({
            items: Type.Array(
              Type.Object({
                id: Type.String(),
                family: Type.String(),
                title: LocalizedTextSchema,
                effectiveDate: Type.String(),
                documentNumber: Type.String(),
                sha256: Type.String(),
              }),
            ),
          }),
        },
      },
    },
    async (request) => {
      const { db } = authorize(request, 'public.read');
      const versions = await listApprovedRules(db);
      return {
        items: versions.map(({ id, family, document, sha256 }) => ({
          id,
          family,
          title: document.title,
          effectiveDate: document.effectiveDate,
          documentNumber: document.documentNumber,
          sha256,
        })),
      };
    },
  );

  app.get(
    '/api/programmes/:id',
    {
      schema: {
        tags: ['programmes'],
        summary:
          'One approved programme rules version: chapters, articles, parameters and clauses with their source articles',
        params: Type.Object({ id: VersionId }),
        response: { 200: ProgrammeVersionSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { db } = authorize(request, 'public.read');
      const programme = await findApprovedRules(db, request.params.id);
      if (!programme) throw new AppError('record/not-found');
      return programme;
    },
  );

  app.get(
    '/api/frameworks',
    {
      schema: {
        tags: ['programmes'],
        summary: 'Scoring framework versions',
        response: {
          200: Type.Object({
            items: Type.Array(
              Type.Object({
                id: Type.String(),
                title: LocalizedTextSchema,
                totalPoints: Type.Integer(),
                sha256: Type.String(),
              }),
            ),
          }),
        },
      },
    },
    async (request) => {
      authorize(request, 'public.read');
      return {
        items: frameworkVersions.map((f) => ({
          id: f.id,
          title: f.title,
          totalPoints: f.totalPoints,
          sha256: contentHash(f),
        })),
      };
    },
  );

  app.get(
    '/api/frameworks/:id',
    {
      schema: {
        tags: ['programmes'],
        summary: 'One scoring framework version: categories, items, points, bands',
        params: Type.Object({ id: VersionId }),
        response: { 200: FrameworkVersionSchema, ...errorResponses },
      },
    },
    async (request) => {
      authorize(request, 'public.read');
      const framework = findFramework(request.params.id);
      if (!framework) throw new AppError('record/not-found');
      return framework;
    },
  );
};
