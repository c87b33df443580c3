import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { AppError } from '../platform/errors/app-error.js';
import { authorize } from '../accounts/http/authorize.js';
import { errorResponses } from '../platform/http/schemas.js';
import { INDUSTRY_SECTIONS } from './core/organisation.js';
import type { OrganisationRecord } from './organisations-repository.js';
import { findOrganisation } from './organisations-repository.js';
import { registerOrganisation } from './use-cases/register-organisation.js';

const Text = (max: number) => Type.String({ minLength: 1, maxLength: max });
const Phone = Type.String({ pattern: '^[0-9+() -]{5,30}$' });

const OrganisationFields = {
  creditCode: Type.String({
    minLength: 1,
    maxLength: 40,
    description: 'Unified Social Credit Code, 18 characters',
  }),
  name: Text(200),
  kind: Type.Enum(['enterprise', 'non_profit']),
  address: Text(300),
  townId: Type.Integer({ minimum: 1 }),
  departmentId: Type.Integer({ minimum: 1 }),
  legalRepresentative: Text(50),
  industry: Type.Enum(INDUSTRY_SECTIONS),
  registrationDate: Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' }),
  contactName: Text(50),
  contactPhone: Phone,
  contactEmail: Type.Union([Type.String({ format: 'email', maxLength: 200 }), Type.Null()]),
};

export const OrganisationSchema = Type.Object({
  id: Type.String(),
  ...OrganisationFields,
  createdAt: Type.String(),
});

export const presentOrganisation = (o: OrganisationRecord) => ({
  ...o,
  createdAt: o.createdAt.toISOString(),
});

export const organisationRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/api/organisations/register',
    {
      schema: {
        tags: ['organisations'],
        summary: "Register an organisation by its credit code, with its contact person's sign-in",
        body: Type.Object(
          {
            organisation: Type.Object(OrganisationFields, { additionalProperties: false }),
            account: Type.Object(
              {
                username: Type.String({
                  minLength: 3,
                  maxLength: 64,
                  pattern: '^[A-Za-z0-9][A-Za-z0-9._@-]*$',
                }),
                displayName: Text(100),
                password: Type.String({ minLength: 1, maxLength: 256 }),
                email: Type.Optional(Type.String({ format: 'email', maxLength: 200 })),
                phone: Type.Optional(Phone),
              },
              { additionalProperties: false },
            ),
          },
          { additionalProperties: false },
        ),
        response: { 201: OrganisationSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const context = authorize(request, 'public.read');
      const { organisation } = await registerOrganisation(context, request.body);
      return reply.code(201).send(presentOrganisation(organisation));
    },
  );

  app.get(
    '/api/organisations/mine',
    { schema: { tags: ['organisations'], response: { 200: OrganisationSchema, ...errorResponses } } },
    async (request) => {
      const { db, actor } = authorize(request, 'application.apply');
      const organisation = actor?.organisationId && (await findOrganisation(db, actor.organisationId));
      if (!organisation) throw new AppError('record/not-found');
      return presentOrganisation(organisation);
    },
  );
};
