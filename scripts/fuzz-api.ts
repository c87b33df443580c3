/**
 * `npm run fuzz:api`: a bounded schema fuzzer over the served OpenAPI document (defect 10).
 * Builds the platform in-process on an in-memory database with the demo data, signs in as
 * several roles, and sends every operation generated requests — values drawn from its own
 * schemas (fast-check, fixed seed) mixed with hostile ones (36 dashes, non-UUIDs, huge strings,
 * unicode, extreme numbers, wrong types, missing and extra fields). The pass mark is zero 5xx;
 * each failure is printed with its request and response. FUZZ_RUNS (default 8) bounds the
 * requests per operation and role, FUZZ_SEED (default 20261202) fixes them.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { DEMO_PASSWORD, seedDemo } from '../src/demo/seed-demo.js';
import { loadConfig } from '../src/platform/config/config.js';
import { migrate } from '../src/platform/db/migrate.js';
import { openDatabase } from '../src/platform/db/open-database.js';
import { FileStorage } from '../src/platform/files/file-storage.js';
import { buildApp, type App } from '../src/server/build-app.js';
import { registerCatalogue } from '../src/programmes/register-catalogue.js';

type Schema = {
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: Schema[];
  oneOf?: Schema[];
  pattern?: string;
  format?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
};
interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Schema;
}
interface Operation {
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
}

const RUNS = Number(process.env.FUZZ_RUNS ?? 8);
const SEED = Number(process.env.FUZZ_SEED ?? 20261202);
const ROLES = ['admin', 'office', 'expert', 'applicant', 'town', null] as const;
const UUID_RE = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

const HOSTILE: unknown[] = [
  '-'.repeat(36),
  'not-a-uuid',
  '00000000-0000-0000-0000-000000000000',
  'x'.repeat(20_000),
  '𠀀𪚥\u202e\u0000',
  "'; DROP TABLE users; --",
  '',
  -1,
  0,
  2 ** 53,
  -(2 ** 63),
  1e308,
  3.5,
  true,
  null,
  [],
  {},
  '9999-99-99',
  '2026-02-30',
];

/** Values a field's schema allows, now and then a hostile one instead. */
function valueOf(schema: Schema | undefined, seen: string[], depth = 0): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 3, arbitrary: validOf(schema ?? {}, seen, depth) },
    { weight: 1, arbitrary: fc.constantFrom(...HOSTILE) },
  );
}

function validOf(schema: Schema, seen: string[], depth: number): fc.Arbitrary<unknown> {
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum?.length) return fc.constantFrom(...schema.enum);
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants?.length) return fc.oneof(...variants.map((s) => validOf(s, seen, depth)));
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'string':
      return stringOf(schema, seen);
    case 'integer':
      return fc.integer({ min: schema.minimum ?? -1000, max: schema.maximum ?? 1_000_000 });
    case 'number':
      return fc.double({ min: schema.minimum ?? -1e6, max: schema.maximum ?? 1e6, noNaN: true });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array':
      if (depth > 3) return fc.constant([]);
      return fc.array(valueOf(schema.items, seen, depth + 1), {
        minLength: Math.min(schema.minItems ?? 0, 5),
        maxLength: Math.min(schema.maxItems ?? 5, 5),
      });
    case 'object':
      return depth > 3 ? fc.constant({}) : objectOf(schema, seen, depth + 1);
    default:
      return fc.anything({ maxDepth: 1 });
  }
}

function stringOf(schema: Schema, seen: string[]): fc.Arbitrary<string> {
  if (schema.pattern?.includes('[0-9a-fA-F]{8}') || schema.format === 'uuid') {
    return seen.length ? fc.oneof(fc.uuid(), fc.constantFrom(...seen)) : fc.uuid();
  }
  if (schema.pattern) {
    try {
      return fc
        .stringMatching(new RegExp(schema.pattern))
        .filter((s) => s.length <= (schema.maxLength ?? 500));
    } catch {
      // fall through to a plain string
    }
  }
  if (schema.format === 'email') return fc.emailAddress();
  if (schema.format === 'date-time') return fc.date({ noInvalidDate: true }).map((d) => d.toISOString());
  return fc.string({
    minLength: schema.minLength ?? 0,
    maxLength: Math.min(schema.maxLength ?? 40, 200),
    unit: 'grapheme',
  });
}

/** An object of the schema's fields — sometimes missing a required one, sometimes with an extra. */
function objectOf(schema: Schema, seen: string[], depth: number): fc.Arbitrary<unknown> {
  const properties = schema.properties ?? {};
  const model = fc.record(
    Object.fromEntries(Object.entries(properties).map(([key, s]) => [key, valueOf(s, seen, depth)])),
    { requiredKeys: schema.required?.filter((k) => k in properties) ?? [] },
  );
  return fc
    .tuple(model, fc.nat(9), fc.constantFrom(...Object.keys(properties), 'unexpected'))
    .map(([value, dice, key]) => {
      const copy = { ...(value as Record<string, unknown>) };
      if (dice === 0) delete copy[key];
      if (dice === 1) copy.isAdmin = true;
      return copy;
    });
}

