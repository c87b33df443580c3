import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
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
  return startPlatform({ port: 0, dataDir: undefined, seedDemo: true, webRoot: WEB_ROOT, quiet: true });
}
