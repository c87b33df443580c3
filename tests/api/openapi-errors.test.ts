import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform } from './support/test-platform.js';

/** Issue 16.6: the API document lists the 413, 415, 423 and 500 answers where they can occur. */
let platform: TestPlatform;
type Operation = { responses: Record<string, { content?: Record<string, { schema: unknown }> }> };
let paths: Record<string, Record<string, Operation>>;

beforeAll(async () => {
  platform = await createTestPlatform();
  paths = (await platform.app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{
    paths: typeof paths;
  }>().paths;
});
afterAll(() => platform.close());

const operations = () =>
  Object.entries(paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({
      path,
      method,
      statuses: Object.keys(operation.responses),
    })),
  );

describe('the OpenAPI document', () => {
  it('lists 500, with its request id, for every operation', () => {
    expect(operations().filter((o) => !o.statuses.includes('500'))).toEqual([]);
    const schema = JSON.stringify(paths['/api/health']!.get!.responses['500']);
    expect(schema).toContain('requestId');
  });

  it('lists 413 and 415 for every state-changing operation, and not for reads', () => {
    const unsafe = operations().filter((o) => ['post', 'put', 'patch', 'delete'].includes(o.method));
    expect(unsafe.length).toBeGreaterThan(20);
    expect(unsafe.filter((o) => !o.statuses.includes('413') || !o.statuses.includes('415'))).toEqual([]);
    expect(paths['/api/health']!.get!.responses['413']).toBeUndefined();
    expect(Object.keys(paths['/api/applications/{id}/files']!.post!.responses)).toEqual(
      expect.arrayContaining(['413', '415']),
    );
  });

  it('lists 423 for sign-in, where an account can be locked', () => {
    expect(paths['/api/auth/sign-in']!.post!.responses['423']).toBeDefined();
  });

  it('matches what the platform answers: a 413 and a 415 pass the response check', async () => {
    const client = platform.client();
    await client.refreshSession();
    const big = await client.request(
      'POST',
      '/api/auth/sign-in',
      JSON.stringify({ username: 'x'.repeat(2 * 1024 * 1024), password: 'p' }),
      {
        headers: { 'content-type': 'application/json' },
      },
    );
    expect(big.statusCode, big.body).toBe(413);
    expect(big.json().code).toBe('request/too-large');
    const text = await client.request('POST', '/api/auth/sign-in', '<username>a</username>', {
      headers: { 'content-type': 'application/xml' },
    });
    expect(text.statusCode, text.body).toBe(415);
  });
});
