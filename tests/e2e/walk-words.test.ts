import ExcelJS from 'exceljs';
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  afterAnimations,
  DESKTOP,
  expectNoHorizontalOverflow,
  launchBrowser,
  newPage,
  PHONE,
  screenshotBoth,
  signInThroughApi,
} from './support/browser.js';
import { addDays, shanghaiDate } from '../../src/platform/kernel/time.js';
import { signedInApi } from './intake-support.js';
import { expectNoSeriousAxeViolations } from './support/axe.js';
import { platformNow, startTestPlatform } from './support/platform.js';

/**
 * Issue 14, items 5–7, as their people take the steps: the auditor reads the trail in words,
 * filters it and exports it; a citizen reads the public pages without developer text; the chair
 * sees the criteria being approved and the Office previews the announcement.
 */
const SHOTS = '/tmp/walkwords-shots';

/** The page at 1366 and 390 wide into /tmp/walkwords-shots/<name>-<width>.png (already loaded). */
async function shoot(page: Page, name: string, fullPage = true): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.waitForLoadState('networkidle');
  for (const size of [DESKTOP, PHONE]) {
    await page.setViewportSize(size);
    await afterAnimations(page);
    await expectNoHorizontalOverflow(page, `${name} at ${size.width}`);
    await page.screenshot({ path: `${SHOTS}/${name}-${size.width}.png`, fullPage });
  }
  await page.setViewportSize(DESKTOP);
}

async function sheetRows(path: string): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const rows: string[][] = [];
  workbook.worksheets[0]!.eachRow((row) => {
    rows.push((row.values as unknown[]).slice(1).map((value) => String(value ?? '')));
  });
  return rows;
}

