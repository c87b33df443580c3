import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { authorize } from '../accounts/http/authorize.js';
import { AppError } from '../platform/errors/app-error.js';
import { resolveProgrammeId } from '../programmes/programmes-repository.js';
import { errorResponses, LocalizedTextSchema } from '../platform/http/schemas.js';
import { listReference, REFERENCE_KINDS } from './reference-repository.js';
import { createReferenceItem } from './use-cases/create-reference-item.js';
import { updateReferenceItem } from './use-cases/update-reference-item.js';

const ReferenceItemSchema = Type.Object({
  id: Type.Integer(),
  programmeId: Type.String(),
  code: Type.String(),
  name: LocalizedTextSchema,
  active: Type.Boolean(),
});
const KindParam = Type.Enum(REFERENCE_KINDS);
const ProgrammeQuery = Type.Object(
  {
    programme: Type.Optional(
      Type.String({
        pattern: '^[a-z0-9-]{1,64}$',
        description: "the programme's slug; the default programme's when absent",
      }),
    ),
  },
  { additionalProperties: false },
);

/** The programme a request names, or the installation's default; "not found" for an unknown slug. */
async function programmeOf(
  db: Parameters<typeof resolveProgrammeId>[0],
  slug: string | undefined,
): Promise<string> {
  const id = await resolveProgrammeId(db, slug);
  if (!id) throw new AppError('record/not-found');
  return id;
}
/** Towns / sub-districts and competent departments: public to read, administrator to manage. */
export const referenceRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/api/reference/:kind',
    {
      schema: {
        tags: ['reference'],
        summary: "A programme's towns / sub-districts or competent departments",
        params: Type.Object({ kind: KindParam }),
        querystring: ProgrammeQuery,
        response: { 200: Type.Object({ items: Type.Array(ReferenceItemSchema) }), ...errorResponses },
      },
    },
    async (request) => {
      const { db } = authorize(request, 'public.read');
      return {
        items: await listReference(db, request.params.kind, await programmeOf(db, request.query.programme)),
      };
    },
  );

  app.post(
    '/api/reference/:kind',
    {
      schema: {
        tags: ['reference'],
        params: Type.Object({ kind: KindParam }),
        querystring: ProgrammeQuery,
        body: Type.Object(
          { code: Type.String({ pattern: '^[A-Za-z0-9-]{1,32}$' }), name: LocalizedTextSchema },
          { additionalProperties: false },
        ),
        response: { 201: ReferenceItemSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const context = authorize(request, 'reference.manage');
      const programmeId = await programmeOf(context.db, request.query.programme);
      return reply
        .code(201)
        .send(await createReferenceItem(context, request.params.kind, { ...request.body, programmeId }));
    },
  );

  app.patch(
    '/api/reference/:kind/:id',
    {
      schema: {
        tags: ['reference'],
        params: Type.Object({ kind: KindParam, id: Type.String({ pattern: '^[1-9][0-9]{0,8}$' }) }),
        body: Type.Object(
          { name: Type.Optional(LocalizedTextSchema), active: Type.Optional(Type.Boolean()) },
          { additionalProperties: false, minProperties: 1 },
        ),
        response: { 200: ReferenceItemSchema, ...errorResponses },
      },
    },
    async (request) => {
      const context = authorize(request, 'reference.manage');
      return updateReferenceItem(context, request.params.kind, Number(request.params.id), request.body);
    },
  );
};
