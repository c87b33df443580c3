import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate, migrationLevel, readMigrations } from '../../src/platform/db/migrate.js';
import { jinshui2011 } from '../../src/programmes/versions/jinshui-2011.js';
import { CatalogueVersionChangedError, registerCatalogue } from '../../src/programmes/register-catalogue.js';
import { createTestPlatform, type TestPlatform } from './support/test-platform.js';

let platform: TestPlatform;
beforeAll(async () => {
  platform = await createTestPlatform();
});
afterAll(() => platform.close());

// The migrations folder is the truth: a new migration must not need this test edited.
const migrations = readMigrations();
const latestMigration = migrations.at(-1)!.name;

describe('platform', () => {
  it('reports the engine and the migration level', async () => {
    const health = (await platform.client().get('/api/health')).json();
    const expected = process.env.TEST_DATABASE_URL ? 'postgresql' : 'pglite';
    expect(health).toEqual({
      status: 'ok',
      database: { engine: expected, migration: latestMigration, migrationsApplied: migrations.length },
    });
  });

  it('migrates forward only once', async () => {
    expect(await migrate(platform.db)).toEqual([]);
    expect(await migrationLevel(platform.db)).toEqual({
      latest: latestMigration,
      applied: migrations.length,
    });
  });

  it('publishes an OpenAPI document and a browsable reference', async () => {
    const client = platform.client();
    const doc = (await client.get('/api/openapi.json')).json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/auth/sign-in', '/api/accounts', '/api/audit']),
    );
    const ui = await client.get('/api/docs/');
    expect(ui.statusCode).toBe(200);
    expect(ui.headers['content-type']).toContain('text/html');
  });

  it('serves the programme with every parameter and its article, and the framework totalling 1000', async () => {
    const client = platform.client();
    // The approved rules versions: Jinshui 2011 and, in demo mode, the demo's second programme.
    expect((await client.get('/api/programmes')).json().items.map((p: { id: string }) => p.id)).toEqual([
      'jinshui-2011',
      'zhengzhou-demo-2024',
    ]);
    const programme = (await client.get('/api/programmes/jinshui-2011')).json();
    expect(programme.parameters.maxWinnersPerYear).toMatchObject({ value: 3, source: { article: 4 } });
    expect(programme.articles).toHaveLength(27);
    const framework = (await client.get('/api/frameworks/gbt19580-2012')).json();
    expect(framework.totalPoints).toBe(1000);
    expect((await client.get('/api/programmes/nowhere-1999')).statusCode).toBe(404);
  });

  it('refuses to start when a shipped version changed under the same id', async () => {
    const original = jinshui2011.parameters.maxWinnersPerYear.value;
    jinshui2011.parameters.maxWinnersPerYear.value = 4;
    try {
      await expect(registerCatalogue(platform.db)).rejects.toBeInstanceOf(CatalogueVersionChangedError);
    } finally {
      jinshui2011.parameters.maxWinnersPerYear.value = original;
    }
    await expect(registerCatalogue(platform.db)).resolves.toBeUndefined();
  });
});
