/**
 * `npm run bench`: measured figures, printed — start-up, sign-in, audit append and chain
 * verification, API throughput. Targets are written beside each figure; tests never check timings.
 */
import { performance } from 'node:perf_hooks';
import { appendAudit } from '../src/audit/audit-repository.js';
import { verifyAuditChain } from '../src/audit/verify-audit-chain.js';
import { DEMO_PASSWORD } from '../src/demo/seed-demo.js';
import { startPlatform } from '../src/server/start.js';

const AUDIT_ENTRIES = Number(process.env.BENCH_AUDIT_ENTRIES ?? 5000);
const HTTP_REQUESTS = Number(process.env.BENCH_HTTP_REQUESTS ?? 2000);

const ms = (start: number) => performance.now() - start;
const line = (name: string, value: string, target: string) =>
  console.info(`${name.padEnd(38)} ${value.padStart(16)}   target: ${target}`);

let start = performance.now();
const platform = await startPlatform({ port: 0, seedDemo: true, quiet: true, host: '127.0.0.1' });
line('start-up (in-memory, migrate + seed)', `${ms(start).toFixed(0)} ms`, '< 5000 ms');

try {
  const session = await fetch(`${platform.url}/api/auth/session`);
  const csrfCookie = session.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const { csrfToken } = (await session.json()) as { csrfToken: string };
  start = performance.now();
  const signIns = 10;
  for (let i = 0; i < signIns; i += 1) {
    const response = await fetch(`${platform.url}/api/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken, cookie: csrfCookie },
      body: JSON.stringify({ username: 'office', password: DEMO_PASSWORD }),
    });
    if (response.status !== 200) throw new Error(`sign-in failed: ${response.status}`);
  }
  line('sign-in (argon2id), mean', `${(ms(start) / signIns).toFixed(0)} ms`, '< 500 ms');

  start = performance.now();
  for (let i = 0; i < AUDIT_ENTRIES; i += 1) {
    await platform.db.transaction((tx) =>
      appendAudit(
        tx,
        { actorId: null, clientIp: '127.0.0.1' },
        {
          action: 'bench.entry',
          recordType: 'bench',
          recordId: String(i),
          after: { i, text: '基准测试' },
        },
      ),
    );
  }
  const appendMs = ms(start);
  line(`audit append x${AUDIT_ENTRIES}`, `${((AUDIT_ENTRIES / appendMs) * 1000).toFixed(0)} /s`, '> 200 /s');

  start = performance.now();
  const verdict = await verifyAuditChain(platform.db);
  if (!verdict.ok) throw new Error('chain broken');
  line(`audit verify (${verdict.checked} entries)`, `${ms(start).toFixed(0)} ms`, '< 10 s per 100k');

  start = performance.now();
  const concurrency = 16;
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < HTTP_REQUESTS) {
        next += 1;
        const response = await fetch(`${platform.url}/api/programmes/jinshui-2011`);
        await response.arrayBuffer();
      }
    }),
  );
  line(
    'GET /api/programmes/:id, 16 in flight',
    `${((HTTP_REQUESTS / ms(start)) * 1000).toFixed(0)} req/s`,
    '> 300 req/s',
  );
  line(
    'server RSS after the run',
    `${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MiB`,
    '< 512 MiB',
  );
} finally {
  await platform.close();
}
