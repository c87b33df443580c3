/**
 * Streams a 1 GiB file through the upload route to a server in its own process and reports the
 * server's resident memory before, at peak (sampled every 50 ms) and after, and the throughput.
 * Target: the server's RSS grows by less than 100 MiB whatever the file's size.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { performance } from 'node:perf_hooks';
import { Readable } from 'node:stream';
import { HttpSession } from './http-session.js';

const SIZE = Number(process.env.BENCH_UPLOAD_BYTES ?? 1024 * 1024 * 1024);
const DEMO_PASSWORD = 'Demo#2026quality';

const server = spawn(process.execPath, ['--import', 'tsx', 'bench/upload-server.ts'], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
const url = await new Promise<string>((resolve, reject) => {
  server.stdout.on('data', (chunk: Buffer) => {
    const match = /READY (\S+)/.exec(chunk.toString());
    if (match?.[1]) resolve(match[1]);
  });
  server.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
});
const rssMiB = () => {
  const status = readFileSync(`/proc/${server.pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
};

try {
  const office = new HttpSession(url);
  await office.signIn('office', DEMO_PASSWORD);
  const chair = new HttpSession(url);
  await chair.signIn('chair', DEMO_PASSWORD);
  const year = new Date().getFullYear();
  const cycle = await office.json<{ id: string }>('POST', '/api/cycles', {
    programmeId: 'jinshui-2011',
    frameworkId: 'gbt19580-2012',
    year,
    announcementDate: new Date(Date.now() - 86_400_000).toISOString().slice(0, 10),
    applicationDeadline: new Date(Date.now() + 30 * 86_400_000).toISOString(),
    plan: {},
    announcement: {},
  });
  await chair.json('POST', `/api/cycles/${cycle.id}/stage`, { to: 'criteria_approved' });
  await office.json('POST', `/api/cycles/${cycle.id}/stage`, { to: 'published' });
  const applicant = new HttpSession(url);
  await applicant.signIn('applicant', DEMO_PASSWORD);
  const application = await applicant.json<{ id: string }>('POST', '/api/applications', {
    cycleId: cycle.id,
  });

  const boundary = '----bench-boundary-1f3a';
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="大文件.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.7\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  const chunk = Buffer.alloc(1024 * 1024, 0x20);
  async function* body() {
    yield head;
    for (let sent = 9; sent < SIZE; sent += chunk.length)
      yield chunk.subarray(0, Math.min(chunk.length, SIZE - sent));
    yield tail;
  }

  // Settle after set-up, then measure.
  await new Promise((r) => setTimeout(r, 500));
  const before = rssMiB();
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, rssMiB())), 50);
  const started = performance.now();
  const status = await new Promise<number>((resolve, reject) => {
    const req = request(`${url}/api/applications/${application.id}/files?purpose=evidence`, {
      method: 'POST',
      headers: {
        'content-type': `multipart/form-data; boundary=${boundary}`,
        'content-length': head.length + (SIZE - 9) + tail.length,
        cookie: applicant.cookieHeader,
        'x-csrf-token': applicant.csrfToken,
      },
    });
    req.on('response', (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    Readable.from(body()).pipe(req);
  });
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  const after = rssMiB();
  if (status !== 201) throw new Error(`upload answered ${status}`);
  const line = (name: string, value: string, target: string) =>
    console.info(`${name.padEnd(38)} ${value.padStart(16)}   target: ${target}`);
  line(`upload ${(SIZE / 1024 / 1024).toFixed(0)} MiB, server RSS before`, `${before.toFixed(0)} MiB`, '');
  line(
    'server RSS peak during the upload',
    `${peak.toFixed(0)} MiB`,
    `< before + 100 MiB (${(before + 100).toFixed(0)})`,
  );
  line('server RSS after', `${after.toFixed(0)} MiB`, '');
  line(
    'throughput (stream, hash, store)',
    `${(SIZE / 1024 / 1024 / seconds).toFixed(0)} MiB/s`,
    '> 50 MiB/s',
  );
} finally {
  server.kill('SIGTERM');
}
