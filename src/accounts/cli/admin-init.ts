import { resolve } from 'node:path';
import { ROLE_NAMES } from '../core/roles.js';
import { loadConfig } from '../../platform/config/config.js';
import { migrate } from '../../platform/db/migrate.js';
import { openDatabase } from '../../platform/db/open-database.js';
import { formatShanghaiMinute } from '../../platform/kernel/time.js';
import { registerCatalogue } from '../../programmes/register-catalogue.js';
import { initialiseInstallation } from '../use-cases/initialise-installation.js';

/**
 * `npm run admin:init [-- --auditor]`: a new one-time setup code for the administrator (or the
 * first auditor), created if absent; its current password, if any, stops working. Run on the
 * server, by whoever administers it; the code is printed once and only its hash is stored.
 */
const role = process.argv.includes('--auditor') ? 'auditor' : 'system_admin';
const config = loadConfig();
const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: resolve(config.dataDir) });
try {
  await migrate(db);
  await registerCatalogue(db);
  const [setup] = await initialiseInstallation(db, config, new Date(), { roles: [role], onlyIfEmpty: false });
  console.info(
    [
      `One-time setup code for ${setup!.username} (${ROLE_NAMES[role].zh} ${ROLE_NAMES[role].en}): ${setup!.code}`,
      `Valid until ${formatShanghaiMinute(setup!.expiresAt)} (Beijing time). Open /activate on the platform,`,
      'enter the user name and this code, and set your own password. Any earlier password no longer works.',
    ].join('\n'),
  );
} finally {
  await db.close();
}
