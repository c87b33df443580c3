import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage, signInThroughApi } from './support/browser.js';
import { DEMO_PASSWORD, startTestPlatform } from './support/platform.js';

describe('signing in and out', () => {
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

  it('takes office staff to their workspace home, and signing out returns to the public site', async () => {
    const { context, page } = await newPage(browser, platform.url);
    await page.goto('/sign-in');
    await page.getByLabel('用户名').fill('office');
    await page.getByLabel('密码').fill(DEMO_PASSWORD);
    await page.locator('form button[type=submit]').click();
    await page.waitForURL(`${platform.url}/app`);
    const officeCard = page.locator('[data-role="office_staff"]');
    await officeCard.waitFor();
    expect(await officeCard.textContent()).toContain('评委会办公室工作人员');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('您好');
    // Office staff have no administration or audit pages yet: the menu does not offer them.
    expect(await page.getByRole('link', { name: '账户管理' }).count()).toBe(0);

    await page.getByRole('button', { name: '用户菜单' }).click();
    await page.getByText('退出登录').click();
    await page.waitForURL(`${platform.url}/`);
    await page.getByRole('heading', { level: 1, name: '金水区区长质量奖' }).waitFor();
    const session = await (await page.request.get('/api/auth/session')).json();
    expect(session.authenticated).toBe(false);
    await context.close();
  });

  it("refuses a wrong password with the server's own message", async () => {
    const { context, page } = await newPage(browser, platform.url);
    await page.goto('/sign-in');
    await page.getByLabel('用户名').fill('applicant');
    await page.getByLabel('密码').fill('not-the-password');
    const answer = page.waitForResponse((r) => r.url().endsWith('/api/auth/sign-in'));
    await page.locator('form button[type=submit]').click();
    const body = (await (await answer).json()) as { code: string; message: string };
    expect(body.code).toBe('auth/invalid-credentials');
    await page.getByRole('alert').filter({ hasText: body.message }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await context.close();
  });

  it('sends a signed-out visitor of the workspace to sign-in, and back afterwards', async () => {
    const { context, page } = await newPage(browser, platform.url);
    await page.goto('/app/account');
    await page.waitForURL(/\/sign-in\?next=/);
    await page.getByLabel('用户名').fill('expert');
    await page.getByLabel('密码').fill(DEMO_PASSWORD);
    await page.locator('form button[type=submit]').click();
    await page.waitForURL(`${platform.url}/app/account`);
    await page.getByText('修改密码').first().waitFor();
    await context.close();
  });

  it('explains on the sign-in page when a session ended by itself', async () => {
    const { context, page } = await newPage(browser, platform.url);
    await signInThroughApi(page, 'admin');
    await page.goto('/app');
    await page.locator('[data-role="system_admin"]').waitFor();
    // The session ends behind the page's back (as an idle timeout would).
    const { csrfToken } = (await (await page.request.get('/api/auth/session')).json()) as {
      csrfToken: string;
    };
    await page.request.post('/api/auth/sign-out', { headers: { 'x-csrf-token': csrfToken } });

    await page.getByRole('link', { name: '账户管理' }).first().click();
    await page.waitForURL(/\/sign-in\?next=%2Fapp%2Fadmin%2Faccounts/);
    await page.getByText('登录已超时或已失效，请重新登录。').waitFor();
    await context.close();
  });
});
