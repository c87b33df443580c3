/**
 * `npx tsx bench/reads.ts`: reads by id under load. GET /api/experts/:id as the Office (session
 * cookie, so the session hooks run) on the platform with embedded PGlite and, when
 * TEST_DATABASE_URL names a PostgreSQL server (scripts/with-postgres.sh sets it), on PostgreSQL;
 * against a bare Fastify server with one route doing `SELECT … FROM experts WHERE id = $1` through
 * `pg`. Each gets the same bounded load: BENCH_READS requests (3,000), 16 in flight. Prints req/s,
 * p50, p99 and the ratio platform/bare. Targets are written beside each figure; tests never check them.
 */
import { performance } from 'node:perf_hooks';
import Fastify from 'fastify';
import pg from 'pg';
import { DEMO_PASSWORD } from '../src/demo/seed-demo.js';
import { startPlatform } from '../src/server/start.js';
import { expertProfile } from '../tests/api/support/expert-fixtures.js';
import { HttpSession } from './http-session.js';

const REQUESTS = Number(process.env.BENCH_READS ?? 3000);
const CONCURRENCY = 16;

interface Figures {
  perSecond: number;
  p50: number;
  p99: number;
}

/** Sends `REQUESTS` GETs, `CONCURRENCY` at a time; every answer must be 200. */
async function hammer(url: string, cookie: string): Promise<Figures> {
  const latencies: number[] = [];
  let sent = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (sent < REQUESTS) {
        sent += 1;
        const t0 = performance.now();
        const response = await fetch(url, { headers: { cookie } });
        await response.arrayBuffer();
        if (response.status !== 200) throw new Error(`${url}: ${response.status}`);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const elapsed = performance.now() - started;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!;
  return { perSecond: (REQUESTS / elapsed) * 1000, p50: at(0.5), p99: at(0.99) };
}

function line(name: string, figures: Figures, note = ''): void {
  console.info(
    `${name.padEnd(34)} ${`${figures.perSecond.toFixed(0)} req/s`.padStart(11)}  ` +
      `p50 ${figures.p50.toFixed(1).padStart(6)} ms  p99 ${figures.p99.toFixed(1).padStart(7)} ms  ${note}`,
  );
}

/** The platform on PGlite (no URL) or on the given database, seeded with one expert, read as the Office. */
async function platformRun(databaseUrl: string | undefined): Promise<Figures> {
  const platform = await startPlatform({
    port: 0,
    host: '127.0.0.1',
    seedDemo: true,
    quiet: true,
    databaseUrl,
  });
  try {
    const office = new HttpSession(platform.url);
    await office.signIn('office', DEMO_PASSWORD);
    const expert = await office.json<{ id: string }>('POST', '/api/experts', expertProfile(1));
    const url = `${platform.url}/api/experts/${expert.id}`;
    await hammer(url, office.cookieHeader); // warm-up
    return await hammer(url, office.cookieHeader);
  } finally {
    await platform.close();
  }
}

/** One Fastify route, one pooled `pg` query: the floor the platform is measured against. */
async function bareRun(databaseUrl: string): Promise<Figures> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
  const [{ id } = { id: '' }] = (
    await pool.query<{ id: string }>('SELECT id::text AS id FROM experts ORDER BY created_at LIMIT 1')
  ).rows;
  const app = Fastify({ logger: false });
  app.get<{ Params: { id: string } }>('/experts/:id', async (request, reply) => {
    const { rows } = await pool.query('SELECT * FROM experts WHERE id = $1', [request.params.id]);
    if (!rows[0]) return reply.code(404).send();
    return rows[0];
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  try {
    await hammer(`http://127.0.0.1:${port}/experts/${id}`, '');
    return await hammer(`http://127.0.0.1:${port}/experts/${id}`, '');
  } finally {
    await app.close();
    await pool.end();
  }
}

console.info(`reads by id, ${REQUESTS} requests, ${CONCURRENCY} in flight (after as many to warm up)`);
const pglite = await platformRun(undefined);
line('platform, PGlite: GET /api/experts/:id', pglite, 'target: > 300 req/s');
const serverUrl = process.env.TEST_DATABASE_URL;
if (!serverUrl) {
  console.info('PostgreSQL: skipped (no TEST_DATABASE_URL; run under scripts/with-postgres.sh)');
} else {
  // A fresh database on the server; the bare server then reads the expert the platform run wrote.
  const name = `qa_bench_${Date.now()}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  try {
    const onPostgres = await platformRun(url.toString());
    const bare = await bareRun(url.toString());
    const share = (f: Figures) => `${((f.perSecond / bare.perSecond) * 100).toFixed(0)} % of bare`;
    line('bare Fastify + pg, same SELECT', bare);
    line('platform, PostgreSQL', onPostgres, share(onPostgres));
    line('platform, PGlite', pglite, share(pglite));
  } finally {
    // Without FORCE: a pool still closing must not be cut off (it would raise an unhandled error).
    await admin.query(`DROP DATABASE IF EXISTS ${name}`).catch((error: Error) => {
      console.info(`(database ${name} left behind: ${error.message})`);
    });
    await admin.end();
  }
}
