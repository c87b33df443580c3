import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Actor } from '../accounts/core/actor.js';
import { AppError } from '../platform/errors/app-error.js';
import { authorize, requireInProgramme } from '../accounts/http/authorize.js';
import { rolesIn } from '../accounts/core/actor.js';
import { scopeOf, scopeParameter } from '../accounts/core/permissions.js';
import { resolveProgrammeId } from '../programmes/programmes-repository.js';
import { errorResponses, LocalizedTextSchema } from '../platform/http/schemas.js';
import {
  APPLICATION_WINDOWS,
  applicationWindow,
  availableCycleTransitions,
  CYCLE_STAGES,
} from './core/cycle-stages.js';
import type { CycleRecord } from './cycles-repository.js';
import { findCycle, listCycles, listPublishedCycles } from './cycles-repository.js';
import { createCycle } from './use-cases/create-cycle.js';
import { cycleFacts, moveCycle } from './use-cases/move-cycle.js';
import { updateCycle } from './use-cases/update-cycle.js';

const IsoDate = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
const PlanSchema = Type.Object(
  {
    preliminaryCheckBy: Type.Optional(IsoDate),
    materialReviewFrom: Type.Optional(IsoDate),
    materialReviewTo: Type.Optional(IsoDate),
    onSiteReviewFrom: Type.Optional(IsoDate),
    onSiteReviewTo: Type.Optional(IsoDate),
    committeeMeeting: Type.Optional(IsoDate),
  },
  { additionalProperties: false },
);
const LongText = Type.Object(
  { zh: Type.String({ maxLength: 5000 }), en: Type.String({ maxLength: 5000 }) },
  { additionalProperties: false },
);
const AnnouncementSchema = Type.Object(
  {
    introduction: Type.Optional(LongText),
    contacts: Type.Optional(
      Type.Array(
        Type.Object(
          {
            name: Type.String({ minLength: 1, maxLength: 50 }),
            phone: Type.String({ pattern: '^[0-9+() -]{5,30}$' }),
            email: Type.Optional(Type.String({ format: 'email', maxLength: 200 })),
            address: Type.Optional(LocalizedTextSchema),
          },
          { additionalProperties: false },
        ),
        { maxItems: 5 },
      ),
    ),
  },
  { additionalProperties: false },
);
const EditableFields = {
  frameworkId: Type.String({ pattern: '^[a-z0-9-]{1,64}$' }),
  announcementDate: IsoDate,
  applicationDeadline: Type.String({
    format: 'date-time',
    description: 'ISO 8601 with offset, e.g. 2027-03-31T17:00:00+08:00',
  }),
  plan: PlanSchema,
  announcement: AnnouncementSchema,
};
const CycleSchema = Type.Object({
  id: Type.String(),
  /** The award the cycle belongs to. */
  programmeId: Type.String(),
  /** The approved rules version it runs under. */
  rulesVersionId: Type.String(),
  frameworkId: Type.String(),
  year: Type.Integer(),
  stage: Type.Enum(CYCLE_STAGES),
  announcementDate: Type.String(),
  applicationDeadline: Type.String(),
  plan: PlanSchema,
  announcement: AnnouncementSchema,
  criteriaApprovedAt: Type.Union([Type.String(), Type.Null()]),
  publishedAt: Type.Union([Type.String(), Type.Null()]),
  window: Type.Enum(APPLICATION_WINDOWS, { description: 'derived from the dates' }),
  transitions: Type.Array(Type.Enum(CYCLE_STAGES), {
    description: 'stages the caller may move the cycle to now',
  }),
});

export function presentCycle(cycle: CycleRecord, actor: Actor | null, now: Date) {
  return {
    id: cycle.id,
    programmeId: cycle.programmeId,
    rulesVersionId: cycle.rulesVersionId,
    frameworkId: cycle.frameworkId,
    year: cycle.year,
    stage: cycle.stage,
    announcementDate: cycle.announcementDate,
    applicationDeadline: cycle.applicationDeadline.toISOString(),
    plan: cycle.plan,
    announcement: cycle.announcement,
    criteriaApprovedAt: cycle.criteriaApprovedAt?.toISOString() ?? null,
    publishedAt: cycle.publishedAt?.toISOString() ?? null,
    window: applicationWindow(cycleFacts(cycle), now),
    transitions: actor
      ? availableCycleTransitions(cycleFacts(cycle), rolesIn(actor, cycle.programmeId), now)
      : [],
  };
}

