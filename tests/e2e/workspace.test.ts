import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  afterAnimations,
  launchBrowser,
  newPage,
  screenshotBoth,
  signInThroughApi,
} from './support/browser.js';
import { mkdirSync } from 'node:fs';
import { addDays, shanghaiDate } from '../../src/platform/kernel/time.js';
import { platformNow, startTestPlatform } from './support/platform.js';

/**
 * Opens the antd select of a field in a dialog and picks an option (antd draws its own drop-down),
 * then clicks the dialog's title so a multiple select's drop-down closes.
 */
async function chooseOption(page: Page, dialog: Locator, field: string, option: string): Promise<void> {
  await dialog.locator('.ant-form-item').filter({ hasText: field }).locator('.ant-select').click();
  await afterAnimations(page);
  await page.locator(`.ant-select-item-option[title="${option}"]`).click();
  await dialog.locator('.ant-modal-title').click();
  await afterAnimations(page);
}

describe('workspace pages by role', () => {
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

  it('gives the system administrator accounts and reference data', async () => {
    const { context, page } = await newPage(browser, platform.url);
    await signInThroughApi(page, 'admin');
    await screenshotBoth(page, '/app', 'workspace-admin', (p) =>
      p.locator('[data-role="system_admin"]').waitFor(),
    );
    await screenshotBoth(page, '/app/admin/accounts', 'admin-accounts', (p) =>
      p.getByText('office', { exact: true }).waitFor(),
    );
    await screenshotBoth(page, '/app/admin/reference', 'admin-reference', (p) =>
      p.getByText('T01').waitFor(),
    );
    await screenshotBoth(page, '/app/account', 'account', (p) => p.getByLabel('当前密码').waitFor());

    await page.goto('/app/admin/accounts');
    await page.getByRole('button', { name: '新建账户' }).click();
    await page.getByRole('dialog').getByLabel('用户名').waitFor();
    await afterAnimations(page);
    await page.screenshot({ path: 'test-results/screenshots/admin-create-account-desktop.png' });
    await context.close();
  });

  it('lets the administrator disable an account with a reason, then enable it again', async () => {
    const { context, page } = await newPage(browser, platform.url);
    await signInThroughApi(page, 'admin');
    await page.goto('/app/admin/accounts');
    const row = page.getByRole('row').filter({ hasText: 'member@demo' });
    await row.getByRole('button', { name: /停\s?用/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('原因').fill('借调期间暂停使用');
    await dialog.getByRole('button', { name: /停\s?用/ }).click();
    await row.getByText('已停用').waitFor();

    await row.getByRole('button', { name: /启\s?用/ }).click();
    await dialog.getByLabel('原因').fill('借调结束');
    await dialog.getByRole('button', { name: /启\s?用/ }).click();
    await row.getByText('正常').waitFor();
    await context.close();
  });

  it('creates a town endorser who must change the password at first sign-in', async () => {
    const admin = await newPage(browser, platform.url);
    await signInThroughApi(admin.page, 'admin');
    await admin.page.goto('/app/admin/accounts');
    await admin.page.getByRole('button', { name: '新建账户' }).click();
    const dialog = admin.page.getByRole('dialog');
    await afterAnimations(admin.page);
    await dialog.getByLabel('用户名').fill('town2');
    await dialog.getByLabel('姓名').fill('经八路街道 王芳');
    await chooseOption(admin.page, dialog, '角色', '镇（街道）推荐人');
    await chooseOption(admin.page, dialog, '所属镇（街道）', '经八路街道');
    await dialog.getByLabel('初始密码').fill('Welcome#2026town');
    await dialog.getByRole('button', { name: /提\s?交/ }).click();
    await admin.page
      .getByRole('row')
      .filter({ hasText: 'town2' })
      .getByText('镇（街道）推荐人 · 经八路街道')
      .waitFor();
    await admin.context.close();

    const endorser = await newPage(browser, platform.url);
    await endorser.page.goto('/sign-in');
    await endorser.page.getByLabel('用户名').fill('town2');
    await endorser.page.getByLabel('密码').fill('Welcome#2026town');
    await endorser.page.locator('form button[type=submit]').click();
    await endorser.page.waitForURL(`${platform.url}/app/account`);
    await endorser.page.getByText('请先修改密码').waitFor();
    // Until the password is changed, the rest of the workspace sends the person back here.
    await endorser.page.goto('/app');
    await endorser.page.waitForURL(`${platform.url}/app/account`);
    await endorser.context.close();
  });

  it('lets the administrator deactivate and reactivate a town', async () => {
    const { context, page } = await newPage(browser, platform.url);
    await signInThroughApi(page, 'admin');
    await page.goto('/app/admin/reference');
    const row = page.getByRole('row').filter({ hasText: 'T19' });
    await row.getByRole('button', { name: /停\s?用/ }).click();
    await page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /停\s?用/ })
      .click();
    await row.getByText('已停用').waitFor();
    await row.getByRole('button', { name: '恢复启用' }).click();
    await row.getByText('启用', { exact: true }).waitFor();
    await context.close();
  });

  it('gives the auditor the audit trail with chain verification, and the access log', async () => {
    const { context, page } = await newPage(browser, platform.url);
    await signInThroughApi(page, 'auditor');
    await screenshotBoth(page, '/app/audit', 'audit-trail', (p) =>
      p.locator('tbody tr.ant-table-row').first().waitFor(),
    );
    await page.goto('/app/audit');
    await page.getByRole('button', { name: '核验哈希链' }).click();
    const verdict = page.getByRole('status').filter({ hasText: '哈希链完整' });
    await verdict.waitFor();
    expect(await verdict.textContent()).toMatch(/已核验 \d+ 条记录/);
    await page.screenshot({ path: 'test-results/screenshots/audit-verified-desktop.png', fullPage: true });
    await screenshotBoth(page, '/app/access-log', 'access-log', (p) =>
      p.locator('tbody tr.ant-table-row').first().waitFor(),
    );
    await context.close();
  });

  it('filters the audit trail and the access log by Beijing dates', async () => {
    const { context, page } = await newPage(browser, platform.url);
    await signInThroughApi(page, 'auditor');
    const today = shanghaiDate(await platformNow(platform.url));
    const pick = async (from: string, to: string) => {
      await page.getByPlaceholder('起始日期').click();
      await page.getByPlaceholder('起始日期').fill(from);
      await page.keyboard.press('Enter');
      await page.getByPlaceholder('截止日期').fill(to);
      await page.keyboard.press('Enter');
    };
    const rows = page.locator('tbody tr.ant-table-row');
    for (const path of ['/app/audit', '/app/access-log']) {
      await page.goto(path);
      await rows.first().waitFor();
      await pick(addDays(today, 1), addDays(today, 1));
      await page.locator('.ant-table-placeholder').waitFor();
      expect(await rows.count(), path).toBe(0);
      await pick(today, today);
      await rows.first().waitFor();
    }
    // The filtered access log, at both widths, for a look.
    const shots = '/tmp/webtypes-shots';
    mkdirSync(shots, { recursive: true });
    for (const [label, width] of [
      ['desktop', 1366],
      ['phone', 390],
    ] as const) {
      await page.setViewportSize({ width, height: 900 });
      await afterAnimations(page);
      await page.screenshot({ path: `${shots}/access-log-dates-${label}.png`, fullPage: true });
    }
    await context.close();
  });

  it('saves the office home at both widths', async () => {
    const { context, page } = await newPage(browser, platform.url);
    await signInThroughApi(page, 'office');
    await screenshotBoth(page, '/app', 'workspace-office', (p) =>
      p.locator('[data-role="office_staff"]').waitFor(),
    );
    await context.close();
  });
});
