import { performance } from 'node:perf_hooks';
import { resolve } from 'node:path';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../demo/seed-demo.js';
import { ROLE_NAMES } from '../accounts/core/roles.js';
import { loadConfig } from '../platform/config/config.js';
import { startPlatform } from './start.js';

/** `npm start`: the platform with the embedded database in ./data (or DATABASE_URL) and demo data. */
const startedAt = performance.now();
const config = loadConfig();
// The embedded quick start runs on http://127.0.0.1 for development; anything else is Secure
// unless SECURE_COOKIES=false says otherwise.
const plainHttp = !config.databaseUrl && !process.env.SECURE_COOKIES;
const platform = await startPlatform({
  dataDir: resolve(config.dataDir),
  filesRoot: resolve(config.filesRoot),
  databaseUrl: config.databaseUrl,
  seedDemo: process.env.SEED_DEMO !== 'false',
  webRoot: resolve('dist/web'),
  plainHttp,
});

const lines = [
  '',
  '  质量奖评审管理平台 · Quality Award Platform',
  `  ${platform.url}    (API reference: ${platform.url}/api/docs)`,
  `  database: ${platform.db.engine}${platform.db.engine === 'pglite' ? ` in ${resolve(config.dataDir)}` : ''}; ` +
    `migrations applied now: ${platform.migrationsApplied.length}`,
  `  started in ${Math.round(performance.now() - startedAt)} ms`,
];
if (platform.demoSeeded || process.env.SEED_DEMO !== 'false') {
  lines.push('', `  Demo sign-ins (password for all: ${DEMO_PASSWORD}):`);
  for (const demo of DEMO_ACCOUNTS) {
    lines.push(
      `    ${demo.username.padEnd(10)} ${demo.roles.map((r) => `${ROLE_NAMES[r].zh} ${ROLE_NAMES[r].en}`).join(' / ')}`,
    );
  }
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
