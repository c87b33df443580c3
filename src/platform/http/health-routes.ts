import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { migrationLevel } from '../db/migrate.js';

export const healthRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/api/health',
    {
      schema: {
        tags: ['platform'],
        summary: 'Liveness, database engine and migration level',
        response: {
          200: Type.Object({
            status: Type.Literal('ok'),
            database: Type.Object({
              engine: Type.Union([Type.Literal('pglite'), Type.Literal('postgresql')]),
              migration: Type.Union([Type.String(), Type.Null()]),
              migrationsApplied: Type.Integer(),
            }),
          }),
        },
      },
    },
    async () => {
      const { db } = app.services;
      const level = await migrationLevel(db);
      return {
        status: 'ok' as const,
        database: { engine: db.engine, migration: level.latest, migrationsApplied: level.applied },
      };
    },
  );

  const Line = Type.Union([Type.String(), Type.Null()]);
  app.get(
    '/api/public/site',
    {
      schema: {
        tags: ['platform'],
        summary: "The site's footer lines: contact, help and filing numbers (each null when not configured)",
        response: {
          200: Type.Object({
            contactPhone: Line,
            contactEmail: Line,
            contactAddress: Line,
            helpUrl: Line,
            icpFiling: Line,
            policeFiling: Line,
          }),
        },
      },
    },
    async (_request, reply) => {
      reply.header('cache-control', 'public, max-age=300');
      return app.services.config.site;
    },
  );
};
