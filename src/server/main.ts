import { performance } from 'node:perf_hooks';
import { resolve } from 'node:path';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../demo/seed-demo.js';
import { DEMO_PANEL_NAME } from '../demo/seed-demo-cycle.js';
import { ROLE_NAMES } from '../accounts/core/roles.js';
import { loadConfig } from '../platform/config/config.js';
import { formatShanghaiMinute } from '../platform/kernel/time.js';
import { startPlatform } from './start.js';

/**
 * `npm start`: the platform with the embedded database in ./data, or the server named by
 * DATABASE_URL. Demo data (published password) only in demo mode: the embedded quick start, or
 * SEED_DEMO=true; a server installation starts with an administrator and an auditor who each set
 * their own password with a one-time setup code printed here once.
 */
const startedAt = performance.now();
const config = loadConfig();
// The embedded quick start runs on http://127.0.0.1 for development; anything else is Secure
// unless SECURE_COOKIES=false says otherwise.
const plainHttp = !config.databaseUrl && !process.env.SECURE_COOKIES;
const platform = await startPlatform({
  dataDir: resolve(config.dataDir),
  filesRoot: resolve(config.filesRoot),
  databaseUrl: config.databaseUrl,
  migrationDatabaseUrl: config.migrationDatabaseUrl,
  webRoot: resolve('dist/web'),
  plainHttp,
  demoCycle: true,
});

const lines = [
  '',
  '  质量奖评审管理平台 · Quality Award Platform',
  `  ${platform.url}    (API reference: ${platform.url}/api/docs)`,
  `  database: ${platform.db.engine}${platform.db.engine === 'pglite' ? ` in ${resolve(config.dataDir)}` : ''}; ` +
    `migrations applied now: ${platform.migrationsApplied.length}`,
  `  started in ${Math.round(performance.now() - startedAt)} ms`,
];
if (config.demoMode) {
  const bar = '  ' + '!'.repeat(78);
  lines.push(
    '',
    bar,
    '  !! 演示模式 DEMO MODE: demo accounts share a PUBLISHED password. NOT FOR REAL USE.',
    '  !! 正式安装请设置 DATABASE_URL（或 SEED_DEMO=false），首个管理员用一次性设置码自行设置密码。',
    '  !! For a real installation set DATABASE_URL (or SEED_DEMO=false): the first administrator',
    '  !! sets their own password with a one-time setup code (npm run admin:init).',
    bar,
    '',
    `  Demo sign-ins (password for all: ${DEMO_PASSWORD}):`,
  );
  for (const demo of DEMO_ACCOUNTS) {
    lines.push(
      `    ${demo.username.padEnd(10)} ${demo.roles.map((r) => `${ROLE_NAMES[r].zh} ${ROLE_NAMES[r].en}`).join(' / ')}`,
    );
  }
}
if (platform.demoCycle) {
  const { year, applications } = platform.demoCycle;
  lines.push(
    '',
    `  Demo cycle ${year} in progress: ${applications.map((a) => `${a.username} (${a.status})`).join(', ')};`,
    `  panel ${DEMO_PANEL_NAME} drawn. What to try first with which account: README, "What to try first".`,
  );
}
if (platform.setupCodes.length > 0) {
  lines.push('', '  First start of this installation. One-time setup codes, shown only now:');
  for (const setup of platform.setupCodes) {
    lines.push(
      `    ${setup.username.padEnd(10)} ${ROLE_NAMES[setup.role].zh} ${ROLE_NAMES[setup.role].en}: ${setup.code}` +
        `  (valid until ${formatShanghaiMinute(setup.expiresAt)} Beijing time)`,
    );
  }
  lines.push(
    `  Each person opens ${platform.url}/activate, enters the user name and code, and sets their own password.`,
    '  Hand each code to its person only. A lost or expired code: npm run admin:init [-- --auditor].',
  );
}
if (platform.databaseRoleProblems.length > 0) {
  lines.push(
    '',
    `  WARNING: the database role of DATABASE_URL could alter the audit and access logs: ${platform.databaseRoleProblems.join('; ')}.`,
    '  Set MIGRATION_DATABASE_URL to the owner and DATABASE_URL to a role that does not own the tables (README).',
  );
}
if (plainHttp || !config.session.secureCookies) {
  lines.push('', '  Plain HTTP for development: cookies not Secure (set SECURE_COOKIES=true behind HTTPS).');
}
console.info(lines.join('\n') + '\n');

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void platform.close().finally(() => process.exit(0));
  });
}
