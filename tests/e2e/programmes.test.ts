import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage, screenshotBoth } from './support/browser.js';
import { assertWebBuilt, startTestPlatform } from './support/platform.js';

/**
 * Public pages per programme (issue 8.5): the installation home lists the awards; each has its
 * pages under /p/<slug>/, in its own name and by its own rules; the addresses without a slug stay
 * the default programme's.
 */
describe('public pages per programme', () => {
  let platform: Awaited<ReturnType<typeof startTestPlatform>>;
  let browser: Browser;

  beforeAll(async () => {
    assertWebBuilt();
    platform = await startTestPlatform();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await platform?.close();
  });

  it('lists the awards and opens the city award’s own home, rules and draws', async () => {
    const { context, page } = await newPage(browser, platform.url);
    await screenshotBoth(
      page,
      '/p',
      'programmes',
      (p) => p.getByTestId('programme-zhengzhou-demo').waitFor(),
      { axe: true },
    );
    await page.getByRole('button', { name: /进入 郑州市市长质量奖/ }).click();
    await page.waitForURL('**/p/zhengzhou-demo');
    await page.getByRole('heading', { level: 1, name: '郑州市市长质量奖（演示）' }).waitFor();
    // The banner names the programme, and its links stay within it.
    expect(await page.locator('.brand__name').textContent()).toBe('郑州市市长质量奖（演示）');
    await screenshotBoth(
      page,
      '/p/zhengzhou-demo',
      'programme-home-zhengzhou',
      (p) => p.getByRole('heading', { level: 1, name: '郑州市市长质量奖（演示）' }).waitFor(),
      { axe: true },
    );
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '评选细则' }).click();
    await page.waitForURL('**/p/zhengzhou-demo/rules');
    // Its own rules: the city's article numbers, not Jinshui's.
    await page.getByText('第七条').first().waitFor();
    await screenshotBoth(page, '/p/zhengzhou-demo/rules', 'programme-rules-zhengzhou', (p) =>
      p.getByText('第七条').first().waitFor(),
    );
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '抽取公示' }).click();
    await page.waitForURL('**/p/zhengzhou-demo/draws');
    // The demo cycle's draw is Jinshui's: the city's list has none.
    await page.getByText('暂无抽取记录').waitFor();
    await context.close();
  });

  it('keeps the addresses without a slug for the default programme, linking to the others', async () => {
    const { context, page } = await newPage(browser, platform.url);
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: '金水区区长质量奖' }).waitFor();
    const others = page.getByTestId('other-awards');
    await others.getByRole('link', { name: '郑州市市长质量奖（演示）' }).click();
    await page.waitForURL('**/p/zhengzhou-demo');
    await page.goto('/p/no-such-award');
    await page.getByText('404').first().waitFor();
    await context.close();
  });
});
