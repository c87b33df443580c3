import { Type } from 'typebox';
import { DECLARATION_CLAUSES, PRIORITY_HONOURS } from './core/application-form.js';

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
