import { Type, type TSchema } from 'typebox';

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

/** Standard error responses, so the OpenAPI document lists them for each route. */
export const errorResponses = {
  400: ErrorSchema,
  401: ErrorSchema,
  403: ErrorSchema,
  404: ErrorSchema,
  409: ErrorSchema,
};

export const NoContent = Type.Null({ description: 'No content' });

/** Page and page size of a list (`page` from 1, `pageSize` 1–200); spread into a querystring schema. */
export const PagingQueryProperties = {
  page: Type.Optional(Type.String({ pattern: '^[1-9][0-9]{0,6}$', description: 'Page number, from 1' })),
  pageSize: Type.Optional(
    Type.String({ pattern: '^([1-9][0-9]?|1[0-9]{2}|200)$', description: 'Rows a page, 1–200' }),
  ),
};

export interface Paging {
  page: number;
  pageSize: number;
  /** Rows to skip: (page − 1) × pageSize. */
  offset: number;
}

export function pagingOf(
  query: { page?: string | undefined; pageSize?: string | undefined },
  fallback = 50,
): Paging {
  const page = Number(query.page ?? 1);
  const pageSize = Math.min(Number(query.pageSize ?? fallback), 200);
  return { page, pageSize, offset: (page - 1) * pageSize };
}

/** One page of a list, with the number of rows in the whole list (counted in SQL). */
export const Page = <T extends TSchema>(item: T) =>
  Type.Object({
    items: Type.Array(item),
    total: Type.Integer({ minimum: 0, description: 'Rows in the whole list, all pages' }),
    page: Type.Integer({ minimum: 1 }),
    pageSize: Type.Integer({ minimum: 1, maximum: 200 }),
  });

export const pageResponse = <T>(items: T[], total: number, paging: Paging) => ({
  items,
  total,
  page: paging.page,
  pageSize: paging.pageSize,
});

/**
 * A success response that is a file, not JSON: documented with its media type so the OpenAPI
 * document (and the client generated from it) says what comes back. Fastify sends buffers and
 * streams as they are, so this schema never reshapes the bytes.
 */
export const fileResponse = (mediaType: string, description: string) => ({
  description,
  content: {
    [mediaType]: {
      schema: Type.Unsafe<Uint8Array | NodeJS.ReadableStream>({ type: 'string', format: 'binary' }),
    },
  },
});
