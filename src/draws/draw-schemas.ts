import { Type, type TSchema } from 'typebox';

// Responses of the draw routes: what present-draw.ts and verify-draw.ts return. Fastify
// serializes with these and drops any field they leave out; tests fail on a drop
// (src/platform/http/response-schema-check.ts).

const Text = Type.Object({ zh: Type.String(), en: Type.String() });
const IsoDateTime = Type.String({ description: 'ISO 8601 date-time' });
const Nullable = <T extends TSchema>(schema: T, options: { description?: string } = {}) =>
  Type.Union([schema, Type.Null()], options);
const ExpertCode = Type.String({ description: 'Pool code, E000001' });

export const DrawOutcomeSchema = Type.Object({
  leader: ExpertCode,
  members: Type.Array(ExpertCode),
  reserves: Type.Array(ExpertCode),
});

const SeatEventSchema = Type.Union([
  Type.Object({ kind: Type.Literal('confirmed'), expert: ExpertCode }),
  // The reason an expert declined is the Office's: public answers leave it out.
  Type.Object({
    kind: Type.Literal('declined'),
    expert: ExpertCode,
    reason: Type.Optional(Type.String({ description: 'Office only' })),
  }),
  Type.Object({
    kind: Type.Literal('replaced'),
    expert: ExpertCode,
    replacement: ExpertCode,
    reason: Type.Optional(Type.String({ description: 'Office only' })),
  }),
]);

const Codes = Type.Array(ExpertCode);
const ExclusionReasonSchema = Type.Object({
  code: Type.String({ description: 'disqualified, status-suspended, unavailable, …, conflict' }),
  organisationId: Type.Optional(Type.String()),
  kind: Type.Optional(Type.String({ description: 'The kind of conflict (conflict only)' })),
});
const ExcludedExpertSchema = Type.Object({
  expertId: ExpertCode,
  reasons: Type.Array(ExclusionReasonSchema),
});
const PlanSchema = Type.Object({
  size: Type.Integer({ description: 'Evaluators, the leader included' }),
  leaders: Type.Literal(1),
  reserves: Type.Integer(),
});

/** A `quality-award-draw/pool/v1` document: the whole frozen pool, excluded list included. */
export const PoolDocumentV1Schema = Type.Object(
  {
    format: Type.Literal('quality-award-draw/pool/v1'),
    panelId: Type.String(),
    industrySections: Type.Array(Type.String()),
    organisationIds: Type.Array(Type.String()),
    asOf: Type.String({ description: 'YYYY-MM-DD, Beijing time' }),
    plan: PlanSchema,
    eligible: Type.Array(Type.Object({ expertId: ExpertCode, canLead: Type.Boolean() })),
    excluded: Type.Array(ExcludedExpertSchema),
  },
  { description: 'Algorithm v1 (docs/draw-algorithm.md, appendix)' },
);

/** A `quality-award-draw/pool/v2` document: what recomputing the draw needs, and no more. */
export const PoolDocumentV2Schema = Type.Object(
  {
    format: Type.Literal('quality-award-draw/pool/v2'),
    panelId: Type.String(),
    sequence: Type.Integer({ description: '1 for the first freeze, 2 for the first redraw, …' }),
    programme: Type.Object({
      id: Type.String(),
      panelSizeMin: Type.Integer(),
      panelSizeMax: Type.Integer(),
    }),
    industrySections: Type.Array(Type.String()),
    asOf: Type.String({ description: 'YYYY-MM-DD, Beijing time' }),
    plan: PlanSchema,
    eligible: Codes,
    canLead: Type.Array(ExpertCode, { description: 'The eligible experts who may lead' }),
    excluded: Type.Object({
      count: Type.Integer(),
      sha256: Type.String({ description: 'SHA-256 of the exclusions document (kept, not published)' }),
    }),
  },
  { description: 'Algorithm v2 (docs/draw-algorithm.md §1)' },
);

/** The exclusions document of a v2 pool: for the Office and the auditor only. */
export const ExclusionsDocumentSchema = Type.Object({
  format: Type.Literal('quality-award-draw/exclusions/v2'),
  panelId: Type.String(),
  sequence: Type.Integer(),
  organisationIds: Type.Array(Type.String()),
  excluded: Type.Array(ExcludedExpertSchema),
});

