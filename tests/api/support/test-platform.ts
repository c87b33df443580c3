import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { FileStorage } from '../../../src/platform/files/file-storage.js';
import { smtpMailer } from '../../../src/platform/mail/mailer.js';
import { seedDemo } from '../../../src/demo/seed-demo.js';
import { loadConfig, type Config } from '../../../src/platform/config/config.js';
import type { Database } from '../../../src/platform/db/database.js';
import { buildApp, type App } from '../../../src/server/build-app.js';
import { registerCatalogue } from '../../../src/programmes/register-catalogue.js';
import { createTestDatabase } from './test-database.js';

export { DEMO_PASSWORD } from '../../../src/demo/seed-demo.js';

export interface TestPlatform {
  app: App;
  db: Database;
  config: Config;
  filesRoot: string;
  /** Moves the platform's clock, for timeouts and lock-outs. */
  clock: { now: Date };
  client(locale?: 'zh-CN' | 'en'): TestClient;
  close(): Promise<void>;
}

/**
 * Rate limits no test of other behaviour can reach: for tests that send many requests from one
 * address on purpose (parallel sign-ins, the authorization matrix). The limits themselves are
 * tested with the production defaults in edge-limits.test.ts.
 */
export const UNREACHABLE_RATE_LIMITS: Pick<Config, 'rateLimits'> = {
  rateLimits: {
    signIn: { max: 1_000_000, windowSeconds: 60 },
    registration: { max: 1_000_000, windowSeconds: 60 },
    uploads: { max: 1_000_000, windowSeconds: 60 },
    publicForms: { max: 1_000_000, windowSeconds: 60 },
  },
};

/** The HTTP app on a fresh database with demo data, driven in-process. */
export async function createTestPlatform(
  overrides: Partial<Config> = {},
  options: { wrapDatabase?: (db: Database) => Database } = {},
): Promise<TestPlatform> {
  // The app runs as the application's role (on PostgreSQL with TEST_APP_ROLE, one that owns
  // nothing); `db` stays the owner's, for tests that set up or tamper below the application.
  const { db: owner, appDb: raw, drop } = await createTestDatabase();
  const appDb = options.wrapDatabase ? options.wrapDatabase(raw) : raw;
  const db = raw === owner ? appDb : owner;
  await registerCatalogue(appDb);
  await seedDemo(appDb);
  // Quiet unless a test asks for logs (tests/api/edge-logging.test.ts captures them).
  const config = { ...loadConfig({}), logLevel: 'silent' as const, ...overrides };
  const clock = { now: new Date() };
  const filesRoot = await mkdtemp(join(tmpdir(), 'qa-test-files-'));
  const files = new FileStorage(filesRoot);
  const app = await buildApp(
    {
      db: appDb,
      config,
      clock: () => clock.now,
      files,
      mailer: config.mail ? smtpMailer(config.mail) : undefined,
    },
    { checkResponseSchemas: true },
  );
  await app.ready();
  return {
    app,
    db,
    config,
    filesRoot,
    clock,
    client: (locale = 'zh-CN') => new TestClient(app, locale),
    close: async () => {
      await app.close();
      await drop();
      await rm(filesRoot, { recursive: true, force: true });
    },
  };
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/** A browser-like client: keeps cookies, fetches and sends the CSRF token. */
export class TestClient {
  cookies = new Map<string, string>();
  csrfToken: string | null = null;

  constructor(
    private readonly app: App,
    private readonly locale: string,
  ) {}

  async request(method: Method, url: string, body?: unknown, extra: Partial<InjectOptions> = {}) {
    if (method !== 'GET' && this.csrfToken === null) await this.refreshSession();
    const headers: Record<string, string> = {
      'accept-language': this.locale,
      ...(this.cookies.size ? { cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ') } : {}),
      ...(method !== 'GET' && this.csrfToken ? { 'x-csrf-token': this.csrfToken } : {}),
      ...(extra.headers as Record<string, string> | undefined),
    };
    const response = await this.app.inject({
      method,
      url,
      headers,
      ...(body !== undefined ? { payload: body as InjectOptions['payload'] } : {}),
      ...Object.fromEntries(Object.entries(extra).filter(([k]) => k !== 'headers')),
    });
    this.keepCookies(response);
    return response;
  }

  get = (url: string) => this.request('GET', url);
  post = (url: string, body?: unknown) => this.request('POST', url, body ?? {});
  patch = (url: string, body?: unknown) => this.request('PATCH', url, body ?? {});
  put = (url: string, body?: unknown) => this.request('PUT', url, body);
  delete = (url: string) => this.request('DELETE', url);

  async refreshSession() {
    const response = await this.request('GET', '/api/auth/session');
    this.csrfToken = response.json<{ csrfToken: string }>().csrfToken;
    return response;
  }

  async signIn(username: string, password: string) {
    await this.refreshSession();
    const response = await this.post('/api/auth/sign-in', { username, password });
    if (response.statusCode === 200) this.csrfToken = response.json<{ csrfToken: string }>().csrfToken;
    return response;
  }

  private keepCookies(response: LightMyRequestResponse) {
    for (const c of response.cookies as { name: string; value: string; expires?: Date; maxAge?: number }[]) {
      const cleared = c.value === '' || (c.expires && c.expires.getTime() <= Date.now()) || c.maxAge === 0;
      if (cleared) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
  }
}
