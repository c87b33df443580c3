import { RULE_KINDS } from '../programmes/core/rule-kinds.js';
import { Type, type Static, type TSchema } from 'typebox';
import { OrganisationSchema } from '../organisations/organisation-routes.js';
import { DECLARATION_CLAUSES, PRIORITY_HONOURS } from './core/application-form.js';
import { APPLICATION_STATUSES } from './core/application-status.js';
import { FILE_PURPOSES } from './files-repository.js';

const NullableNumber = Type.Union([Type.Number({ minimum: -1e12, maximum: 1e12 }), Type.Null()]);
const NullableBoolean = Type.Union([Type.Boolean(), Type.Null()]);
const IsoDateOrNull = Type.Union([Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' }), Type.Null()]);
const FileId = Type.String({
  pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
});

const DeclarationSchema = Type.Object(
  {
    compliant: NullableBoolean,
    note: Type.String({ maxLength: 2000 }),
    fileIds: Type.Array(FileId, { maxItems: 20 }),
  },
  { additionalProperties: false },
);

/** The application form as the API accepts it; completeness is the checklist's business, not the schema's. */
export const ApplicationFormSchema = Type.Object(
  {
    registeredInJurisdiction: NullableBoolean,
    legalPerson: NullableBoolean,
    employees: Type.Union([Type.Integer({ minimum: 0, maximum: 10_000_000 }), Type.Null()]),
    mainProducts: Type.String({ maxLength: 1000 }),
    financials: Type.Array(
      Type.Object(
        {
          year: Type.Integer({ minimum: 1990, maximum: 2100 }),
          revenue: NullableNumber,
          profitAndTax: NullableNumber,
          totalAssets: NullableNumber,
          netProfit: NullableNumber,
        },
        { additionalProperties: false },
      ),
      { maxItems: 5 },
    ),
    qms: Type.Object(
      {
        certified: NullableBoolean,
        standard: Type.String({ maxLength: 200 }),
        certificateNumber: Type.String({ maxLength: 100 }),
        certificationBody: Type.String({ maxLength: 200 }),
        effectiveSince: IsoDateOrNull,
      },
      { additionalProperties: false },
    ),
    honours: Type.Array(Type.Enum(PRIORITY_HONOURS), {
      maxItems: PRIORITY_HONOURS.length,
      uniqueItems: true,
    }),
    declarations: Type.Object(
      Object.fromEntries(DECLARATION_CLAUSES.map((clause) => [clause, Type.Optional(DeclarationSchema)])),
      { additionalProperties: false },
    ),
    // The programme's limit (3000 characters) is checked with its clause; this only bounds the request.
    overview: Type.String({ maxLength: 20_000 }),
    selfAssessment: Type.Record(
      Type.String({ pattern: '^4\\.[1-7]\\.[2-9]$' }),
      Type.String({ maxLength: 20_000 }),
    ),
    selfAssessmentReportFileId: Type.Union([FileId, Type.Null()]),
  },
  { additionalProperties: false },
);

export const ArticleRefSchema = Type.Object(
  {
    article: Type.Integer({ minimum: 1, maximum: 99 }),
    clause: Type.Optional(Type.Integer({ minimum: 1, maximum: 20 })),
  },
  { additionalProperties: false },
);

// ── Responses: what the presenters (present-application.ts) return ─────────────────────────
// Fastify serializes with these and drops any field they leave out; tests fail on a drop
// (src/platform/http/response-schema-check.ts).

const Text2 = Type.Object({ zh: Type.String(), en: Type.String() });
const IsoDateTime = Type.String({ description: 'ISO 8601 date-time' });
const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

export const ApplicationSummarySchema = Type.Object({
  id: Type.String(),
  cycleId: Type.String(),
  cycleYear: Type.Integer(),
  organisationName: Type.String(),
  creditCode: Type.String(),
  townId: Type.Integer(),
  departmentId: Type.Integer(),
  status: Type.Enum(APPLICATION_STATUSES),
  updatedAt: IsoDateTime,
  deadline: IsoDateTime,
  eligible: Type.Enum(['yes', 'no', 'pending']),
  failing: Type.Array(Text2, { description: 'Labels of the clauses that fail' }),
  needsCheck: Type.Integer({ description: 'Clauses that need the Office’s check' }),
  priority: Type.Boolean(),
});

export const ApplicationFileSchema = Type.Object({
  id: Type.String(),
  purpose: Type.Enum(FILE_PURPOSES),
  originalName: Type.String(),
  sizeBytes: Type.Integer(),
  sha256: Type.String(),
  mediaType: Type.String(),
  createdAt: IsoDateTime,
});

export const ChecklistItemSchema = Type.Object({
  key: Type.String(),
  label: Text2,
  done: Type.Boolean(),
  field: Type.String({ description: "Form field to focus, dot-separated ('qms.effectiveSince')" }),
  detail: Type.Optional(Text2),
});

export const EligibilityReportSchema = Type.Object({
  results: Type.Array(
    Type.Object({
      key: Type.Enum([...RULE_KINDS], {
        description: 'The rule kind (programmes/core/rule-kinds.ts); the article is in ref and label',
      }),
      ref: Type.Object({ article: Type.Integer(), clause: Type.Optional(Type.Integer()) }),
      label: Text2,
      summary: Text2,
      verdict: Type.Enum(['pass', 'fail', 'needs-check']),
      reason: Text2,
      source: Type.Enum(['data', 'platform-records', 'declaration', 'endorsement']),
    }),
  ),
  eligible: Type.Enum(['yes', 'no', 'pending']),
  priority: Type.Object({
    flagged: Type.Boolean(),
    honours: Type.Array(Type.Enum(PRIORITY_HONOURS)),
    clause: Type.Object({ article: Type.Integer(), clause: Type.Optional(Type.Integer()) }),
  }),
});

/** The Office's last preliminary-check decision, as stored (a JSON document, dates as strings). */
export const LastDecisionSchema = Type.Object(
  {
    decision: Type.Enum(['accepted', 'returned', 'rejected']),
    note: Type.String(),
    clause: Nullable(Type.Object({ article: Type.Integer(), clause: Type.Optional(Type.Integer()) })),
    resubmitBy: Nullable(IsoDateTime),
    overrides: Type.Array(
      Type.Object({ key: Type.String(), verdict: Type.Enum(['pass', 'fail']), reason: Type.String() }),
    ),
    acknowledgements: Type.Optional(
      Type.Array(Type.Object({ key: Type.String(), note: Type.String() }), {
        description:
          'What the Office checked on each clause left 待核实 (absent in decisions before it was asked)',
      }),
    ),
    decidedBy: Type.String({ description: 'Display name of the Office member' }),
    decidedAt: IsoDateTime,
  },
  // A stored document: fields added by later versions pass through rather than vanish.
  { additionalProperties: true },
);

export type LastDecision = Static<typeof LastDecisionSchema>;

export const ApplicationSchema = Type.Object({
  id: Type.String(),
  status: Type.Enum(APPLICATION_STATUSES),
  revision: Type.Integer(),
  form: ApplicationFormSchema,
  organisation: Nullable(OrganisationSchema),
  cycle: Type.Object({
    id: Type.String(),
    year: Type.Integer(),
    rulesVersionId: Type.String(),
    frameworkId: Type.String(),
    applicationDeadline: IsoDateTime,
    window: Type.Enum(['not-published', 'announced', 'open', 'closed']),
  }),
  deadline: IsoDateTime,
  extension: Nullable(Type.Object({ deadline: IsoDateTime, reason: Nullable(Type.String()) })),
  resubmitBy: Nullable(IsoDateTime),
  lastDecision: Nullable(LastDecisionSchema),
  checklist: Type.Array(ChecklistItemSchema),
  complete: Type.Boolean(),
  eligibility: EligibilityReportSchema,
  files: Type.Array(ApplicationFileSchema),
  endorsementRound: Type.Integer(),
  endorsements: Type.Array(
    Type.Object({
      kind: Type.Enum(['locality', 'department']),
      decision: Type.Enum(['agreed', 'returned', 'declined']),
      comments: Type.String(),
      fileId: Nullable(Type.String()),
      endorserId: Type.String(),
      endorserName: Type.String(),
      decidedAt: IsoDateTime,
      round: Type.Integer(),
    }),
  ),
  versions: Type.Array(
    Type.Object({
      version: Type.Integer(),
      contentSha256: Type.String(),
      receiptNumber: Type.String(),
      submittedAt: IsoDateTime,
    }),
  ),
  serverTime: IsoDateTime,
  abilities: Type.Object({
    edit: Type.Boolean(),
    transitions: Type.Array(Type.Enum(APPLICATION_STATUSES)),
    endorseAs: Type.Array(Type.Enum(['locality', 'department'])),
    decide: Type.Boolean(),
    extend: Type.Boolean(),
  }),
});
