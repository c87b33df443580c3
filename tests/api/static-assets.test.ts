import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/platform/config/config.js';
import { FileStorage } from '../../src/platform/files/file-storage.js';
import { buildApp, type App } from '../../src/server/build-app.js';
import { precompressFolder } from '../../scripts/precompress.js';
import { createTestDatabase } from './support/test-database.js';

/** A built web app in miniature: the shell and one hashed script, precompressed as the build does. */
const SCRIPT = `export const greeting = ${JSON.stringify('质量奖 '.repeat(2000))};\n`;
const SHELL = `<!doctype html><html><head><script type="module" src="/assets/index-AbC123xy.js"></script></head>
<body><div id="root"></div>${'<!-- padding -->'.repeat(100)}</body></html>\n`;

let app: App;
let webRoot: string;
let drop: () => Promise<void>;

beforeAll(async () => {
  webRoot = await mkdtemp(join(tmpdir(), 'qa-web-'));
  await mkdir(join(webRoot, 'assets'));
  await writeFile(join(webRoot, 'index.html'), SHELL);
  await writeFile(join(webRoot, 'assets', 'index-AbC123xy.js'), SCRIPT);
  await precompressFolder(webRoot);
  await writeFile(join(webRoot, '.source-hash'), 'abc');
  const database = await createTestDatabase();
  drop = database.drop;
  app = await buildApp(
    { db: database.db, config: loadConfig({}), clock: () => new Date(), files: new FileStorage(webRoot) },
    { webRoot },
  );
  await app.ready();
});

afterAll(async () => {
  await app?.close();
  await drop?.();
  await rm(webRoot, { recursive: true, force: true });
});

const get = (url: string, acceptEncoding?: string) =>
  app.inject({ method: 'GET', url, headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} });

describe('the precompressed build', () => {
  it('writes a brotli and a gzip file beside each asset, each decoding to the original', async () => {
    expect((await readdir(join(webRoot, 'assets'))).sort()).toEqual([
      'index-AbC123xy.js',
      'index-AbC123xy.js.br',
      'index-AbC123xy.js.gz',
    ]);
    const br = await get('/assets/index-AbC123xy.js', 'br');
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(SCRIPT);
    expect(br.rawPayload.length).toBeLessThan(SCRIPT.length / 10);
  });
});

describe('serving the web app', () => {
  it('sends brotli to a browser that accepts it, gzip to one that accepts only gzip', async () => {
    const br = await get('/assets/index-AbC123xy.js', 'gzip, deflate, br, zstd');
    expect(br.statusCode).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/^text\/javascript|^application\/javascript/);
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(SCRIPT);

    const gz = await get('/assets/index-AbC123xy.js', 'gzip, deflate');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.headers.vary).toMatch(/accept-encoding/i);
    expect(gunzipSync(gz.rawPayload).toString()).toBe(SCRIPT);
  });

  it('sends the file as it is when the browser accepts no compression', async () => {
    for (const acceptEncoding of [undefined, 'identity']) {
      const raw = await get('/assets/index-AbC123xy.js', acceptEncoding);
      expect(raw.statusCode).toBe(200);
      expect(raw.headers['content-encoding']).toBeUndefined();
      expect(raw.headers.vary).toMatch(/accept-encoding/i);
      expect(raw.body).toBe(SCRIPT);
    }
  });

  it('lets browsers keep hashed assets for a year without asking again', async () => {
    for (const acceptEncoding of [undefined, 'gzip', 'br']) {
      const response = await get('/assets/index-AbC123xy.js', acceptEncoding);
      expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    }
  });

  it('has the shell revalidated on every visit, at / and at any page path, compressed too', async () => {
    for (const url of ['/', '/rules', '/draws/some-id', '/index.html']) {
      const response = await get(url, 'br');
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['cache-control'], url).toBe('no-cache');
      expect(response.headers['content-type'], url).toMatch(/^text\/html/);
      expect(response.headers['content-encoding'], url).toBe('br');
      expect(brotliDecompressSync(response.rawPayload).toString(), url).toBe(SHELL);
    }
    const plain = await get('/rules');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(SHELL);
  });

  it('does not offer the compressed copies or the build stamp as files of their own', async () => {
    expect((await get('/assets/index-AbC123xy.js.br')).headers['content-type']).toMatch(/^text\/html/);
    expect((await get('/.source-hash')).headers['content-type']).toMatch(/^text\/html/);
    expect((await get('/api/no-such-route')).statusCode).toBe(404);
  });

  it('answers an unknown API path 404 however it is spelled, not with the shell', async () => {
    for (const path of [
      '/%61pi/no-such-route',
      '//api/no-such-route',
      '/API/no-such-route',
      '/x/%2e%2e/api/nope',
    ]) {
      const response = await get(path);
      expect(response.statusCode, path).toBe(404);
      expect(response.headers['content-type'], path).toMatch(/^application\/json/);
    }
  });
});
