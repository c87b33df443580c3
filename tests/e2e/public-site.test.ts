import type { Browser, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage, screenshotBoth } from './support/browser.js';
import { startTestPlatform } from './support/platform.js';

const AXE = { axe: true };

describe('public site', () => {
  let platform: Awaited<ReturnType<typeof startTestPlatform>>;
  let browser: Browser;

  beforeAll(async () => {
    platform = await startTestPlatform();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await platform?.close();
  });

  it('shows the home page in Chinese by default, with each number and its article', async () => {
    const { context, page } = await newPage(browser, platform.url);
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: '金水区区长质量奖' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    await page.getByText('本年度申报通知尚未发布').waitFor();
    const facts = page.getByRole('region', { name: '奖项要点' });
    await facts.getByText('不超过 3 家').waitFor();
    expect(await facts.textContent()).toContain('第四条');
    expect(await facts.textContent()).toContain('第十七条');
    expect(await facts.textContent()).toContain('第二十条');
    await page.getByText('社会公示').waitFor();
    await context.close();
  });

  it('switches to English, and the choice survives a reload', async () => {
    const { context, page } = await newPage(browser, platform.url);
    await page.goto('/');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: "Jinshui District Mayor's Quality Award" }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.evaluate(() => localStorage.getItem('qa.locale'))).toBe('en');

    await page.reload();
    await page.getByRole('heading', { level: 1, name: "Jinshui District Mayor's Quality Award" }).waitFor();
    await page.getByText("This year's call for applications has not been published yet").waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.getByRole('region', { name: 'Key facts' }).textContent()).toContain('Art. 4');
    await context.close();
  });

  it('lists every article of the rules, 第九条 included, with parameters and the scoring framework', async () => {
    const { context, page } = await newPage(browser, platform.url);
    await page.goto('/rules');
    const article9 = page.locator('#article-9');
    await article9.waitFor();
    expect(await article9.textContent()).toContain('第九条');
    expect(await page.locator('#parameters').textContent()).toContain('第四条');
    const framework = page.locator('#framework');
    await framework.getByText('1000', { exact: true }).first().waitFor();
    await context.close();
  });

  it('answers an unknown address with a not-found page', async () => {
    const { context, page } = await newPage(browser, platform.url);
    await page.goto('/no-such-page');
    await page.getByText('页面不存在', { exact: true }).waitFor();
    await context.close();
  });

  it('saves screenshots of the public pages at desktop and phone widths', async () => {
    const { context, page } = await newPage(browser, platform.url);
    const visible = async (...locators: Locator[]) => {
      for (const locator of locators) expect(await locator.first().isVisible()).toBe(true);
    };
    await screenshotBoth(
      page,
      '/',
      'home',
      async (p) => {
        await p.getByText('社会公示').waitFor();
        await visible(
          p.getByRole('heading', { level: 1, name: '金水区区长质量奖' }),
          p.getByRole('region', { name: '奖项要点' }),
          p.getByRole('navigation', { name: '主导航' }),
        );
      },
      AXE,
    );
    await screenshotBoth(
      page,
      '/rules',
      'rules',
      async (p) => {
        await p.locator('#framework table').first().waitFor();
        await visible(
          p.getByRole('heading', { level: 1 }),
          p.locator('#article-9'),
          p.locator('#parameters'),
        );
      },
      AXE,
    );
    await screenshotBoth(
      page,
      '/sign-in',
      'sign-in',
      async (p) => {
        await p.locator('form button[type=submit]').waitFor();
        await visible(p.getByRole('heading', { level: 1 }), p.getByLabel('用户名'), p.getByLabel('密码'));
      },
      AXE,
    );
    await screenshotBoth(
      page,
      '/no-such-page',
      'not-found',
      async (p) => {
        await p.getByText('页面不存在', { exact: true }).waitFor();
        await visible(p.getByRole('button').filter({ hasText: '首页' }));
      },
      AXE,
    );
    await page.evaluate(() => localStorage.setItem('qa.locale', 'en'));
    await screenshotBoth(
      page,
      '/',
      'home-en',
      async (p) => {
        await p.getByText('Public notice', { exact: true }).waitFor();
        await visible(p.getByRole('heading', { level: 1, name: "Jinshui District Mayor's Quality Award" }));
      },
      AXE,
    );
    await screenshotBoth(
      page,
      '/rules',
      'rules-en',
      async (p) => {
        await p.locator('#framework table').first().waitFor();
        await visible(p.getByRole('heading', { level: 1 }), p.locator('#article-9'));
      },
      AXE,
    );
    await context.close();
  }, 240_000);
});