class Session {
  cookies = new Map<string, string>();
  csrf = '';
  constructor(private readonly app: App) {}

  async send(method: string, url: string, payload?: unknown) {
    const headers: Record<string, string> = { 'accept-language': 'en' };
    if (this.cookies.size) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    if (this.csrf) headers['x-csrf-token'] = this.csrf;
    const response = await this.app.inject({
      method: method as 'GET',
      url,
      headers,
      ...(payload !== undefined ? { payload: payload as string } : {}),
    });
    for (const c of response.cookies as { name: string; value: string }[]) {
      if (c.value) this.cookies.set(c.name, c.value);
      else this.cookies.delete(c.name);
    }
    return response;
  }

  async start(username: string | null) {
    this.csrf = (await this.send('GET', '/api/auth/session')).json<{ csrfToken: string }>().csrfToken;
    if (!username) return;
    const response = await this.send('POST', '/api/auth/sign-in', { username, password: DEMO_PASSWORD });
    if (response.statusCode !== 200) throw new Error(`sign-in as ${username}: ${response.body}`);
    this.csrf = response.json<{ csrfToken: string }>().csrfToken;
  }
}

const started = performance.now();
const db = await openDatabase({});
await migrate(db);
await registerCatalogue(db);
await seedDemo(db);
const filesRoot = await mkdtemp(join(tmpdir(), 'qa-fuzz-'));
const defaults = loadConfig({});
const generous = { max: 1_000_000, windowSeconds: 60 };
const config = {
  ...defaults,
  logLevel: 'silent' as const,
  rateLimits: { signIn: generous, registration: generous, uploads: generous, publicForms: generous },
};
const app = await buildApp({ db, config, clock: () => new Date(), files: new FileStorage(filesRoot) });
await app.ready();

const document = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{
  paths: Record<string, Record<string, Operation>>;
}>();
const sessions = await Promise.all(
  ROLES.map(async (role) => {
    const session = new Session(app);
    await session.start(role);
    return { role: role ?? 'anonymous', session };
  }),
);

// Reads first, so the ids they reveal feed the writes.
const operations = Object.entries(document.paths)
  .flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({ path, method: method.toUpperCase(), operation })),
  )
  .sort((a, b) => Number(a.method !== 'GET') - Number(b.method !== 'GET'));
const seen = new Set<string>();
const failures: string[] = [];
let sent = 0;
let seed = SEED;

for (const { path, method, operation } of operations) {
  const parameters = operation.parameters ?? [];
  const bodySchema = operation.requestBody?.content?.['application/json']?.schema;
  const multipart = operation.requestBody?.content?.['multipart/form-data'] !== undefined;
  for (const { role, session } of sessions) {
    // Signing out would end the session the rest of the run uses.
    if (path === '/api/auth/sign-out' && role !== 'anonymous') continue;
    const ids = [...seen];
    const request = fc.record({
      path: fc.record(
        Object.fromEntries(
          parameters.filter((p) => p.in === 'path').map((p) => [p.name, valueOf(p.schema, ids)]),
        ),
      ),
      query: fc.record(
        Object.fromEntries(
          parameters.filter((p) => p.in === 'query').map((p) => [p.name, valueOf(p.schema, ids)]),
        ),
        { requiredKeys: [] },
      ),
      body: bodySchema ? valueOf(bodySchema, ids) : fc.constant(undefined),
    });
    for (const sample of fc.sample(request, { seed: seed++, numRuns: RUNS })) {
      const url =
        path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(String(sample.path[name]))) +
        queryString(sample.query);
      const payload = multipart ? { not: 'a file' } : sample.body;
      const response = await session.send(method, url, method === 'GET' ? undefined : (payload ?? {}));
      sent += 1;
      for (const id of response.body.match(UUID_RE) ?? []) if (seen.size < 500) seen.add(id);
      if (response.statusCode >= 500) {
        failures.push(
          `${method} ${path} as ${role}\n  request: ${method} ${url.slice(0, 300)}\n  body: ${JSON.stringify(payload)?.slice(0, 500)}\n  response: ${response.statusCode} ${response.body.slice(0, 500)}`,
        );
      }
    }
  }
}

await app.close();
await db.close();
await rm(filesRoot, { recursive: true, force: true });
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.info(
  `fuzz:api: ${operations.length} operations × ${sessions.length} roles, ${sent} requests in ${seconds} s`,
);
if (failures.length) {
  console.error(`${failures.length} server errors (5xx):\n${failures.join('\n')}`);
  process.exit(1);
}
console.info('fuzz:api: no 5xx');

function queryString(query: Record<string, unknown>): string {
  const entries = Object.entries(query).filter(([, v]) => v !== undefined);
  if (!entries.length) return '';
  return `?${entries.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(typeof v === 'string' ? v : JSON.stringify(v))}`).join('&')}`;
}
