import type { Browser, Page } from 'playwright-core';
import { addDays, shanghaiDate } from '../../src/platform/kernel/time.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatShanghaiDateTime } from '../../src/platform/kernel/time.js';
import { formatDateTime } from '../../web/src/i18n/format.js';
import { pickDate, publishCycle, seedApplication, signedInApi } from './intake-support.js';
import {
  afterAnimations,
  launchBrowser,
  newPage,
  screenshotBoth,
  signInThroughApi,
} from './support/browser.js';
import { platformNow, platformYear, startTestPlatform } from './support/platform.js';

const DAY = 86_400_000;

/** The popconfirm's own button (the trigger has the same name). */
async function confirm(page: Page, name: string): Promise<void> {
  await afterAnimations(page);
  await page.locator('.ant-popconfirm').getByRole('button', { name }).click();
}

describe('intake in the browser: the announcement, the Office’s cycles, the chair’s approval, a late submission', () => {
  let platform: Awaited<ReturnType<typeof startTestPlatform>>;
  let browser: Browser;
  let cycleId: string;

  beforeAll(async () => {
    platform = await startTestPlatform();
    browser = await launchBrowser();
    cycleId = await publishCycle(
      platform.url,
      new Date((await platformNow(platform.url)).getTime() + 30 * DAY),
    );
  });

  afterAll(async () => {
    await browser?.close();
    await platform?.close();
  });

  it('announces the cycle on the home page and on its own page, with the deadline and a countdown', async () => {
    const { context, page } = await newPage(browser, platform.url);
    await screenshotBoth(page, '/', 'intake-home', (p) =>
      p.getByTestId('published-cycle').getByRole('timer').waitFor(),
    );
    const card = page.getByTestId('published-cycle');
    expect(await card.textContent()).toContain('正在受理申报');
    expect(await card.getByRole('timer').textContent()).toMatch(/距截止还有 \d+ 天 \d\d:\d\d:\d\d/);
    await card.getByRole('button', { name: '查看申报公告' }).click();
    await page.waitForURL(`${platform.url}/cycles/${cycleId}`);
    await page.locator('#conditions').getByText('获得区有关主管部门推荐').waitFor();
    expect(await page.locator('#exclusions').textContent()).toContain('有偷税漏税行为的');
    expect(await page.locator('#materials').textContent()).toContain('不超过 3000 字');
    expect(await page.locator('#contacts').textContent()).toContain('0371-65550000');
    await screenshotBoth(page, `/cycles/${cycleId}`, 'intake-announcement', (p) =>
      p.locator('#schedule').waitFor(),
    );
    await context.close();
  });

  it('shows the Office its cycles and the chair the approval of the criteria', async () => {
    const office = await newPage(browser, platform.url);
    await signInThroughApi(office.page, 'office');
    await screenshotBoth(office.page, '/app/cycles', 'intake-cycles', (p) =>
      p.getByRole('button', { name: '新建周期' }).waitFor(),
    );
    await screenshotBoth(office.page, '/app/cycles/new', 'intake-cycle-form', (p) =>
      p.getByText('日期安排').waitFor(),
    );
    const nextYear = (await platformYear(platform.url)) + 1;
    const draft = await (
      await signedInApi(platform.url, 'office')
    ).call<{ id: string }>('POST', '/api/cycles', {
      rulesVersionId: 'jinshui-2011',
      frameworkId: 'gbt19580-2012',
      year: nextYear,
      announcementDate: `${nextYear}-03-01`,
      applicationDeadline: `${nextYear}-05-31T17:00:00+08:00`,
      plan: {},
      announcement: {},
    });
    await office.context.close();

    const chair = await newPage(browser, platform.url);
    await signInThroughApi(chair.page, 'chair');
    await chair.page.goto('/app/cycles');
    await chair.page.getByText('1 个周期待您审定评审标准').waitFor();
    await chair.page.screenshot({
      path: 'test-results/screenshots/intake-cycles-chair-desktop.png',
      fullPage: true,
    });
    await chair.page.locator('[data-move="criteria_approved"]').click();
    await chair.page.getByRole('dialog').getByRole('button', { name: '审定评审标准' }).click();
    await chair.page.getByRole('row').filter({ hasText: '评审标准已审定' }).waitFor();
    const approved = await (await chair.page.request.get(`/api/cycles/${draft.id}`)).json();
    expect(approved.stage).toBe('criteria_approved');
    await chair.context.close();
  });

  it('refuses a submission after the deadline, saying when it closed; an extension for the applicant lets it in', async () => {
    const api = await signedInApi(platform.url, 'applicant');
    const applicationId = await seedApplication(platform.url, api, cycleId, { endorse: true });
    await api.context.dispose();

    const { context, page } = await newPage(browser, platform.url);
    await signInThroughApi(page, 'applicant');
    await page.goto('/app/application');
    const submit = page.getByRole('button', { name: '提交申报' });
    await submit.waitFor();
    expect(await submit.isEnabled()).toBe(true);

    // The deadline passes while the page is open.
    const deadline = new Date((await platformNow(platform.url)).getTime() - 2000);
    await platform.db.query('UPDATE cycles SET application_deadline = $2 WHERE id = $1', [cycleId, deadline]);
    await submit.click();
    await confirm(page, '提交申报');
    const refusal = page.getByRole('alert').filter({ hasText: '不能进行此操作' });
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain(
      `申报已于 ${formatShanghaiDateTime(deadline)}（北京时间）截止`,
    );
    expect(await refusal.textContent()).toContain('第十四条');

    await page.reload();
    const closed = page.getByTestId('deadline-passed');
    await closed.waitFor();
    expect(await closed.textContent()).toContain(formatDateTime(deadline.toISOString(), 'zh-CN'));
    expect(await page.getByRole('button', { name: '提交申报' }).isDisabled()).toBe(true);
    expect(await page.getByTestId('receipt').count()).toBe(0);
    await screenshotBoth(page, '/app/application', 'intake-late', (p) =>
      p.getByTestId('deadline-passed').waitFor(),
    );

    // The Office extends the deadline for this applicant alone, with a written reason …
    const office = await newPage(browser, platform.url);
    await signInThroughApi(office.page, 'office');
    await office.page.goto(`/app/applications/${applicationId}`);
    const tomorrow = addDays(shanghaiDate(await platformNow(platform.url)), 1);
    await pickDate(office.page, office.page.getByLabel('截止日期'), tomorrow);
    await office.page.getByLabel('延期理由').fill('系统故障导致未能按时提交，经核实予以延期');
    await office.page.getByRole('button', { name: '登记延期' }).click();
    await office.page.getByText(`当前延长至 ${tomorrow} 17:00:00`).waitFor();
    await office.context.close();

    // … and the applicant submits within it.
    await page.reload();
    await page.getByText('办公室已为本单位延长期限').waitFor();
    await page.getByRole('button', { name: '提交申报' }).click();
    await confirm(page, '提交申报');
    await page.getByTestId('receipt').waitFor();
    await context.close();
  });
});
