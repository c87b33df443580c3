import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { panelState } from '../draws/core/panel-seats.js';
import { findCycleYearRows } from '../cycles/cycles-repository.js';
import {
  findCommitment,
  findPanel,
  findResult,
  listCommitments,
  listSeatedPanelIds,
} from '../draws/panels-repository.js';
import { loadSeatState } from '../draws/seat-state.js';
import { respondToSeat } from '../draws/use-cases/respond-to-seat.js';
import { AppError } from '../platform/errors/app-error.js';
import { authorize } from '../accounts/http/authorize.js';
import { errorResponses } from '../platform/http/schemas.js';
import { CONFLICT_KINDS } from './core/conflicts.js';
import { MyPanelSchema } from './expert-schemas.js';
import { findExpertByUser, findExpertIdRowsByCode, findUndertakingRows } from './experts-repository.js';
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
        response: { 200: Type.Object({ items: Type.Array(MyPanelSchema) }), ...errorResponses },
      },
    },
    async (request) => {
      const context = authorize(request, 'expert.self');
      const expert = await findExpertByUser(context.db, context.actor!.id);
      if (!expert) return { items: [] };
      const rows = await listSeatedPanelIds(context.db, expert.code, expert.id);
      const items = [];
      for (const { panel_id } of rows) {
        const panel = (await findPanel(context.db, panel_id))!;
        const commitment = (await listCommitments(context.db, panel.id)).at(-1)!;
        if (!(await findResult(context.db, commitment.id))) continue;
        const { outcome, events } = await loadSeatState(context.db, commitment);
        const seat = panelState(outcome, events).seats.find((s) => s.expert === expert.code);
        if (!seat) continue;
        const cycle = await findCycleYearRows(context.db, panel.cycleId);
        const undertaking = await findUndertakingRows(context.db, expert.id, panel.cycleId);
        items.push({
          commitmentId: commitment.id,
          panel: {
            id: panel.id,
            name: panel.name,
            industries: panel.industries,
            size: panel.size,
            cycleId: panel.cycleId,
            cycleYear: cycle[0]?.year,
          },
          role: seat.role,
          status: seat.status,
          applications: seat.status === 'confirmed' && undertaking[0] ? panel.applicationIds : [],
          undertakingAcceptedAt: undertaking[0]?.accepted_at.toISOString() ?? null,
          undertakingVersion: UNDERTAKING_VERSION,
        });
      }
      return { items };
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
