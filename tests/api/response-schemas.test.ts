import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform } from './support/test-platform.js';

/**
 * Every route declares what it answers (issue 7, one shared kernel): the web's types are
 * generated from this document, and Fastify serializes with these schemas. A missing or empty
 * (`{}`, i.e. `Type.Unknown()`) success schema leaves the client untyped.
 */
let platform: TestPlatform;
beforeAll(async () => {
  platform = await createTestPlatform();
}, 120_000);
afterAll(() => platform.close());

interface Operation {
  responses?: Record<string, { content?: Record<string, { schema?: Schema }> }>;
}

type Schema = Record<string, unknown>;

const isEmpty = (schema: Schema | undefined) =>
  !schema || Object.keys(schema).filter((k) => k !== 'description').length === 0;

/**
 * Paths inside a schema that accept anything without saying why: `{}` with no description
 * (`Type.Unknown()`). An open-ended part (a stored JSON document) is allowed when described.
 */
function undescribedHoles(schema: Schema, path: string): string[] {
  if (Object.keys(schema).length === 0) return [path];
  const children: [string, unknown][] = [
    ...Object.entries((schema.properties as Record<string, unknown> | undefined) ?? {}).map(
      ([k, v]): [string, unknown] => [`${path}.${k}`, v],
    ),
    ...Object.entries((schema.patternProperties as Record<string, unknown> | undefined) ?? {}).map(
      ([k, v]): [string, unknown] => [`${path}[${k}]`, v],
    ),
    [`${path}[]`, schema.items],
    [`${path}{}`, schema.additionalProperties],
    ...(['anyOf', 'oneOf', 'allOf'] as const).flatMap((k) =>
      ((schema[k] as unknown[] | undefined) ?? []).map((v, i): [string, unknown] => [`${path}|${i}`, v]),
    ),
  ];
  return children.flatMap(([p, child]) =>
    child && typeof child === 'object' && !Array.isArray(child) ? undescribedHoles(child as Schema, p) : [],
  );
}

it('gives every route a typed success response', () => {
  const doc = platform.app.swagger() as { paths: Record<string, Record<string, Operation>> };
  const problems: string[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
      const name = `${method.toUpperCase()} ${path}`;
      const success = Object.entries(operation.responses ?? {}).filter(([code]) =>
        ['200', '201', '204'].includes(code),
      );
      if (success.length === 0) problems.push(`${name}: no 200/201/204 response`);
      for (const [code, response] of success) {
        if (code === '204') continue;
        const contents = Object.entries(response.content ?? {});
        if (contents.length === 0) problems.push(`${name} ${code}: no content schema`);
        for (const [type, content] of contents) {
          if (isEmpty(content.schema)) problems.push(`${name} ${code} ${type}: empty schema {}`);
          else
            for (const hole of undescribedHoles(content.schema!, '$'))
              problems.push(`${name} ${code} ${type}: ${hole} is an undescribed {}`);
        }
      }
    }
  }
  expect(problems).toEqual([]);
});
