import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { type Static, Type } from 'typebox';
import { findCycle } from '../cycles/cycles-repository.js';
import { INDUSTRY_SECTIONS } from '../organisations/core/organisation.js';
import { AppError } from '../platform/errors/app-error.js';
import { authorize, requireRecordInProgramme } from '../accounts/http/authorize.js';
import { resolveProgrammeId } from '../programmes/programmes-repository.js';
import {
  errorResponses,
  Page,
  pageResponse,
  PagingQueryProperties,
  pagingOf,
} from '../platform/http/schemas.js';
import { hmacSha256Node, sha256HexNode } from '../platform/security/sha256-node.js';
import { drawInputsOf } from './core/draw.js';
import { verifyDraw } from './core/verify-draw.js';
import type { CommitmentRecord } from './panels-repository.js';
import {
  findCommitment,
  findExclusions,
  findPanel,
  findResult,
  listCommitments,
  listPanelsPage,
  listPublicDrawsPage,
} from './panels-repository.js';
import {
  DrawExclusionsSchema,
  DrawVerdictSchema,
  PanelSchema,
  PublicDrawRowSchema,
  PublicDrawSchema,
} from './draw-schemas.js';
import { loadDrawFacts, presentPanel, presentPanels, presentPublicDraw } from './present-draw.js';
import { createPanel } from './use-cases/create-panel.js';
import { freezePanelPool } from './use-cases/freeze-pool.js';
import { replaceDeclined } from './use-cases/replace-declined.js';
import { runDraw } from './use-cases/run-draw.js';

const Uuid = Type.String({
  pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
});
const IdParams = Type.Object({ id: Type.String({ maxLength: 64 }) });

/** Where a verification's inputs are published, and by which algorithm it recomputed. */
function verificationInputs(commitment: CommitmentRecord) {
  return {
    href: `/api/public/draws/${commitment.id}`,
    algorithm: drawInputsOf(commitment.poolDocument).label,
    specification: 'docs/draw-algorithm.md',
  };
}

