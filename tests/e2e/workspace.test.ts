import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  afterAnimations,
  DESKTOP,
  launchBrowser,
  PHONE,
  newPage,
  screenshotBoth,
  signInThroughApi,
} from './support/browser.js';
import { expertProfile } from '../api/support/expert-fixtures.js';
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

  it('creates a town endorser with an activation code; the Office confirms the role; the person sets their own password', async () => {
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
    // No password field: the administrator never chooses the person's password.
    expect(await dialog.getByLabel('初始密码').count()).toBe(0);
    await dialog.getByRole('button', { name: /提\s?交/ }).click();
    const issued = admin.page.getByRole('dialog').filter({ hasText: '请交付激活码' });
    await issued.getByTestId('activation-code').waitFor();
    const code = (await issued.getByTestId('activation-code').textContent())!.trim();
    expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    await issued.getByText('须由第二人确认后才生效').waitFor();
    await admin.page.screenshot({ path: 'test-results/screenshots/accounts-activation-code-desktop.png' });
    await issued
      .locator('.ant-modal-footer')
      .getByRole('button', { name: /关\s?闭/ })
      .click();
    const row = admin.page.getByRole('row').filter({ hasText: 'town2' });
    await row.getByText('镇（街道）推荐人 · 经八路街道（待确认）').waitFor();
    await row.getByText(/待本人激活/).waitFor();
    await admin.page
      .getByTestId('pending-grants')
      .getByText(/经八路街道 王芳/)
      .waitFor();
    await screenshotBoth(admin.page, '/app/admin/accounts', 'accounts-pending', (p) =>
      p.getByTestId('pending-grants').waitFor(),
    );
    await admin.context.close();

    const office = await newPage(browser, platform.url);
    await signInThroughApi(office.page, 'office');
    await screenshotBoth(office.page, '/app/role-grants', 'role-grants', (p) =>
      p.getByRole('row').filter({ hasText: 'town2' }).waitFor(),
    );
    await office.page.goto('/app/role-grants');
    await office.page
      .getByRole('row')
      .filter({ hasText: 'town2' })
      .getByRole('button', { name: '确认授予' })
      .click();
    await office.page.locator('.ant-modal-confirm').getByRole('button', { name: '确认授予' }).click();
    await office.page.getByText('已确认授予').waitFor();
    await office.context.close();

    const endorser = await newPage(browser, platform.url);
    await screenshotBoth(endorser.page, '/activate?username=town2', 'activate', (p) =>
      p.getByTestId('password-rules').waitFor(),
    );
    await endorser.page.goto('/activate?username=town2');
    await endorser.page
      .getByTestId('password-rules')
      .getByText(/至少 10 个字符/)
      .waitFor();
    await endorser.page.getByLabel('激活码').fill(code.toLowerCase());
    await endorser.page.getByLabel('新密码', { exact: true }).fill('Password123');
    await endorser.page.getByLabel('确认新密码').fill('Password123');
    await endorser.page.getByRole('button', { name: '设置密码并激活' }).click();
    await endorser.page
      .getByText(/太容易被猜中/)
      .first()
      .waitFor();
    await endorser.page.getByLabel('新密码', { exact: true }).fill('Lantern-Copper-Quilt-71');
    await endorser.page.getByLabel('确认新密码').fill('Lantern-Copper-Quilt-71');
    await endorser.page.getByRole('button', { name: '设置密码并激活' }).click();
    await endorser.page.getByText('密码已设置，账号已激活。').waitFor();
    await endorser.page.getByRole('button', { name: '以 town2 登录' }).click();
    await endorser.page.getByLabel('用户名').fill('town2');
    await endorser.page.getByLabel('密码').fill('Lantern-Copper-Quilt-71');
    await endorser.page.locator('form button[type=submit]').click();
    await endorser.page.waitForURL(`${platform.url}/app`);
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

  it('sends a reason once however fast it is clicked, and shows the refusal with its clause', async () => {
    const { context, page } = await newPage(browser, platform.url);
    await signInThroughApi(page, 'office');
    const { csrfToken } = (await (await page.request.get('/api/auth/session')).json()) as {
      csrfToken: string;
    };
    const created = await page.request.post('/api/experts', {
      headers: { 'x-csrf-token': csrfToken },
      data: expertProfile(701, { name: '孙立新' }),
    });
    const expert = (await created.json()) as { id: string };
    await page.goto('/app/experts');
    const row = page.getByRole('row').filter({ hasText: '孙立新' });
    await row.getByRole('button', { name: /更多/ }).click();
    await page.getByRole('menuitem', { name: '暂停' }).click();
    const dialog = page.getByRole('dialog').filter({ hasText: '暂停专家' });
    await afterAnimations(page);
    // The dialog opens with the keyboard on its one field.
    await expect
      .poll(() => dialog.getByLabel('原因').evaluate((el) => el === document.activeElement))
      .toBe(true);

    // Meanwhile another officer disqualifies the expert (Art. 26): the suspension will be refused.
    const disqualified = await page.request.post(`/api/experts/${expert.id}/status`, {
      headers: { 'x-csrf-token': csrfToken },
      data: { status: 'disqualified', reason: '上一年度评审中徇私舞弊' },
    });
    expect(disqualified.ok()).toBe(true);

    // The answer takes a moment, so every click lands while the first is on its way.
    let sent = 0;
    await page.route('**/api/experts/*/status', async (route) => {
      sent += 1;
      await new Promise((resolve) => setTimeout(resolve, 600));
      await route.continue();
    });
    await dialog.getByLabel('原因').fill('借调至外地，本年度暂停');
    const ok = dialog.getByRole('button', { name: /暂\s?停/ });
    // A click every millisecond for 150 ms, from before React has re-rendered the button busy to
    // after, then a double-click: one request.
    await ok.evaluate(
      (button: HTMLElement) =>
        new Promise<void>((done) => {
          for (let ms = 0; ms <= 150; ms += 1) setTimeout(() => button.click(), ms);
          setTimeout(done, 160);
        }),
    );
    await ok.dblclick({ force: true });
    const refusal = dialog.getByRole('alert').filter({ hasText: '依据：第二十六条' });
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain('该专家已被取消评审资格');
    expect(sent).toBe(1);

    await page.screenshot({ path: 'test-results/screenshots/reason-dialog-refused-desktop.png' });
    await page.setViewportSize(PHONE);
    await afterAnimations(page);
    await page.screenshot({ path: 'test-results/screenshots/reason-dialog-refused-phone.png' });
    await page.setViewportSize(DESKTOP);
    await context.close();
  });
});
