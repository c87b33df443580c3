import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, type Config } from '../platform/config/config.js';
import { FileStorage } from '../platform/files/file-storage.js';
import type { Database } from '../platform/db/database.js';
import { migrate } from '../platform/db/migrate.js';
import { openDatabase } from '../platform/db/open-database.js';
import { buildApp } from './build-app.js';
import { registerCatalogue } from '../programmes/register-catalogue.js';
import { seedDemo } from '../demo/seed-demo.js';

export interface StartOptions {
  port?: number;
  host?: string;
  /** Embedded database folder; undefined (with no databaseUrl) keeps it in memory. */
  dataDir?: string | undefined;
  databaseUrl?: string | undefined;
  seedDemo?: boolean;
  /** Folder of uploaded files; defaults to the configured one, or a temporary folder in memory mode. */
  filesRoot?: string;
  webRoot?: string | undefined;
  /**
   * Development over plain HTTP (the embedded quick start, browser tests): cookies without
   * Secure and no HSTS. Otherwise the configuration decides (Secure by default).
   */
  plainHttp?: boolean;
  /** Tests and benchmarks: no line per request, but warnings and server errors still logged. */
  quiet?: boolean;
  config?: Partial<Config>;
}

export interface RunningPlatform {
  url: string;
  db: Database;
  migrationsApplied: string[];
  demoSeeded: boolean;
  close(): Promise<void>;
}

/** Opens the database, migrates, registers the catalogue, loads demo data if asked, and listens. */
export async function startPlatform(options: StartOptions = {}): Promise<RunningPlatform> {
  const merged = { ...loadConfig(), ...options.config };
  const loaded = options.plainHttp
    ? { ...merged, session: { ...merged.session, secureCookies: false } }
    : merged;
  const config =
    options.quiet && loaded.logLevel === 'info' ? { ...loaded, logLevel: 'warn' as const } : loaded;
  const db = await openDatabase({ databaseUrl: options.databaseUrl, dataDir: options.dataDir });
  try {
    const migrationsApplied = await migrate(db);
    await registerCatalogue(db);
    const demoSeeded = options.seedDemo ? await seedDemo(db) : false;
    // An in-memory platform (tests, benchmarks) keeps its files in a temporary folder too.
    const filesRoot =
      options.filesRoot ??
      (options.dataDir || options.databaseUrl
        ? config.filesRoot
        : await mkdtemp(join(tmpdir(), 'qa-files-')));
    const files = new FileStorage(filesRoot);
    const app = await buildApp({ db, config, clock: () => new Date(), files }, { webRoot: options.webRoot });
    const host = options.host ?? config.host;
    await app.listen({ port: options.port ?? config.port, host });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    // Where to open it from this machine: the address listened on, or localhost for every address.
    const shown = ['0.0.0.0', '::', ''].includes(host)
      ? 'localhost'
      : host.includes(':')
        ? `[${host}]`
        : host;
    return {
      url: `http://${shown}:${port}`,
      db,
      migrationsApplied,
      demoSeeded,
      close: async () => {
        await app.close();
        await db.close();
      },
    };
  } catch (error) {
    await db.close().catch(() => undefined);
    throw error;
  }
}
