import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { findCommitment } from '../draws/panels-repository.js';
import { presentSeatsOf } from '../draws/present-my-seats.js';
import { respondToSeat } from '../draws/use-cases/respond-to-seat.js';
import { AppError } from '../platform/errors/app-error.js';
import { authorize } from '../accounts/http/authorize.js';
import {
  errorResponses,
  Page,
  pageResponse,
  PagingQueryProperties,
  pagingOf,
} from '../platform/http/schemas.js';
import { CONFLICT_KINDS } from './core/conflicts.js';
import { MyPanelSchema } from './expert-schemas.js';
import { findExpertByUser, findExpertIdRowsByCode } from './experts-repository.js';
import { acceptUndertaking, UNDERTAKING_VERSION } from './use-cases/accept-undertaking.js';
import { recordConflict } from './use-cases/record-conflict.js';

const Uuid = Type.String({
  pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
});

/** An expert's own side: invitations to panels, answers, the undertaking, declarations (Art. 25). */
export const expertSelfRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/api/my/panels',
    {
      schema: {
        tags: ['experts'],
        summary: "The panels the signed-in expert was drawn onto, their seat's status and the undertaking",
        querystring: Type.Object(
          {
            awaiting: Type.Optional(
              Type.Enum(['true', 'false'], {
                description:
                  'Only seats waiting on the expert (an answer, or the undertaking), or only the others',
              }),
            ),
            ...PagingQueryProperties,
          },
          { additionalProperties: false },
        ),
        response: { 200: Page(MyPanelSchema), ...errorResponses },
      },
    },
    async (request) => {
      const context = authorize(request, 'expert.self');
      const paging = pagingOf(request.query, 20);
      const expert = await findExpertByUser(context.db, context.actor!.id);
      if (!expert) return pageResponse([], 0, paging);
      const awaiting = request.query.awaiting === undefined ? undefined : request.query.awaiting === 'true';
      const { items, total } = await presentSeatsOf(context.db, expert, paging, UNDERTAKING_VERSION, {
        awaiting,
      });
      return pageResponse(items, total, paging);
    },
  );

  app.post(
    '/api/my/panels/:commitmentId/response',
    {
      schema: {
        tags: ['experts'],
        summary: 'Confirm the seat, or decline it with a reason',
        params: Type.Object({ commitmentId: Uuid }),
        body: Type.Object(
          { response: Type.Enum(['confirmed', 'declined']), reason: Type.String({ maxLength: 1000 }) },
          { additionalProperties: false },
        ),
        response: { 204: Type.Null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const context = authorize(request, 'expert.self', { conceal: true });
      const commitment = await findCommitment(context.db, request.params.commitmentId);
      if (!commitment) throw new AppError('record/not-found');
      await respondToSeat(context, commitment, request.body);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/my/undertakings',
    {
      schema: {
        tags: ['experts'],
        summary: 'Accept the confidentiality and impartiality undertaking for a cycle (Art. 25)',
        body: Type.Object({ cycleId: Uuid }, { additionalProperties: false }),
        response: {
          200: Type.Object({ acceptedAt: Type.String(), version: Type.String() }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const context = authorize(request, 'expert.self', { conceal: true });
      const acceptedAt = await acceptUndertaking(context, request.body.cycleId);
      return { acceptedAt: acceptedAt.toISOString(), version: UNDERTAKING_VERSION };
    },
  );

  app.post(
    '/api/my/conflicts',
    {
      schema: {
        tags: ['experts'],
        summary: 'Declare a conflict of interest with an organisation (takes effect at once)',
        body: Type.Object(
          {
            organisationId: Uuid,
            kind: Type.Enum(CONFLICT_KINDS),
            evidence: Type.String({ minLength: 2, maxLength: 2000 }),
          },
          { additionalProperties: false },
        ),
        response: { 201: Type.Object({ id: Type.String() }), ...errorResponses },
      },
    },
    async (request, reply) => {
      const context = authorize(request, 'expert.self', { conceal: true });
      const expert = await findExpertByUser(context.db, context.actor!.id);
      if (!expert) throw new AppError('record/not-found');
      const id = await recordConflict(context, 'expert', {
        ...request.body,
        kind: 'declared_by_expert',
        expertId: expert.id,
      });
      return reply.code(201).send({ id });
    },
  );

  app.post(
    '/api/organisations/mine/conflicts',
    {
      schema: {
        tags: ['experts'],
        summary: 'An applicant asks that an expert stand aside, with its reason (the Office decides)',
        body: Type.Object(
          {
            expertCode: Type.String({ pattern: '^E[0-9]{6}$' }),
            evidence: Type.String({ minLength: 2, maxLength: 2000 }),
          },
          { additionalProperties: false },
        ),
        response: { 201: Type.Object({ id: Type.String() }), ...errorResponses },
      },
    },
    async (request, reply) => {
      const context = authorize(request, 'application.apply');
      const organisationId = context.actor?.organisationId;
      const expert = await findExpertIdRowsByCode(context.db, request.body.expertCode);
      if (!organisationId || !expert[0]) throw new AppError('record/not-found');
      const id = await recordConflict(context, 'applicant', {
        expertId: expert[0].id,
        organisationId,
        kind: 'declared_by_applicant',
        evidence: request.body.evidence,
      });
      return reply.code(201).send({ id });
    },
  );
};
