import ajvI18n from 'ajv-i18n';
import type { FieldProblem } from '../errors/app-error.js';

// The package's CommonJS typing hides its default export's language keys.
const localize = ajvI18n as unknown as Record<'zh' | 'en', (errors: unknown[]) => void>;

/** The part of an Ajv error the platform reads. */
export interface SchemaError {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
  message?: string;
}

/**
 * Turns schema-validation errors into field problems in both languages, naming the field —
 * and for unknown or missing fields, the field itself.
 */
export function validationProblems(errors: readonly SchemaError[], part: string | undefined): FieldProblem[] {
  const zh = errors.map((e) => ({ ...e, params: { ...e.params } }));
  const en = errors.map((e) => ({ ...e, params: { ...e.params } }));
  localize.zh(zh);
  localize.en(en);
  return errors.map((error, index) => {
    const named = (error.params.missingProperty ?? error.params.additionalProperty) as string | undefined;
    const base = error.instancePath.replace(/^\//, '').replace(/\//g, '.');
    const path = [base, named].filter(Boolean).join('.') || part || 'body';
    return { path, message: { zh: zh[index]!.message ?? '', en: en[index]!.message ?? '' } };
  });
}
