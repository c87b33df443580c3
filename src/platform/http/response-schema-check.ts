import { isDeepStrictEqual } from 'node:util';
import type { FastifyInstance, FastifyReply } from 'fastify';

const sent = new WeakMap<FastifyReply, string>();

/** The first path where two JSON values differ, for a readable failure. */
function firstDifference(expected: unknown, actual: unknown, path = '$'): string {
  if (isDeepStrictEqual(expected, actual)) return '';
  if (expected && actual && typeof expected === 'object' && typeof actual === 'object') {
    const keys = new Set([...Object.keys(expected), ...Object.keys(actual)]);
    for (const key of keys) {
      const found = firstDifference(
        (expected as Record<string, unknown>)[key],
        (actual as Record<string, unknown>)[key],
        `${path}.${key}`,
      );
      if (found) return found;
    }
  }
  return `${path}: handler gave ${JSON.stringify(expected)?.slice(0, 120)}, schema sent ${JSON.stringify(actual)?.slice(0, 120)}`;
}

/**
 * For tests: a response schema that leaves out a field makes Fastify's serializer drop it
 * silently. This compares what the handler returned with what the schema sent, and fails the
 * request (500) on any difference, so an incomplete schema breaks the test that reads the route.
 */
export function checkResponseSchemas(app: FastifyInstance) {
  app.addHook('preSerialization', async (_request, reply, payload) => {
    sent.set(reply, JSON.stringify(payload));
    return payload;
  });
  app.addHook('onSend', async (request, reply, payload) => {
    const expected = sent.get(reply);
    sent.delete(reply);
    if (expected === undefined || typeof payload !== 'string') return payload;
    const difference = firstDifference(JSON.parse(expected), JSON.parse(payload));
    if (difference) {
      throw new Error(
        `Response schema of ${request.method} ${request.routeOptions.url} changed the body: ${difference}`,
      );
    }
    return payload;
  });
}
