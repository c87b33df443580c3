import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, seedDemo } from '../../src/demo/seed-demo.js';
import { loadConfig } from '../../src/platform/config/config.js';
import type { Database } from '../../src/platform/db/database.js';
import { FileStorage } from '../../src/platform/files/file-storage.js';
import { buildApp, type App } from '../../src/server/build-app.js';
import { registerCatalogue } from '../../src/programmes/register-catalogue.js';
import { expertProfile } from './support/expert-fixtures.js';
import { createTestDatabase } from './support/test-database.js';
import { TestClient } from './support/test-platform.js';

// Defect 3: logging was off unless LOG_REQUESTS=true, yet a 500 said "it has been logged".
// Here logging is on at its default level (info), captured line by line.
const lines: string[] = [];
const logged = () => lines.map((line) => JSON.parse(line) as Record<string, unknown>);

let db: Database;
let drop: () => Promise<void>;
let app: App;
let filesRoot: string;

beforeAll(async () => {
  ({ db, drop } = await createTestDatabase());
  await registerCatalogue(db);
  await seedDemo(db);
  filesRoot = await mkdtemp(join(tmpdir(), 'qa-edge-log-'));
  const config = loadConfig({});
  expect(config.logLevel).toBe('info');
  app = await buildApp(
    { db, config, clock: () => new Date(), files: new FileStorage(filesRoot) },
    { logDestination: { write: (line) => void lines.push(line) } },
  );
  // A test-only route whose handler fails the way a bug would, with secrets in the request.
  app.post('/api/test/failure', async () => {
    throw new Error('the handler broke');
  });
  await app.ready();
});
afterAll(async () => {
  await app.close();
  await drop();
  await rm(filesRoot, { recursive: true, force: true });
});

describe('the log', () => {
  it('writes one error line per 5xx with its stack and request id; the body names the id', async () => {
    const client = new TestClient(app, 'en');
    await client.signIn('admin', DEMO_PASSWORD);
    lines.length = 0;
    const response = await client.post('/api/test/failure', {
      password: 'Secret#Pass2026',
      identityNumber: '110105197001010012',
    });
    expect(response.statusCode).toBe(500);
    const requestId = response.headers['x-request-id'];
    expect(requestId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(response.json()).toMatchObject({ code: 'server/internal', requestId });
    const errors = logged().filter((line) => Number(line.level) >= 50);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ reqId: requestId, err: { message: 'the handler broke' } });
    expect((errors[0]!.err as { stack: string }).stack).toContain('edge-logging.test.ts');
    const all = lines.join('\n');
    expect(all).not.toContain('Secret#Pass2026');
    expect(all).not.toContain('110105197001010012');
    // The session cookie and the CSRF token travel in headers; neither is written down.
    expect(all).not.toContain(client.cookies.get('qa_session'));
    expect(all).not.toContain(client.csrfToken);
  });

  it('logs each request at info with its id, and a 4xx is not an error', async () => {
    const client = new TestClient(app, 'zh-CN');
    lines.length = 0;
    const response = await client.get('/api/no-such-thing');
    expect(response.statusCode).toBe(404);
    const mine = logged().filter((line) => line.reqId === response.headers['x-request-id']);
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((line) => Number(line.level) === 30)).toBe(true);
  });

  it('never writes a password or an identity number, whether the request succeeds or fails', async () => {
    lines.length = 0;
    const visitor = new TestClient(app, 'zh-CN');
    const wrong = await visitor.signIn('office', 'Wrong#Password99');
    expect(wrong.statusCode).toBe(401);
    const office = new TestClient(app, 'zh-CN');
    expect((await office.signIn('office', DEMO_PASSWORD)).statusCode).toBe(200);
    const profile = expertProfile(7);
    const created = await office.post('/api/experts', profile);
    expect(created.statusCode, created.body).toBe(201);
    const repeated = await office.post('/api/experts', profile);
    expect(repeated.statusCode).toBe(409);
    expect(lines.length).toBeGreaterThan(4);
    const all = lines.join('\n');
    for (const secret of ['Wrong#Password99', DEMO_PASSWORD, profile.identityNumber]) {
      expect(all).not.toContain(secret);
    }
  });
});