describe('words people should see (issue 14)', () => {
  let platform: Awaited<ReturnType<typeof startTestPlatform>>;
  let browser: Browser;

  beforeAll(async () => {
    // The installation's footer lines (SITE_* settings); e-mail, address and the police filing are
    // left unset, so the footer must not show them.
    process.env.SITE_CONTACT_PHONE = '0371-6000 0000';
    process.env.SITE_HELP_URL = '/rules#chapter-3';
    process.env.SITE_ICP_FILING = '豫ICP备00000000号-1';
    platform = await startTestPlatform();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const name of ['SITE_CONTACT_PHONE', 'SITE_HELP_URL', 'SITE_ICP_FILING']) delete process.env[name];
    await browser?.close();
    await platform?.close();
  });

  it('lets the auditor read the trail in words, filter it by person, record and action, and export it', async () => {
    const { context, page } = await newPage(browser, platform.url);
    await signInThroughApi(page, 'auditor');
    await screenshotBoth(page, '/app/audit', 'audit-trail-words', (p) =>
      p.locator('tbody tr.ant-table-row').first().waitFor(),
    );
    await page.goto('/app/audit');
    const rows = page.locator('tbody tr.ant-table-row');
    await rows.first().waitFor();
    // Every row's action is in words (the code stays beneath it for matching).
    const unnamed = await rows.evaluateAll(
      (trs) => trs.filter((tr) => tr.querySelectorAll('td')[5]?.querySelector('div') === null).length,
    );
    expect(unnamed).toBe(0);
    await expect.poll(() => page.getByText(/^共 \d+ 条$/).count()).toBe(1);
    // (Checked before a filter is opened: antd leaves an opened Select's list box in the page
    // without an accessible name, a finding of its own.)
    await expectNoSeriousAxeViolations(page, 'the audit trail with its filters and export');

    // The demo's reference lists were added by the system: filter to the towns, then to one action.
    await page.getByRole('combobox', { name: '对象类型' }).click();
    await page.locator('.ant-select-item-option[title="镇（街道）"]').click();
    await page.getByText(/^共 \d+ 条$/).waitFor();
    await expect
      .poll(async () => (await rows.allTextContents()).every((text) => text.includes('镇（街道）')))
      .toBe(true);
    await page.getByRole('combobox', { name: '操作' }).click();
    await page.keyboard.type('新增镇');
    await page.locator('.ant-select-item-option[title="新增镇（街道）"]').click();
    await expect
      .poll(async () => (await rows.allTextContents()).every((t) => t.includes('新增镇')))
      .toBe(true);
    const shown = Number((await page.getByText(/^共 \d+ 条$/).textContent())!.match(/\d+/)![0]);
    expect(shown).toBeGreaterThan(0);
    await shoot(page, 'audit-trail-filtered');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: /导出 Excel/ }).click(),
    ]);
    const file = `${SHOTS}/audit-export.xlsx`;
    await download.saveAs(file);
    const sheet = await sheetRows(file);
    expect(sheet[0]).toEqual(['审计日志']);
    expect(sheet[1]![0]).toContain('操作：新增镇（街道）');
    expect(sheet.slice(3)).toHaveLength(shown);
    expect(new Set(sheet.slice(3).map((row) => row[4]))).toEqual(new Set(['新增镇（街道）']));

    // A person: the administrator's own entries (none in a fresh demo: the system seeded it).
    await page.goto('/app/access-log');
    await rows.first().waitFor();
    await page.getByRole('combobox', { name: '事件' }).click();
    await page.locator('.ant-select-item-option[title="导出"]').click();
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain('审计日志');
    await page.getByRole('searchbox', { name: '用户（姓名或登录名）' }).fill('auditor');
    await page.keyboard.press('Enter');
    await expect.poll(() => rows.count()).toBe(1);
    await shoot(page, 'access-log-filtered');
    const [logDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: /导出 Excel/ }).click(),
    ]);
    await logDownload.saveAs(`${SHOTS}/access-export.xlsx`);
    const logSheet = await sheetRows(`${SHOTS}/access-export.xlsx`);
    expect(logSheet.slice(3).map((row) => row[4])).toEqual(['导出', '导出']);
    await context.close();
  });

  it('shows a citizen what they can do on the public pages, with the site’s footer and no dead links', async () => {
    const { context, page } = await newPage(browser, platform.url);
    const footer = page.locator('footer.site-footer');
    for (const path of ['/', '/rules', '/draws']) {
      await page.goto(path);
      await page.locator('main h1').first().waitFor();
      await footer.getByText('0371-6000 0000').waitFor();
      expect(await footer.getByRole('link', { name: '豫ICP备00000000号-1' }).getAttribute('href')).toBe(
        'https://beian.miit.gov.cn/',
      );
      expect(await footer.getByRole('link', { name: '帮助' }).getAttribute('href')).toBe('/rules#chapter-3');
      // Not configured, not shown; and no developer text anywhere on the page.
      expect(await footer.getByText(/邮箱|地址|公网安备/).count()).toBe(0);
      expect(await page.getByText(/npm run|docs\/|源代码|接口文档/).count(), path).toBe(0);
    }
    await shoot(page, 'public-draws-footer');

    // The rules: links only to public pages that exist, and the notice and winners said to be not open yet.
    await page.goto('/rules');
    const article3 = page.locator('#article-3');
    await article3.getByRole('link', { name: '专家抽取公示' }).waitFor();
    expect(await article3.getByRole('link', { name: '本年度评审公告' }).count()).toBe(0);
    await article3.getByText('公示和获奖名单页面尚未开放').waitFor();
    const hrefs = await page
      .locator('main a[href^="/"]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    for (const href of new Set(hrefs.map((h) => h.split('#')[0]!))) {
      const response = await page.request.get(href);
      expect(response.status(), href).toBe(200);
      await page.goto(href);
      expect(await page.getByText('页面不存在').count(), href).toBe(0);
    }
    await page.goto('/rules');
    await article3.scrollIntoViewIfNeeded();
    await shoot(page, 'rules-article-pages', false);
    await context.close();
  });

  it('shows the chair the rules and the scoring framework being approved, and lets the Office preview the announcement', async () => {
    const today = shanghaiDate(await platformNow(platform.url));
    const year = Number(today.slice(0, 4));
    const office = await signedInApi(platform.url, 'office');
    const draft = await office.call<{ id: string }>('POST', '/api/cycles', {
      rulesVersionId: 'jinshui-2011',
      frameworkId: 'gbt19580-2012',
      year,
      announcementDate: today,
      applicationDeadline: `${addDays(today, 40)}T17:00:00+08:00`,
      plan: { preliminaryCheckBy: addDays(today, 55) },
      announcement: {
        introduction: { zh: '现启动本年度区长质量奖评审工作（预览测试）。', en: 'The call (preview test).' },
        contacts: [{ name: '李娜', phone: '0371-65550000' }],
      },
    });

    const chair = await newPage(browser, platform.url);
    await signInThroughApi(chair.page, 'chair');
    await chair.page.goto(`/app/cycles/${draft.id}`);
    const criteria = chair.page.getByRole('region', { name: '待审定的评审标准' });
    await criteria.waitFor();
    await criteria.getByText('请审阅下列评审标准').waitFor();
    // The programme's numbers with their articles, and the framework's categories, items and points.
    await criteria.getByText('评奖细则：金水区区长质量奖评选实施细则（金政〔2011〕106号）').waitFor();
    await criteria.getByText(/评分框架：.*（7 个类目，23 个评分项，共 1000 分）/).waitFor();
    await criteria.locator('#parameters').getByText('第四条').first().waitFor();
    await criteria.locator('#framework').getByText('领导').first().waitFor();
    expect(await chair.page.getByText(/jinshui-2011|gbt19580-2012/).count()).toBe(0);
    await expectNoSeriousAxeViolations(chair.page, 'the criteria the chair approves');
    await shoot(chair.page, 'criteria-chair');
    await chair.page.locator('[data-move="criteria_approved"]').click();
    await afterAnimations(chair.page);
    await chair.page.getByRole('dialog').getByRole('button', { name: '审定评审标准' }).click();
    await chair.page.locator('.ant-tag').getByText('评审标准已审定').waitFor();
    await chair.context.close();

    // The Office previews the announcement before publishing: the page the public will see.
    const { context, page } = await newPage(browser, platform.url);
    await signInThroughApi(page, 'office');
    await page.goto(`/app/cycles/${draft.id}`);
    await page.getByRole('button', { name: '预览公告' }).click();
    const preview = page.locator('.ant-drawer');
    await preview.getByText('以下是发布后公众在公告页面看到的内容').waitFor();
    await preview.getByText('现启动本年度区长质量奖评审工作（预览测试）。').waitFor();
    const headings = (root: Page | ReturnType<Page['locator']>) =>
      root.locator('.announcement-banner h1, h2').allTextContents();
    await preview.locator('h2').first().waitFor();
    const previewed = await headings(preview);
    expect(previewed[0]).toContain(`${year} 年度`);
    await expectNoSeriousAxeViolations(page, 'the announcement preview');
    await shoot(page, 'announcement-preview', false);
    expect((await page.request.get(`/api/public/cycles`)).ok()).toBe(true);
    await office.call('POST', `/api/cycles/${draft.id}/stage`, { to: 'published' });
    await page.goto(`/cycles/${draft.id}`);
    await page.locator('main h2').first().waitFor();
    expect(await headings(page.locator('main'))).toEqual(previewed);
    await Promise.all([context.close(), office.context.dispose()]);
  });
});
