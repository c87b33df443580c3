import Fastify from 'fastify';
import { Type } from 'typebox';
import { describe, expect, it } from 'vitest';
import { checkResponseSchemas } from './response-schema-check.js';

async function appAnswering(body: unknown, check: boolean) {
  const app = Fastify();
  if (check) checkResponseSchemas(app);
  const schema = Type.Object({ id: Type.String(), when: Type.String(), tags: Type.Array(Type.String()) });
  app.get('/thing', { schema: { response: { 200: schema } } }, async () => body);
  await app.ready();
  return app;
}

describe('checkResponseSchemas', () => {
  const complete = { id: 'a', when: '2027-01-01T00:00:00.000Z', tags: ['x'] };

  it('passes a body the schema sends whole', async () => {
    const app = await appAnswering(complete, true);
    const response = await app.inject('/thing');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual(complete);
  });

  it('fails the request when the schema drops a field the handler returned', async () => {
    const body = { ...complete, secretlyDropped: 1 };
    // Without the check Fastify drops the field silently…
    const plain = await appAnswering(body, false);
    expect((await plain.inject('/thing')).json()).toEqual(complete);
    // …with it, the request fails and names the field.
    const checked = await appAnswering(body, true);
    const response = await checked.inject('/thing');
    expect(response.statusCode).toBe(500);
  });

  it('fails the request when the schema coerces a value', async () => {
    const app = await appAnswering({ ...complete, tags: [1] }, true);
    expect((await app.inject('/thing')).statusCode).toBe(500);
  });
});
