import { Type, type TSchema } from 'typebox';

// Responses of the draw routes: what present-draw.ts and verify-draw.ts return. Fastify
// serializes with these and drops any field they leave out; tests fail on a drop
// (src/platform/http/response-schema-check.ts).

const Text = Type.Object({ zh: Type.String(), en: Type.String() });
const IsoDateTime = Type.String({ description: 'ISO 8601 date-time' });
const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const ExpertCode = Type.String({ description: 'Pool code, E000001' });

export const DrawOutcomeSchema = Type.Object({
  leader: ExpertCode,
  members: Type.Array(ExpertCode),
  reserves: Type.Array(ExpertCode),
});

const SeatEventSchema = Type.Union([
  Type.Object({ kind: Type.Literal('confirmed'), expert: ExpertCode }),
  Type.Object({ kind: Type.Literal('declined'), expert: ExpertCode, reason: Type.String() }),
  Type.Object({
    kind: Type.Literal('replaced'),
    expert: ExpertCode,
    replacement: ExpertCode,
    reason: Type.String(),
  }),
]);

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
  // The frozen pool exactly as hashed and published: anyone re-hashes it, so it passes through
  // untouched (key order included) rather than through a schema that could reshape it.
  poolDocument: Type.Any({ description: 'The frozen pool document (see docs/draw-algorithm.md)' }),
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

export const DrawVerdictSchema = Type.Union([
  Type.Object({ ok: Type.Literal(true), seed: Type.String(), outcome: DrawOutcomeSchema }),
  Type.Object({
    ok: Type.Literal(false),
    step: Type.Enum(['pool-hash', 'pool-document', 'commitment', 'seed', 'plan', 'outcome']),
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
