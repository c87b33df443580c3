import { mkdirSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { expectNoSeriousAxeViolations } from './axe.js';
import { DEMO_PASSWORD } from './platform.js';

export const DESKTOP = { width: 1366, height: 900 };
export const PHONE = { width: 390, height: 844 };
const SCREENSHOTS = 'test-results/screenshots';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

/** A fresh context (no cookies, no stored language) for each scenario. */
export async function newPage(
  browser: Browser,
  baseURL: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL,
    viewport: DESKTOP,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  const page = await context.newPage();
  return { context, page };
}

/** Signs in through the API (as a seeded test would), sharing the cookie with the page. */
export async function signInThroughApi(page: Page, username: string): Promise<void> {
  const session = await page.request.get('/api/auth/session');
  const { csrfToken } = (await session.json()) as { csrfToken: string };
  const response = await page.request.post('/api/auth/sign-in', {
    headers: { 'x-csrf-token': csrfToken },
    data: { username, password: DEMO_PASSWORD },
  });
  if (!response.ok())
    throw new Error(`sign-in as ${username} failed: ${response.status()} ${await response.text()}`);
}

/**
 * Checks a page at desktop and phone widths, then screenshots it into
 * test-results/screenshots/<name>-<width>.png. `shows` waits for what the page must show (and
 * fails the test when it does not appear); then the page must have one `main` landmark, no
 * sideways scrolling (its content fits the width) and, with `axe`, no serious or critical
 * axe-core finding.
 */
export async function screenshotBoth(
  page: Page,
  path: string,
  name: string,
  shows: (page: Page) => Promise<unknown>,
  { axe = false }: { axe?: boolean } = {},
) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  for (const [label, size] of [
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const) {
    await page.setViewportSize(size);
    await page.goto(path);
    await shows(page);
    await page.waitForLoadState('networkidle');
    await afterAnimations(page);
    expect(await page.locator('main').count(), `${name} (${label}): main landmarks`).toBe(1);
    await expectNoHorizontalOverflow(page, `${name} (${label})`);
    if (axe) await expectNoSeriousAxeViolations(page, `${name} (${label})`);
    await page.screenshot({ path: `${SCREENSHOTS}/${name}-${label}.png`, fullPage: true });
  }
  await page.setViewportSize(DESKTOP);
}

/**
 * The page's content fits its width: nothing makes the whole page scroll sideways. After a resize
 * antd's responsive parts (grid breakpoints, tables) re-render on a matchMedia event, which a busy
 * machine delivers late, so the width is polled until it settles; an overflow that stays fails.
 */
export async function expectNoHorizontalOverflow(page: Page, label: string): Promise<void> {
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  await expect
    .poll(overflow, { message: `${label}: page wider than the window (pixels beyond it)`, timeout: 5_000 })
    .toBeLessThanOrEqual(0);
}

/**
 * Waits until CSS animations (antd's modal zoom, drop-down slide) have finished. Animations that
 * never end (a loading spinner, antd's wave) are not waited for, and the wait is bounded.
 */
export async function afterAnimations(page: Page, timeout = 5_000): Promise<void> {
  await page.waitForFunction(
    () =>
      document
        .getAnimations()
        .every(
          (animation) =>
            animation.playState !== 'running' || animation.effect?.getComputedTiming().endTime === Infinity,
        ),
    undefined,
    { timeout },
  );
}
