import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { shanghaiWall } from '../../../src/platform/kernel/time.js';
import { startPlatform, type RunningPlatform } from '../../../src/server/start.js';

export const DEMO_PASSWORD = 'Demo#2026quality';

const WEB_ROOT = 'dist/web';

/** The browser tests drive the built app; say so plainly when it has not been built. */
export function assertWebBuilt(): void {
  const index = resolve(WEB_ROOT, 'index.html');
  if (!existsSync(index)) {
    throw new Error(
      `${index} is missing: build the web app first with \`npx vite build\`, then run the e2e tests.`,
    );
  }
}

/**
 * The whole platform in this process, on an in-memory database with the demo accounts; `db` lets
 * a test seed straight to a state.
 */
export async function startTestPlatform(): Promise<Pick<RunningPlatform, 'url' | 'db' | 'close'>> {
  assertWebBuilt();
  return startPlatform({
    port: 0,
    dataDir: undefined,
    seedDemo: true,
    webRoot: WEB_ROOT,
    quiet: true,
    plainHttp: true,
  });
}

/** The platform's clock (its `Date` header), so tests reckon dates as the platform does, not the host. */
export async function platformNow(url: string): Promise<Date> {
  const response = await fetch(`${url}/api/health`);
  const date = response.headers.get('date');
  if (!response.ok || !date) throw new Error(`${url}/api/health answered ${response.status} without a Date`);
  return new Date(date);
}

/** The platform's calendar year in Beijing time (the award's calendar). */
export async function platformYear(url: string): Promise<number> {
  return shanghaiWall(await platformNow(url)).year;
}