export const drawRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/api/cycles/:cycleId/panels',
    {
      schema: {
        tags: ['draws'],
        summary: "A page of the cycle's panels, oldest first, each with its draws and seats",
        params: Type.Object({ cycleId: Uuid }),
        querystring: Type.Object(
          {
            drawn: Type.Optional(
              Type.Enum(['true', 'false'], {
                description: 'Only panels whose latest draw is made (true) or not yet (false)',
              }),
            ),
            ...PagingQueryProperties,
          },
          { additionalProperties: false },
        ),
        response: { 200: Page(PanelSchema), ...errorResponses },
      },
    },
    async (request) => {
      const context = authorize(request, 'expert.manage', { conceal: true });
      await requireRecordInProgramme(context, 'expert.manage', 'cycle', request.params.cycleId);
      const { db } = context;
      const cycle = await findCycle(db, request.params.cycleId);
      if (!cycle) throw new AppError('record/not-found');
      const paging = pagingOf(request.query, 20);
      const drawn = request.query.drawn === undefined ? undefined : request.query.drawn === 'true';
      const { panels, total } = await listPanelsPage(db, cycle.id, paging, { drawn });
      return pageResponse(await presentPanels(db, panels), total, paging);
    },
  );

  app.post(
    '/api/cycles/:cycleId/panels',
    {
      schema: {
        tags: ['draws'],
        summary: 'Plan a panel: industry group, applications, size (5–7, Art. 7) and reserves',
        params: Type.Object({ cycleId: Uuid }),
        body: Type.Object(
          {
            name: Type.String({ minLength: 1, maxLength: 100 }),
            industries: Type.Array(Type.Enum(INDUSTRY_SECTIONS), {
              minItems: 1,
              maxItems: 20,
              uniqueItems: true,
            }),
            applicationIds: Type.Array(Uuid, { minItems: 1, maxItems: 200 }),
            size: Type.Integer({ minimum: 1, maximum: 50 }),
            reserves: Type.Integer({ minimum: 0, maximum: 20 }),
          },
          { additionalProperties: false },
        ),
        response: { 201: PanelSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const context = authorize(request, 'expert.manage', { conceal: true });
      await requireRecordInProgramme(context, 'expert.manage', 'cycle', request.params.cycleId);
      const panel = await createPanel(context, request.params.cycleId, request.body);
      return reply.code(201).send(await presentPanel(context.db, panel));
    },
  );

  app.get(
    '/api/panels/:id',
    { schema: { tags: ['draws'], params: IdParams, response: { 200: PanelSchema, ...errorResponses } } },
    async (request) => {
      const context = authorize(request, 'expert.manage', { conceal: true });
      await requireRecordInProgramme(context, 'expert.manage', 'panel', request.params.id);
      const { db } = context;
      const panel = await findPanel(db, request.params.id);
      if (!panel) throw new AppError('record/not-found');
      return presentPanel(db, panel);
    },
  );

  app.post(
    '/api/panels/:id/freeze',
    {
      schema: {
        tags: ['draws'],
        summary:
          'Step 1: freeze the eligible pool and publish its hash with a commitment to a secret (a redraw needs a reason); the pool’s names are in GET /api/panels/:id',
        params: IdParams,
        body: Type.Object(
          { reason: Type.Optional(Type.String({ maxLength: 1000 })) },
          { additionalProperties: false },
        ),
        response: { 200: PanelSchema, ...errorResponses },
      },
    },
    async (request) => {
      const context = authorize(request, 'expert.manage', { conceal: true });
      await requireRecordInProgramme(context, 'expert.manage', 'panel', request.params.id);
      const panel = await findPanel(context.db, request.params.id);
      if (!panel) throw new AppError('record/not-found');
      await freezePanelPool(context, panel, request.body);
      // The panel with its new commitment; the names of the pool's ~10,000 experts are not sent
      // again here (GET /api/panels/:id has them), which keeps a freeze from 100,000 experts fast.
      return (await presentPanels(context.db, [panel]))[0]!;
    },
  );

  app.post(
    '/api/panels/:id/draw',
    {
      schema: {
        tags: ['draws'],
        summary: "Steps 2–4: the supervisor's public value, the seed, the draw; the secret is revealed",
        params: IdParams,
        body: Type.Object(
          {
            publicValue: Type.String({ minLength: 1, maxLength: 200 }),
            supervisorName: Type.String({ minLength: 2, maxLength: 100 }),
          },
          { additionalProperties: false },
        ),
        response: { 200: PanelSchema, ...errorResponses },
      },
    },
    async (request) => {
      const context = authorize(request, 'expert.manage', { conceal: true });
      await requireRecordInProgramme(context, 'expert.manage', 'panel', request.params.id);
      const panel = await findPanel(context.db, request.params.id);
      if (!panel) throw new AppError('record/not-found');
      await runDraw(context, panel, request.body);
      return presentPanel(context.db, panel);
    },
  );

  app.post(
    '/api/panels/:id/replacements',
    {
      schema: {
        tags: ['draws'],
        summary: 'Fill a declined seat with the next reserve in drawn order',
        params: IdParams,
        body: Type.Object(
          { expertCode: Type.String({ pattern: '^E[0-9]{6}$' }) },
          { additionalProperties: false },
        ),
        response: { 200: PanelSchema, ...errorResponses },
      },
    },
    async (request) => {
      const context = authorize(request, 'expert.manage', { conceal: true });
      await requireRecordInProgramme(context, 'expert.manage', 'panel', request.params.id);
      const panel = await findPanel(context.db, request.params.id);
      const commitment = panel && (await listCommitments(context.db, panel.id)).at(-1);
      if (!panel || !commitment) throw new AppError('record/not-found');
      await replaceDeclined(context, commitment, request.body.expertCode);
      return presentPanel(context.db, panel);
    },
  );

  // ── Public: every draw can be checked by anyone ─────────────────────────────────────────
  app.get(
    '/api/public/draws',
    {
      schema: {
        tags: ['draws'],
        summary:
          "A page of a programme's frozen pools and draws, newest first; without `programme`, the installation's default programme's",
        querystring: Type.Object(
          {
            ...PagingQueryProperties,
            programme: Type.Optional(Type.String({ pattern: '^[a-z0-9-]{1,64}$' })),
          },
          { additionalProperties: false },
        ),
        response: { 200: Page(PublicDrawRowSchema), ...errorResponses },
      },
    },
    async (request) => {
      const { db } = authorize(request, 'public.read');
      const paging = pagingOf(request.query, 20);
      const programmeId = await resolveProgrammeId(db, request.query.programme);
      if (!programmeId) throw new AppError('record/not-found');
      const { items, total } = await listPublicDrawsPage(db, programmeId, paging);
      return pageResponse(items, total, paging);
    },
  );

  app.get(
    '/api/public/draws/:id',
    {
      schema: {
        tags: ['draws'],
        summary: 'The published inputs and outcome of one draw',
        params: IdParams,
        response: { 200: PublicDrawSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { db } = authorize(request, 'public.read');
      const commitment = await findCommitment(db, request.params.id);
      const panel = commitment && (await findPanel(db, commitment.panelId));
      if (!commitment || !panel) throw new AppError('record/not-found');
      const { draws } = await loadDrawFacts(db, [commitment]);
      return presentPublicDraw(panel, draws[0]!, (await findCycle(db, panel.cycleId))?.year ?? 0);
    },
  );

  app.get(
    '/api/public/draws/:id/verification',
    {
      schema: {
        tags: ['draws'],
        summary: 'Recompute the draw from its published inputs alone and compare with the recorded outcome',
        params: IdParams,
        response: { 200: DrawVerdictSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { db } = authorize(request, 'public.read');
      const commitment = await findCommitment(db, request.params.id);
      const result = commitment && (await findResult(db, commitment.id));
      if (!commitment) throw new AppError('record/not-found');
      if (!result) {
        throw new AppError('draw/state', {
          params: {
            reason: { zh: '尚未抽取，秘密值尚未公开', en: 'not drawn yet; the secret is not revealed' },
          },
        });
      }
      // From the published fields alone (never the kept exclusions), as any verifier would.
      const verdict = verifyDraw(
        {
          poolDocument: commitment.poolDocument,
          poolHash: commitment.poolHash,
          commitment: commitment.commitment,
          publicValue: result.publicValue,
          secret: commitment.secret,
          seed: result.seed,
          size: commitment.size,
          reserves: commitment.reserves,
          outcome: result.outcome,
        },
        sha256HexNode,
        hmacSha256Node,
      );
      return { ...verdict, inputs: verificationInputs(commitment) };
    },
  );

  app.get(
    '/api/draws/:id/excluded',
    {
      schema: {
        tags: ['draws'],
        summary:
          "A v2 draw's excluded list with every reason — committed by its SHA-256 in the public pool document, shown to the Office and the auditor only",
        params: IdParams,
        response: { 200: DrawExclusionsSchema, ...errorResponses },
      },
    },
    async (request) => {
      const context = authorize(request, 'draw.exclusions.read', { conceal: true });
      await requireRecordInProgramme(context, 'draw.exclusions.read', 'draw', request.params.id);
      const { db } = context;
      const commitment = await findCommitment(db, request.params.id);
      if (!commitment) throw new AppError('record/not-found');
      const exclusions = (await findExclusions(db, [commitment.id])).get(commitment.id) ?? null;
      return {
        id: commitment.id,
        sequence: commitment.sequence,
        poolHash: commitment.poolHash,
        exclusions: exclusions as Static<typeof DrawExclusionsSchema>['exclusions'],
      };
    },
  );
};
