import { resolve } from 'node:path';
import { ROLE_NAMES } from '../../accounts/core/roles.js';
import { loadConfig } from '../../platform/config/config.js';
import { migrate } from '../../platform/db/migrate.js';
import { openDatabase } from '../../platform/db/open-database.js';
import { registerCatalogue } from '../../programmes/register-catalogue.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from '../seed-demo.js';

/** `npm run seed:demo`: loads demo data into an empty database (migrating it first). */
const config = loadConfig();
const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: resolve(config.dataDir) });
try {
  await migrate(db);
  await registerCatalogue(db);
  if (await seedDemo(db)) {
    console.info(`Demo data loaded. Sign-ins (password ${DEMO_PASSWORD}):`);
    for (const demo of DEMO_ACCOUNTS) {
      console.info(`  ${demo.username.padEnd(10)} ${demo.roles.map((r) => ROLE_NAMES[r].zh).join('、')}`);
    }
  } else {
    console.info('The database already has accounts; demo data was not loaded.');
  }
} finally {
  await db.close();
}
