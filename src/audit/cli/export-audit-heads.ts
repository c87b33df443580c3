import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../../platform/config/config.js';
import { openDatabase } from '../../platform/db/open-database.js';
import { listHeads } from '../audit-heads-repository.js';
import { presentHeads } from '../present-heads.js';
import { publishAuditHead } from '../use-cases/publish-audit-head.js';

/**
 * `npm run audit:heads [-- --publish] [file]`: writes every published head of the audit chain
 * (the same JSON as `/api/public/audit-heads`) to `file`, or standard output. `--publish` first
 * publishes today's head, for a scheduler outside the platform (cron); the day is the key, so it
 * never adds a second head for a day the platform already published.
 */
const { values, positionals } = parseArgs({
  options: { publish: { type: 'boolean', default: false } },
  allowPositionals: true,
});
const config = loadConfig();
const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: resolve(config.dataDir) });
try {
  if (values.publish) {
    const published = await publishAuditHead(db, new Date());
    console.error(published ? `published the head of ${published.day}` : 'today already has a head');
  }
  const text = `${JSON.stringify({ items: presentHeads(await listHeads(db)) }, null, 2)}\n`;
  const file = positionals[0];
  if (file) {
    await writeFile(file, text);
    console.info(`audit heads written to ${file}`);
  } else {
    process.stdout.write(text);
  }
} finally {
  await db.close();
}
