import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../../platform/config/config.js';
import { openDatabase } from '../../platform/db/open-database.js';
import { verifyAuditChain } from '../verify-audit-chain.js';
import { loadHeads, reportVerification } from '../verify-audit-report.js';

/**
 * `npm run audit:verify [-- --heads <file|url>]`: recomputes the audit chain of the configured
 * database and checks it passes through the published heads — by default those in its own
 * `audit_heads` table; with `--heads`, a copy kept elsewhere (an export from `audit:heads`, or
 * another server's `/api/public/audit-heads`). Exit 1 if broken or if a head does not match.
 */
const { values } = parseArgs({ options: { heads: { type: 'string' } } });
const heads = values.heads ? await loadHeads(values.heads) : undefined;
const config = loadConfig();
const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: resolve(config.dataDir) });
try {
  const verdict = await verifyAuditChain(db, heads ? { heads } : {});
  const report = reportVerification(verdict, db.engine, values.heads ?? 'the audit_heads table');
  for (const line of report.lines) (report.ok ? console.info : console.error)(line);
  if (!report.ok) process.exitCode = 1;
} finally {
  await db.close();
}
