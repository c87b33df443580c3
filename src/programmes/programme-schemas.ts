import { Type, type TSchema } from 'typebox';
import type { ProgrammeParameters } from './programme.types.js';

// Responses of the catalogue routes: the programme and framework versions as registered
// (programme.types.ts, scoring/framework.types.ts). Fastify serializes with these and drops any
// field they leave out; tests fail on a drop (src/platform/http/response-schema-check.ts).

const Text = Type.Object({ zh: Type.String(), en: Type.String() });
const ArticleRef = Type.Object({ article: Type.Integer(), clause: Type.Optional(Type.Integer()) });

const Parameter = <T extends TSchema>(value: T) =>
  Type.Object({
    value,
    unit: Type.Enum(['count', 'years', 'days', 'yuan', 'experts', 'percent', 'text']),
    label: Text,
    source: ArticleRef,
  });

const NumberParameter = Parameter(Type.Number());
const TextParameter = Parameter(Type.String());

/** Every parameter by name: a new one in programme.types.ts fails to compile until listed here. */
const parameters = {
  jurisdiction: TextParameter,
  jurisdictionRegionCode: TextParameter,
  maxWinnersPerYear: NumberParameter,
  minimumQualifyingScorePercent: NumberParameter,
  minYearsInOperation: NumberParameter,
  minYearsQmsEffective: NumberParameter,
  accidentFreeYears: NumberParameter,
  lossFreeYears: NumberParameter,
  exclusionLookbackYears: NumberParameter,
  fraudLookbackYears: NumberParameter,
  panelSizeMin: NumberParameter,
  panelSizeMax: NumberParameter,
  leadersPerPanel: NumberParameter,
  publicNoticeMinDays: NumberParameter,
  prizePerWinnerYuan: NumberParameter,
  titleValidityYears: NumberParameter,
  overviewMaxChars: NumberParameter,
} satisfies Record<keyof ProgrammeParameters, TSchema>;

export const ProgrammeVersionSchema = Type.Object({
  id: Type.String(),
  title: Text,
  issuer: Text,
  documentNumber: Type.String(),
  effectiveDate: Type.String(),
  defaultFrameworkId: Type.String(),
  chapters: Type.Array(Type.Object({ number: Type.Integer(), title: Text })),
  articles: Type.Array(
    Type.Object({
      number: Type.Integer(),
      chapter: Type.Integer(),
      title: Text,
      text: Text,
      platform: Text,
    }),
  ),
  parameters: Type.Object(parameters),
  localities: Type.Array(Text),
});

const Dimension = Type.Object({ key: Type.String(), title: Text });

export const FrameworkVersionSchema = Type.Object({
  id: Type.String(),
  title: Text,
  standard: Type.String(),
  totalPoints: Type.Integer(),
  percentStep: Type.Number(),
  categories: Type.Array(
    Type.Object({
      code: Type.String(),
      title: Text,
      points: Type.Number(),
      items: Type.Array(
        Type.Object({
          code: Type.String(),
          title: Text,
          points: Type.Number(),
          kind: Type.Enum(['process', 'results']),
        }),
      ),
    }),
  ),
  bands: Type.Array(
    Type.Object({
      minPercent: Type.Number(),
      maxPercent: Type.Number(),
      process: Text,
      results: Text,
    }),
  ),
  dimensions: Type.Object({ process: Type.Array(Dimension), results: Type.Array(Dimension) }),
});
