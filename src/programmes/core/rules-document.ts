import { Type, type Static, type TSchema } from 'typebox';
import { Value } from 'typebox/value';
import type { LocalizedText } from '../../platform/i18n/localized.js';
import type { ProgrammeParameters, ProgrammeVersion } from '../programme.types.js';
import { RULE_KINDS } from './rule-kinds.js';

/**
 * The schema of a programme's rules document (`rules_versions.document`) and its check. Pure:
 * the office's draft, the shipped versions and the demo version all pass through
 * `checkRulesDocument` before they are stored, and a refusal says in both languages what is wrong.
 */

const Text = Type.Object({ zh: Type.String(), en: Type.String() }, { additionalProperties: false });
const ArticleRef = Type.Object(
  { article: Type.Integer({ minimum: 1 }), clause: Type.Optional(Type.Integer({ minimum: 1 })) },
  { additionalProperties: false },
);
const UNITS = ['count', 'years', 'days', 'yuan', 'experts', 'percent', 'text'] as const;

const Parameter = <T extends TSchema>(value: T) =>
  Type.Object(
    { value, unit: Type.Enum([...UNITS]), label: Text, source: ArticleRef },
    { additionalProperties: false },
  );

/** A cap or a count the award cannot run with at zero: at least 1. */
const Cap = Parameter(Type.Integer({ minimum: 1 }));
/** A period in whole years; 0 means the rule asks for none. */
const Years = Parameter(Type.Integer({ minimum: 0 }));
const Amount = Parameter(Type.Number({ minimum: 0 }));
const Percent = Parameter(Type.Number({ minimum: 0, maximum: 100 }));
const Words = Parameter(Type.String({ minLength: 1 }));

/** Every parameter by name: a new one in programme.types.ts fails to compile until listed here. */
const parameters = {
  jurisdiction: Words,
  jurisdictionRegionCode: Parameter(Type.String({ pattern: '^\\d{6}$' })),
  maxWinnersPerYear: Cap,
  minimumQualifyingScorePercent: Percent,
  minYearsInOperation: Years,
  minYearsQmsEffective: Years,
  accidentFreeYears: Years,
  lossFreeYears: Years,
  exclusionLookbackYears: Years,
  fraudLookbackYears: Years,
  panelSizeMin: Cap,
  panelSizeMax: Cap,
  leadersPerPanel: Cap,
  publicNoticeMinDays: Cap,
  prizePerWinnerYuan: Amount,
  titleValidityYears: Cap,
  overviewMaxChars: Cap,
} satisfies Record<keyof ProgrammeParameters, TSchema>;

export const PARAMETER_NAMES = Object.keys(parameters) as (keyof ProgrammeParameters)[];

export const RulesDocumentSchema = Type.Object(
  {
    id: Type.String({ pattern: '^[a-z0-9-]{1,64}$' }),
    title: Text,
    issuer: Text,
    documentNumber: Type.String({ minLength: 1 }),
    effectiveDate: Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' }),
    defaultFrameworkId: Type.String({ minLength: 1 }),
    chapters: Type.Array(
      Type.Object({ number: Type.Integer({ minimum: 1 }), title: Text }, { additionalProperties: false }),
      { minItems: 1 },
    ),
    articles: Type.Array(
      Type.Object(
        {
          number: Type.Integer({ minimum: 1, maximum: 99 }),
          chapter: Type.Integer({ minimum: 1 }),
          title: Text,
          text: Text,
          platform: Text,
        },
        { additionalProperties: false },
      ),
      { minItems: 1 },
    ),
    parameters: Type.Object(parameters, { additionalProperties: false }),
    clauses: Type.Object(Object.fromEntries(RULE_KINDS.map((kind) => [kind, ArticleRef])), {
      additionalProperties: false,
    }),
    localities: Type.Array(Text),
  },
  { additionalProperties: false },
);

// The schema and the type say the same: a field in one and not the other fails to compile.
type SchemaShape = Omit<Static<typeof RulesDocumentSchema>, 'parameters' | 'clauses'>;
const sameShape: [SchemaShape, Omit<ProgrammeVersion, 'parameters' | 'clauses'>] extends [
  Omit<ProgrammeVersion, 'parameters' | 'clauses'>,
  SchemaShape,
]
  ? true
  : never = true;
void sameShape;

export interface RulesProblem {
  /** Where in the document: `parameters.maxWinnersPerYear.value`. */
  path: string;
  message: LocalizedText;
}

