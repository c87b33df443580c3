/**
 * `npx tsx bench/web-weight.ts`: the JavaScript a first visit downloads, per public page. Each page
 * loads in a fresh headless Chromium context (empty cache) against the built app (dist/web); the
 * Chrome DevTools protocol counts, for every script response, the bytes decoded (raw) and the bytes
 * on the wire (encodedDataLength: body as sent, plus response headers), with the encodings the
 * server chose. Needs `npx vite build` first. Targets are written beside each figure; tests never
 * check them. `--detail` lists each page's scripts with their bytes on the wire.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { DEMO_PASSWORD } from '../src/demo/seed-demo.js';
import { startPlatform } from '../src/server/start.js';
import { expertProfile } from '../tests/api/support/expert-fixtures.js';
import {
  creditCode,
  seedAcceptedApplication,
  seedPublishedCycle,
} from '../tests/api/support/seed-by-state.js';
import { HttpSession } from './http-session.js';

const WEB_ROOT = resolve('dist/web');
const TARGET_BYTES = 200 * 1024;
const DETAIL = process.argv.includes('--detail');

interface Weight {
  /** Each script's file name and bytes on the wire, largest first (printed with `--detail`). */
  files: [string, number][];
  requests: number;
  wire: number;
  decoded: number;
  encodings: Set<string>;
}

if (!existsSync(resolve(WEB_ROOT, 'index.html'))) {
  console.error(`${WEB_ROOT}/index.html is missing: build the web app first (npx vite build).`);
  process.exit(1);
}

const platform = await startPlatform({
  port: 0,
  seedDemo: true,
  quiet: true,
  host: '127.0.0.1',
  webRoot: WEB_ROOT,
});
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});

try {
  const { cycleId, drawId } = await seedPublicRecords();
  const pages: [string, string][] = [
    ['home', '/'],
    ['rules', '/rules'],
    ['cycle announcement', `/cycles/${cycleId}`],
    ['public draws', '/draws'],
    ['public draw', `/draws/${drawId}`],
  ];
  console.info(
    `${'page (first load, empty cache)'.padEnd(34)} ${'JS req'.padStart(6)} ${'raw'.padStart(10)} ` +
      `${'transferred'.padStart(12)}  encoding   target (transferred)`,
  );
  for (const [name, path] of pages) {
    const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    try {
      const weight = await measure(context, platform.url + path);
      const verdict = weight.wire <= TARGET_BYTES ? 'met' : 'NOT met';
      const label = `${name} ${path.length > 12 ? path.slice(0, 12) + '…' : path}`;
      console.info(
        `${label.padEnd(34)} ${String(weight.requests).padStart(6)} ${kb(weight.decoded).padStart(10)} ` +
          `${kb(weight.wire).padStart(12)}  ${[...weight.encodings].sort().join('+').padEnd(9)}  ` +
          `< ${kb(TARGET_BYTES)} (${verdict})`,
      );
      if (DETAIL)
        for (const [file, bytes] of weight.files) console.info(`    ${kb(bytes).padStart(10)}  ${file}`);
    } finally {
      await context.close();
    }
  }
} finally {
  await browser.close();
  await platform.close();
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/** Loads the page until it shows its own content and the network is idle; sums its scripts. */
async function measure(context: BrowserContext, url: string): Promise<Weight> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const scripts = new Map<string, string>();
  const names = new Map<string, string>();
  const decoded = new Map<string, number>();
  const wire = new Map<string, number>();
  cdp.on('Network.responseReceived', (event) => {
    if (event.type !== 'Script') return;
    const headers = Object.fromEntries(
      Object.entries(event.response.headers).map(([k, v]) => [k.toLowerCase(), String(v)]),
    );
    scripts.set(event.requestId, headers['content-encoding'] ?? 'none');
    names.set(event.requestId, new URL(event.response.url).pathname.split('/').pop() ?? '');
  });
  cdp.on('Network.dataReceived', (event) => {
    decoded.set(event.requestId, (decoded.get(event.requestId) ?? 0) + event.dataLength);
  });
  cdp.on('Network.loadingFinished', (event) => {
    wire.set(event.requestId, event.encodedDataLength);
  });
  await page.goto(url);
  // The page has shown its own heading once its lazy chunks ran and its data arrived.
  await page.locator('main h1').first().waitFor({ timeout: 60_000 });
  await page.waitForFunction(() => !document.querySelector('main .center-state'));
  await page.waitForLoadState('networkidle');
  const weight: Weight = { files: [], requests: 0, wire: 0, decoded: 0, encodings: new Set() };
  for (const [id, encoding] of scripts) {
    weight.files.push([names.get(id) ?? id, wire.get(id) ?? 0]);
    weight.requests += 1;
    weight.wire += wire.get(id) ?? 0;
    weight.decoded += decoded.get(id) ?? 0;
    weight.encodings.add(encoding);
  }
  await page.close();
  weight.files.sort((a, b) => b[1] - a[1]);
  return weight;
}

/** A published cycle and one drawn panel, through the API as the Office would make them. */
async function seedPublicRecords(): Promise<{ cycleId: string; drawId: string }> {
  const cycleId = await seedPublishedCycle(platform.db);
  const { applicationId } = await seedAcceptedApplication(platform.db, cycleId, {
    name: '郑州甲仪表有限公司',
    creditCode: creditCode(1),
  });
  const office = new HttpSession(platform.url);
  await office.signIn('office', DEMO_PASSWORD);
  for (let n = 1; n <= 7; n += 1)
    await office.json('POST', '/api/experts', expertProfile(n, { canLead: n <= 3 }));
  const panel = await office.json<{ id: string }>('POST', `/api/cycles/${cycleId}/panels`, {
    name: '电力一组',
    industries: ['D'],
    applicationIds: [applicationId],
    size: 5,
    reserves: 2,
  });
  const frozen = await office.json<{ draws: { id: string }[] }>('POST', `/api/panels/${panel.id}/freeze`, {});
  await office.json('POST', `/api/panels/${panel.id}/draw`, {
    publicValue: '2026年11月26日 福彩3D 第2026318期 527',
    supervisorName: '区纪委 王监督',
  });
  return { cycleId, drawId: frozen.draws[0]!.id };
}
