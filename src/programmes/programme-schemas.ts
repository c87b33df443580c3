import { Type } from 'typebox';
import { RulesDocumentSchema } from './core/rules-document.js';

// Responses of the catalogue routes: the programme and framework versions as registered
// (programme.types.ts, scoring/framework.types.ts). Fastify serializes with these and drops any
// field they leave out; tests fail on a drop (src/platform/http/response-schema-check.ts).

const Text = Type.Object({ zh: Type.String(), en: Type.String() });

/** A programme's rules document as stored and checked (core/rules-document.ts). */
export const ProgrammeVersionSchema = RulesDocumentSchema;

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
