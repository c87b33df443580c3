import { Type } from 'typebox';

/** Schemas shared by several routes; each route's own live beside it. */

/** A UUID as PostgreSQL writes it (either case): anything else is refused before it reaches SQL. */
export const UUID_PATTERN = '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$';
export const UuidSchema = Type.String({ pattern: UUID_PATTERN, description: 'UUID' });
export const LocalizedTextSchema = Type.Object(
  {
    zh: Type.String({ minLength: 1, maxLength: 200 }),
    en: Type.String({ minLength: 1, maxLength: 200 }),
  },
  { additionalProperties: false },
);

export const ErrorSchema = Type.Object({
  code: Type.String({ description: "namespace/name, e.g. 'auth/locked'" }),
  message: Type.String({ description: "In the request's Accept-Language (zh-CN default, or English)" }),
  clause: Type.Optional(Type.String({ description: 'The rule enforced, e.g. 第九条(五) / Art. 9(5)' })),
  details: Type.Optional(Type.Array(Type.Object({ path: Type.String(), message: Type.String() }))),
});

export const PageQuerySchema = Type.Object(
  {
    limit: Type.Optional(Type.String({ pattern: '^[1-9][0-9]{0,2}$', description: '1–999' })),
    before: Type.Optional(Type.String({ pattern: '^[1-9][0-9]{0,15}$', description: 'id to page before' })),
  },
  { additionalProperties: false },
);

export function pageOf(query: { limit?: string | undefined; before?: string | undefined }, fallback = 50) {
  return {
    limit: Math.min(Number(query.limit ?? fallback), 200),
    before: query.before ? Number(query.before) : null,
  };
}

/** Standard error responses, so the OpenAPI document lists them for each route. */
export const errorResponses = {
  400: ErrorSchema,
  401: ErrorSchema,
  403: ErrorSchema,
  404: ErrorSchema,
  409: ErrorSchema,
};

export const NoContent = Type.Null({ description: 'No content' });
