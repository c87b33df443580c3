import { Type, type TSchema } from 'typebox';
import { INDUSTRY_SECTIONS } from '../organisations/core/organisation.js';
import { CONFLICT_KINDS } from './core/conflicts.js';
import { EXPERT_STATUSES } from './core/expert.js';

// Responses of the expert routes: what presentExpert (expert-routes.ts), the conflicts
// repository and the expert's own panels return. Fastify serializes with these and drops any
// field they leave out; tests fail on a drop (src/platform/http/response-schema-check.ts).

const IsoDateTime = Type.String({ description: 'ISO 8601 date-time' });
const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

export const ExpertSchema = Type.Object({
  id: Type.String(),
  /** The programme whose pool keeps the expert. */
  programmeId: Type.String(),
  code: Type.String({ description: 'Pool code, E000001' }),
  userId: Type.String(),
  username: Type.String(),
  name: Type.String(),
  identityNumber: Type.String({ description: 'Masked in lists, whole on the record' }),
  employer: Type.String(),
  employerCreditCode: Nullable(Type.String()),
  title: Type.String(),
  qualifications: Type.Array(
    Type.Object({
      name: Type.String(),
      certificateNumber: Type.String(),
      expiresOn: Nullable(Type.String()),
    }),
  ),
  industries: Type.Array(Type.Enum(INDUSTRY_SECTIONS)),
  yearsInQualityWork: Type.Integer(),
  region: Type.String(),
  phone: Type.String(),
  email: Nullable(Type.String()),
  canLead: Type.Boolean(),
  formerEmployers: Type.Array(
    Type.Object({ name: Type.String(), creditCode: Nullable(Type.String()), leftIn: Type.Integer() }),
  ),
  status: Type.Enum(EXPERT_STATUSES),
  statusReason: Nullable(Type.String()),
  revision: Type.Integer({ description: 'Bumped by every profile update; an update sends the one it read' }),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});

export const ConflictSchema = Type.Object({
  id: Type.String(),
  expertId: Type.String(),
  expertName: Type.String(),
  expertCode: Type.String(),
  organisationId: Type.String(),
  organisationName: Type.String(),
  kind: Type.Enum(CONFLICT_KINDS),
  source: Type.Enum(['detected', 'office', 'applicant', 'expert']),
  status: Type.Enum(['suggested', 'confirmed', 'dismissed']),
  evidence: Type.String(),
  since: Nullable(Type.String()),
  decisionReason: Nullable(Type.String()),
  decidedAt: Nullable(IsoDateTime),
  createdAt: IsoDateTime,
});

export const ExpertWithConflictsSchema = Type.Object({
  ...ExpertSchema.properties,
  conflicts: Type.Array(ConflictSchema),
});

/** A panel the signed-in expert was drawn onto, with their seat (GET /api/my/panels). */
export const MyPanelSchema = Type.Object({
  commitmentId: Type.String(),
  panel: Type.Object({
    id: Type.String(),
    name: Type.String(),
    industries: Type.Array(Type.String()),
    size: Type.Integer(),
    cycleId: Type.String(),
    cycleYear: Type.Optional(Type.Integer()),
  }),
  role: Type.Enum(['leader', 'member']),
  status: Type.Enum(['invited', 'confirmed', 'declined']),
  applications: Type.Array(Type.String(), {
    description: 'Shown once the seat is confirmed and the undertaking signed',
  }),
  undertakingAcceptedAt: Nullable(IsoDateTime),
  undertakingVersion: Type.String(),
});
