/**
 * Writes the web's API types from the OpenAPI document the server serves (issue 7, one shared
 * kernel): `npm run api:types` builds the app in-process, takes app.swagger(), turns it into
 * TypeScript with openapi-typescript and writes web/src/api/openapi.d.ts, prettier-formatted.
 * `npm run api:types -- --check` writes nothing and exits 1 when the committed file is stale.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import prettier from 'prettier';
import { loadConfig } from '../src/platform/config/config.js';
import { openDatabase } from '../src/platform/db/open-database.js';
import { FileStorage } from '../src/platform/files/file-storage.js';
import { buildApp } from '../src/server/build-app.js';

const target = join(import.meta.dirname, '..', 'web', 'src', 'api', 'openapi.d.ts');
const check = process.argv.includes('--check');

/** The TypeScript of the API's OpenAPI document, as committed. */
export async function generateApiTypes(): Promise<string> {
  const db = await openDatabase({});
  const filesRoot = await mkdtemp(join(tmpdir(), 'qa-api-types-'));
  try {
    const config = { ...loadConfig({}), logLevel: 'silent' as const };
    const app = await buildApp({ db, config, clock: () => new Date(), files: new FileStorage(filesRoot) });
    await app.ready();
    const document = app.swagger() as OpenAPI3;
    await app.close();
    const body = astToString(await openapiTS(document, { alphabetize: false }));
    const header =
      '/**\n * Generated from the API’s OpenAPI document by scripts/generate-api-types.ts\n' +
      ' * (`npm run api:types`). Do not edit: change the route schemas and regenerate.\n */\n\n';
    const options = (await prettier.resolveConfig(target)) ?? {};
    return prettier.format(header + body, { ...options, filepath: target });
  } finally {
    await db.close?.();
    await rm(filesRoot, { recursive: true, force: true });
  }
}

const generated = await generateApiTypes();
if (check) {
  const committed = await readFile(target, 'utf8').catch(() => '');
  if (committed !== generated) {
    console.error(`${target} is stale: run npm run api:types and commit the result.`);
    process.exit(1);
  }
  console.info('api:types: up to date');
} else {
  await writeFile(target, generated);
  console.info(`wrote ${target}`);
}