export const DrawExclusionsSchema = Type.Object({
  id: Type.String(),
  sequence: Type.Integer(),
  poolHash: Type.String(),
  exclusions: Nullable(ExclusionsDocumentSchema, {
    description: 'Null for a v1 draw, whose public pool document lists its excluded experts itself',
  }),
});

export const PublicDrawSchema = Type.Object({
  id: Type.String(),
  panel: Type.Object({
    id: Type.String(),
    name: Type.String(),
    industries: Type.Array(Type.String()),
    cycleYear: Type.Integer(),
  }),
  sequence: Type.Integer(),
  reason: Type.String(),
  frozenAt: IsoDateTime,
  // The frozen pool as published; verifiers hash its canonical JSON, so key order does not matter.
  poolDocument: Type.Union([PoolDocumentV2Schema, PoolDocumentV1Schema], {
    description: 'The frozen pool document (docs/draw-algorithm.md); its format names the algorithm',
  }),
  poolHash: Type.String(),
  commitment: Type.String(),
  size: Type.Integer(),
  reserves: Type.Integer(),
  drawn: Nullable(
    Type.Object({
      publicValue: Type.String(),
      supervisorName: Type.String(),
      secret: Type.String(),
      seed: Type.String(),
      outcome: DrawOutcomeSchema,
      drawnAt: IsoDateTime,
      events: Type.Array(SeatEventSchema),
      current: Type.Object({
        seats: Type.Array(
          Type.Object({
            role: Type.Enum(['leader', 'member']),
            expert: ExpertCode,
            status: Type.Enum(['invited', 'confirmed', 'declined']),
            previous: Type.Array(ExpertCode),
          }),
        ),
        remainingReserves: Type.Array(ExpertCode),
      }),
    }),
  ),
});

export const PanelSchema = Type.Object({
  id: Type.String(),
  cycleId: Type.String(),
  name: Type.String(),
  industries: Type.Array(Type.String()),
  size: Type.Integer(),
  reserves: Type.Integer(),
  applicationIds: Type.Array(Type.String()),
  applications: Type.Array(
    Type.Object({
      id: Type.String(),
      organisationId: Nullable(Type.String()),
      organisationName: Nullable(Type.String()),
    }),
    { description: 'The applications reviewed, with their applicants’ names' },
  ),
  organisations: Type.Record(Type.String(), Type.String(), {
    description: 'Applicants’ names by organisation id (the pool’s conflict reasons name organisations)',
  }),
  createdAt: IsoDateTime,
  draws: Type.Array(PublicDrawSchema),
  experts: Type.Record(
    ExpertCode,
    Nullable(Type.Object({ name: Type.String(), employer: Type.String(), canLead: Type.Boolean() })),
    { description: 'Names of the experts the panel shows, by pool code' },
  ),
  state: Type.Enum(['planned', 'frozen', 'drawn']),
});

export const PublicDrawRowSchema = Type.Object({
  id: Type.String(),
  panelName: Type.String(),
  industries: Type.Array(Type.String()),
  cycleYear: Type.Integer(),
  sequence: Type.Integer(),
  frozenAt: IsoDateTime,
  drawnAt: Nullable(IsoDateTime),
});

const VerificationInputs = Type.Object(
  {
    href: Type.String({ description: 'The published inputs: GET /api/public/draws/{id}' }),
    algorithm: Type.String({ description: 'quality-award-draw/v1 or quality-award-draw/v2' }),
    specification: Type.String({ description: 'Where the algorithm is specified' }),
  },
  { description: 'The inputs the verification recomputed from' },
);

export const DrawVerdictSchema = Type.Union([
  Type.Object({
    ok: Type.Literal(true),
    seed: Type.String(),
    outcome: DrawOutcomeSchema,
    inputs: VerificationInputs,
  }),
  Type.Object({
    ok: Type.Literal(false),
    inputs: VerificationInputs,
    step: Type.Enum(['pool-hash', 'pool-document', 'commitment', 'seed', 'plan', 'exclusions', 'outcome']),
    detail: Text,
    expected: Type.Optional(Type.String()),
    actual: Type.Optional(Type.String()),
    differences: Type.Optional(
      Type.Array(
        Type.Object({
          position: Type.String(),
          expected: Nullable(Type.String()),
          recorded: Nullable(Type.String()),
        }),
      ),
    ),
  }),
]);
