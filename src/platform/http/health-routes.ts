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
};
