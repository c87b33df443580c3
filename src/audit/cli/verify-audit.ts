import { resolve } from 'node:path';
import { loadConfig } from '../../platform/config/config.js';
import { openDatabase } from '../../platform/db/open-database.js';
import { verifyAuditChain } from '../verify-audit-chain.js';

/** `npm run audit:verify`: recomputes the audit chain of the configured database. Exit 1 if broken. */
const config = loadConfig();
const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: resolve(config.dataDir) });
try {
  const verdict = await verifyAuditChain(db);
  if (verdict.ok) {
    console.info(`audit chain intact: ${verdict.checked} entries verified (${db.engine})`);
    if (verdict.head) {
      console.info(`head: entry ${verdict.head.id}, sha256 ${verdict.head.hash}`);
      console.info('Record the head outside the platform; a later head must descend from it.');
    }
  } else {
    console.error(
      `audit chain BROKEN at entry ${verdict.firstBroken.id} (${verdict.firstBroken.reason}); ` +
        `${verdict.checked} entries before it verified`,
    );
    process.exitCode = 1;
  }
} finally {
  await db.close();
}