export const cycleRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const now = () => app.services.clock();

  app.get(
    '/api/public/cycles',
    {
      schema: {
        tags: ['cycles'],
        summary:
          "A programme's published cycles (the public announcement, Art. 13), newest first, with the server time; without `programme`, the installation's default programme's",
        querystring: Type.Object(
          { programme: Type.Optional(Type.String({ pattern: '^[a-z0-9-]{1,64}$' })) },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({ serverTime: Type.String(), items: Type.Array(CycleSchema) }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const { db } = authorize(request, 'public.read');
      const programmeId = await resolveProgrammeId(db, request.query.programme);
      if (!programmeId) throw new AppError('record/not-found');
      const cycles = await listPublishedCycles(db, programmeId);
      return { serverTime: now().toISOString(), items: cycles.map((c) => presentCycle(c, null, now())) };
    },
  );

  app.get(
    '/api/cycles',
    {
      schema: {
        tags: ['cycles'],
        response: { 200: Type.Object({ items: Type.Array(CycleSchema) }), ...errorResponses },
      },
    },
    async (request) => {
      const { db, actor } = authorize(request, 'cycle.read');
      const cycles = await listCycles(db, scopeParameter(scopeOf(actor, 'cycle.read')));
      return { items: cycles.map((c) => presentCycle(c, actor, now())) };
    },
  );

  app.get(
    '/api/cycles/:id',
    {
      schema: {
        tags: ['cycles'],
        params: Type.Object({ id: Type.String({ maxLength: 64 }) }),
        response: { 200: CycleSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { db, actor } = authorize(request, 'cycle.read', { conceal: true });
      const cycle = await findCycle(db, request.params.id);
      if (!cycle) throw new AppError('record/not-found');
      requireInProgramme(actor, 'cycle.read', cycle.programmeId);
      return presentCycle(cycle, actor, now());
    },
  );

  app.post(
    '/api/cycles',
    {
      schema: {
        tags: ['cycles'],
        summary: "Create the year's cycle (Office)",
        body: Type.Object(
          {
            rulesVersionId: Type.String({ pattern: '^[a-z0-9-]{1,64}$' }),
            year: Type.Integer({ minimum: 2000, maximum: 2100 }),
            ...EditableFields,
          },
          { additionalProperties: false },
        ),
        response: { 201: CycleSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const context = authorize(request, 'cycle.manage');
      const cycle = await createCycle(context, {
        ...request.body,
        applicationDeadline: new Date(request.body.applicationDeadline),
      });
      return reply.code(201).send(presentCycle(cycle, context.actor, now()));
    },
  );

  app.put(
    '/api/cycles/:id',
    {
      schema: {
        tags: ['cycles'],
        summary: 'Change a cycle before publication (approved criteria go back to draft)',
        params: Type.Object({ id: Type.String({ maxLength: 64 }) }),
        body: Type.Object(EditableFields, { additionalProperties: false }),
        response: { 200: CycleSchema, ...errorResponses },
      },
    },
    async (request) => {
      const context = authorize(request, 'cycle.manage', { conceal: true });
      const cycle = await updateCycle(context, request.params.id, {
        ...request.body,
        applicationDeadline: new Date(request.body.applicationDeadline),
      });
      return presentCycle(cycle, context.actor, now());
    },
  );

  app.post(
    '/api/cycles/:id/stage',
    {
      schema: {
        tags: ['cycles'],
        summary: 'Move the cycle: approve criteria (chair), publish or close (Office), withdraw approval',
        params: Type.Object({ id: Type.String({ maxLength: 64 }) }),
        body: Type.Object({ to: Type.Enum(CYCLE_STAGES) }, { additionalProperties: false }),
        response: { 200: CycleSchema, ...errorResponses },
      },
    },
    async (request) => {
      const context = authorize(request, 'cycle.read', { conceal: true });
      const cycle = await moveCycle(context, request.params.id, request.body.to);
      return presentCycle(cycle, context.actor, now());
    },
  );
};
