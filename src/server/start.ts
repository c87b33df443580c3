import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, type Config } from '../platform/config/config.js';
import { FileStorage } from '../platform/files/file-storage.js';
import type { Database } from '../platform/db/database.js';
import { migrate, readMigrations } from '../platform/db/migrate.js';
import { openDatabase } from '../platform/db/open-database.js';
import { buildApp } from './build-app.js';
import { registerCatalogue } from '../programmes/register-catalogue.js';
import { seedDemo } from '../demo/seed-demo.js';
import { smtpMailer } from '../platform/mail/mailer.js';
import type { DemoCycle } from '../demo/seed-demo-cycle.js';
import { seedDemoCycle } from '../demo/seed-demo-cycle.js';
import type { SetupCode } from '../accounts/use-cases/initialise-installation.js';
import { initialiseInstallation } from '../accounts/use-cases/initialise-installation.js';
import { scheduleAuditHeads, type AuditHeadSchedule } from '../audit/audit-head-schedule.js';
import { ownershipProblems } from '../platform/db/grants.js';

/**
 * Migrations run as the role that owns the tables. With a separate migration URL, that role
 * migrates and grants the application's role (the one `db` is connected as) what it needs.
 */
async function migrateAsOwner(db: Database, options: StartOptions): Promise<string[]> {
  const ownerUrl = options.migrationDatabaseUrl;
  if (!ownerUrl || ownerUrl === options.databaseUrl || db.engine !== 'postgresql') return migrate(db);
  const [me] = await db.query<{ role: string }>('SELECT current_user AS role');
  const owner = await openDatabase({ databaseUrl: ownerUrl });
  try {
    return await migrate(owner, readMigrations(), { grantTo: me!.role });
  } finally {
    await owner.close();
  }
}

export interface StartOptions {
  port?: number;
  host?: string;
  /** Embedded database folder; undefined (with no databaseUrl) keeps it in memory. */
  dataDir?: string | undefined;
  databaseUrl?: string | undefined;
  /**
   * Load the demo accounts (published password) into an empty database; default: the
   * configuration's demo mode (embedded quick start, or SEED_DEMO=true). Otherwise an empty
   * database gets the administrator and the first auditor, each with a one-time setup code.
   */
  /** The role that owns the tables and migrates them (default: databaseUrl's, one role for both). */
  migrationDatabaseUrl?: string | undefined;
  seedDemo?: boolean;
  /**
   * With freshly seeded demo data, also put a cycle in progress (published, applications at several
   * stages, a panel drawn), made through the use cases: `npm start` in demo mode does.
   */
  demoCycle?: boolean;
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
  /** The demo cycle put in progress at this start, if any. */
  demoCycle: DemoCycle | null;
  demoSeeded: boolean;
  /** The setup codes of a server installation's first start, to print once. */
  setupCodes: SetupCode[];
  /**
   * Why the application's database role could still alter the logs (a superuser, the tables'
   * owner); empty when it cannot, or on the embedded engine, which has no roles to speak of.
   */
  databaseRoleProblems: string[];
  /** The daily publication of the audit chain's head. */
  auditHeads: AuditHeadSchedule;
  close(): Promise<void>;
}

/** Opens the database, migrates, registers the catalogue, loads demo data if asked, and listens. */
export async function startPlatform(options: StartOptions = {}): Promise<RunningPlatform> {
  const merged = { ...loadConfig(), ...options.config };
  const withDemo = { ...merged, demoMode: options.seedDemo ?? merged.demoMode };
  const loaded = options.plainHttp
    ? { ...withDemo, session: { ...withDemo.session, secureCookies: false } }
    : withDemo;
  const config =
    options.quiet && loaded.logLevel === 'info' ? { ...loaded, logLevel: 'warn' as const } : loaded;
  const db = await openDatabase({ databaseUrl: options.databaseUrl, dataDir: options.dataDir });
  try {
    const migrationsApplied = await migrateAsOwner(db, options);
    const databaseRoleProblems = db.engine === 'postgresql' ? await ownershipProblems(db) : [];
    await registerCatalogue(db);
    const demoSeeded = config.demoMode ? await seedDemo(db) : false;
    const setupCodes = config.demoMode
      ? []
      : await initialiseInstallation(db, config, new Date(), {
          roles: ['system_admin', 'auditor'],
          onlyIfEmpty: true,
        });
    // An in-memory platform (tests, benchmarks) keeps its files in a temporary folder too.
    const filesRoot =
      options.filesRoot ??
      (options.dataDir || options.databaseUrl
        ? config.filesRoot
        : await mkdtemp(join(tmpdir(), 'qa-files-')));
    const files = new FileStorage(filesRoot);
    const mailer = config.mail ? smtpMailer(config.mail) : undefined;
    const services = { db, config, clock: () => new Date(), files, mailer };
    const demoCycle = demoSeeded && options.demoCycle ? await seedDemoCycle(services) : null;
    const app = await buildApp(services, { webRoot: options.webRoot });
    const host = options.host ?? config.host;
    await app.listen({ port: options.port ?? config.port, host });
    const auditHeads = scheduleAuditHeads(
      db,
      () => new Date(),
      config.auditHeadCheckMinutes * 60_000,
      (error) => app.log.error({ err: error }, 'audit head: publication failed'),
    );
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
      demoCycle,
      setupCodes,
      databaseRoleProblems,
      auditHeads,
      close: async () => {
        await auditHeads.stop();
        await app.close();
        await db.close();
      },
    };
  } catch (error) {
    await db.close().catch(() => undefined);
    throw error;
  }
}