function pathOf(instancePath: string, name?: string): string {
  const base = instancePath.replace(/^\//, '').replace(/\//g, '.');
  return [base, name].filter(Boolean).join('.') || '(document)';
}

function valueAt(document: unknown, instancePath: string): unknown {
  let value: unknown = document;
  for (const part of instancePath.split('/').slice(1)) {
    value =
      value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined;
  }
  return value;
}

function schemaProblems(document: unknown): RulesProblem[] {
  const problems: RulesProblem[] = [];
  for (const error of Value.Errors(RulesDocumentSchema, document)) {
    const params = error.params as Record<string, unknown>;
    const at = error.instancePath;
    if (error.keyword === 'required') {
      const missing = (params.requiredProperties as string[] | undefined) ?? [];
      const isParameter = at === '/parameters';
      const isClause = at === '/clauses';
      for (const name of missing) {
        problems.push({
          path: pathOf(at, name),
          message: isParameter
            ? { zh: `缺少参数 ${name}`, en: `the parameter ${name} is missing` }
            : isClause
              ? {
                  zh: `缺少规则 ${name} 的出处条款`,
                  en: `the article of the rule ${name} is missing`,
                }
              : { zh: `缺少必填项 ${pathOf(at, name)}`, en: `${pathOf(at, name)} is missing` },
        });
      }
    } else if (error.keyword === 'additionalProperties') {
      for (const name of (params.additionalProperties as string[] | undefined) ?? []) {
        problems.push({
          path: pathOf(at, name),
          message:
            at === '/clauses'
              ? { zh: `未知的规则类型 ${name}`, en: `${name} is not a rule kind` }
              : { zh: `未知的字段 ${pathOf(at, name)}`, en: `${pathOf(at, name)} is not a field` },
        });
      }
    } else if (error.keyword === 'minimum' || error.keyword === 'maximum') {
      const value = valueAt(document, at);
      const limit = String(params.limit);
      problems.push({
        path: pathOf(at),
        message:
          error.keyword === 'minimum'
            ? {
                zh: `${pathOf(at)} 不得小于 ${limit}（现为 ${String(value)}）`,
                en: `${pathOf(at)} must be at least ${limit} (it is ${String(value)})`,
              }
            : {
                zh: `${pathOf(at)} 不得大于 ${limit}（现为 ${String(value)}）`,
                en: `${pathOf(at)} must be at most ${limit} (it is ${String(value)})`,
              },
      });
    } else if (error.keyword === 'type') {
      problems.push({
        path: pathOf(at),
        message: {
          zh: `${pathOf(at)} 应为${params.type === 'integer' ? '整数' : params.type === 'string' ? '文字' : params.type === 'number' ? '数字' : String(params.type)}`,
          en: `${pathOf(at)} must be ${params.type === 'integer' ? 'a whole number' : `a ${String(params.type)}`}`,
        },
      });
    } else if (error.keyword !== 'boolean') {
      // `boolean` repeats an additionalProperties error for each field; the rest are shown as said.
      problems.push({
        path: pathOf(at),
        message: {
          zh: `${pathOf(at)} 不符合要求（${error.message}）`,
          en: `${pathOf(at)}: ${error.message}`,
        },
      });
    }
  }
  return problems;
}

/** What the schema cannot say: numbers that contradict each other, citations of absent articles. */
function consistencyProblems(document: ProgrammeVersion): RulesProblem[] {
  const problems: RulesProblem[] = [];
  const p = document.parameters;
  if (p.panelSizeMin.value > p.panelSizeMax.value) {
    problems.push({
      path: 'parameters.panelSizeMin.value',
      message: {
        zh: `评审组最少人数（${p.panelSizeMin.value}）大于最多人数（${p.panelSizeMax.value}）`,
        en: `the smallest panel (${p.panelSizeMin.value}) is larger than the largest (${p.panelSizeMax.value})`,
      },
    });
  }
  if (p.leadersPerPanel.value > p.panelSizeMin.value) {
    problems.push({
      path: 'parameters.leadersPerPanel.value',
      message: {
        zh: `每组组长人数（${p.leadersPerPanel.value}）超过评审组最少人数（${p.panelSizeMin.value}）`,
        en: `the leaders per panel (${p.leadersPerPanel.value}) exceed the smallest panel (${p.panelSizeMin.value})`,
      },
    });
  }
  const numbers = document.articles.map((a) => a.number);
  const seen = new Set<number>();
  for (const n of numbers) {
    if (seen.has(n)) {
      problems.push({
        path: 'articles',
        message: { zh: `第 ${n} 条出现了不止一次`, en: `article ${n} appears more than once` },
      });
    }
    seen.add(n);
  }
  const chapters = new Set(document.chapters.map((c) => c.number));
  for (const article of document.articles) {
    if (!chapters.has(article.chapter)) {
      problems.push({
        path: `articles.${article.number}.chapter`,
        message: {
          zh: `第 ${article.number} 条所属的第 ${article.chapter} 章不存在`,
          en: `article ${article.number} is in chapter ${article.chapter}, which does not exist`,
        },
      });
    }
  }
  const cite = (path: string, article: number) => {
    if (!seen.has(article)) {
      problems.push({
        path,
        message: {
          zh: `${path} 引用的第 ${article} 条不在本文件中`,
          en: `${path} cites article ${article}, which this document does not have`,
        },
      });
    }
  };
  for (const name of PARAMETER_NAMES) cite(`parameters.${name}.source`, p[name].source.article);
  for (const kind of RULE_KINDS) cite(`clauses.${kind}`, document.clauses[kind].article);
  return problems;
}

/** Every problem of a rules document, in both languages; none means it may be stored. */
export function checkRulesDocument(document: unknown): RulesProblem[] {
  const problems = schemaProblems(document);
  if (problems.length > 0) return problems;
  return consistencyProblems(document as ProgrammeVersion);
}
