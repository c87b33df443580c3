import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { creditCode, seedAcceptedApplication } from '../api/support/seed-by-state.js';
import { publishCycle, seedApplication, signedInApi } from './intake-support.js';
import { describeFindings, seriousAxeFindings, type AxeFinding } from './support/axe.js';
import {
  afterAnimations,
  DESKTOP,
  launchBrowser,
  newPage,
  PHONE,
  signInThroughApi,
} from './support/browser.js';
import { platformNow, startTestPlatform } from './support/platform.js';

/**
 * GB/T 37668-2019 (WCAG 2.1 AA): every distinct page of every role, at desktop and phone widths in
 * Chinese and once more in English, has no serious or critical axe-core finding.
 */
const ROLES = [
  'admin',
  'office',
  'expert',
  'member',
  'chair',
  'approver',
  'auditor',
  'town',
  'dept',
  'applicant',
] as const;

const PASSES = [
  { label: 'zh-CN desktop', locale: 'zh-CN', size: DESKTOP },
  { label: 'zh-CN phone', locale: 'zh-CN', size: PHONE },
  { label: 'en desktop', locale: 'en', size: DESKTOP },
] as const;

/** Waits until the page has its data: no request in flight, no spinner, no running animation. */
async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.locator('main').first().waitFor();
  await page.waitForFunction(() => !document.querySelector('.ant-spin-spinning, .ant-skeleton-active'));
  await afterAnimations(page);
}

/** Visits each path in each pass and returns every serious or critical finding, by page. */
async function audit(page: Page, paths: string[]): Promise<string[]> {
  const report: string[] = [];
  for (const pass of PASSES) {
    await page.setViewportSize(pass.size);
    await page.evaluate((locale) => localStorage.setItem('qa.locale', locale), pass.locale);
    for (const path of paths) {
      await page.goto(path);
      await settled(page);
      const findings: AxeFinding[] = await seriousAxeFindings(page);
      if (findings.length) report.push(`${path} (${pass.label}):\n${describeFindings(findings)}`);
    }
  }
  await page.setViewportSize(DESKTOP);
  await page.evaluate(() => localStorage.setItem('qa.locale', 'zh-CN'));
  return report;
}

/** The workspace pages a person's side menu links to, read from the page itself. */
async function menuPaths(page: Page): Promise<string[]> {
  await page.goto('/app');
  await settled(page);
  const hrefs = await page
    .locator('.workspace-sider a[href^="/app"]')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
  return [...new Set(hrefs)];
}

describe('accessibility (GB/T 37668-2019, WCAG 2.1 AA) of every page of every role', () => {
  let platform: Awaited<ReturnType<typeof startTestPlatform>>;
  let browser: Browser;
  const detailPages: Partial<Record<(typeof ROLES)[number], string[]>> = {};
  let publicPaths: string[] = [];

  beforeAll(async () => {
    platform = await startTestPlatform();
    browser = await launchBrowser();
    // Data where it matters: a published cycle, the demo applicant's endorsed application, an
    // accepted one, and a panel drawn from the demo pool.
    const now = await platformNow(platform.url);
    const cycleId = await publishCycle(platform.url, new Date(now.getTime() + 30 * 86_400_000));
    const applicant = await signedInApi(platform.url, 'applicant');
    const applicationId = await seedApplication(platform.url, applicant, cycleId, { endorse: true });
    await applicant.context.dispose();
    const accepted = await seedAcceptedApplication(platform.db, cycleId, {
      name: '郑州无障碍测试有限公司',
      creditCode: creditCode(37668),
    });
    const office = await signedInApi(platform.url, 'office');
    const panel = await office.call<{ id: string }>('POST', `/api/cycles/${cycleId}/panels`, {
      name: '制造一组',
      industries: ['C'],
      applicationIds: [accepted.applicationId],
      size: 5,
      reserves: 2,
    });
    await office.call('POST', `/api/panels/${panel.id}/freeze`, {});
    await office.call('POST', `/api/panels/${panel.id}/draw`, {
      publicValue: '福彩3D 第2026318期 开奖号码 527',
      supervisorName: '区纪委监委 王监督',
    });
    const { draws } = await office.call<{ draws: { id: string }[] }>('GET', `/api/panels/${panel.id}`);
    await office.context.dispose();

    detailPages.office = [
      `/app/cycles/${cycleId}`,
      `/app/applications/${applicationId}`,
      `/app/panels/${panel.id}`,
    ];
    detailPages.town = [`/app/endorsements/${applicationId}`];
    detailPages.dept = [`/app/endorsements/${applicationId}`];
    publicPaths = [
      '/',
      '/rules',
      `/cycles/${cycleId}`,
      '/register',
      '/sign-in',
      '/activate',
      '/reset-password',
      '/draws',
      `/draws/${draws[0]!.id}`,
    ];
  });

  afterAll(async () => {
    await browser?.close();
    await platform?.close();
  });

  it('has no serious or critical finding on the public pages', async () => {
    const { context, page } = await newPage(browser, platform.url);
    await page.goto('/');
    const report = await audit(page, [...publicPaths, '/no-such-page']);
    await context.close();
    expect(report.join('\n'), 'axe-core findings').toBe('');
  }, 300_000);

  for (const role of ROLES) {
    it(`has no serious or critical finding on the pages of ${role}`, async () => {
      const { context, page } = await newPage(browser, platform.url);
      await signInThroughApi(page, role);
      const paths = [...(await menuPaths(page)), ...(detailPages[role] ?? [])];
      expect(paths).toContain('/app/account');
      const report = await audit(page, paths);

      // The phone's menu drawer, open.
      await page.setViewportSize(PHONE);
      await page.goto('/app');
      await settled(page);
      await page.getByRole('button', { name: '打开菜单' }).click();
      await afterAnimations(page);
      const drawer = await seriousAxeFindings(page);
      if (drawer.length) report.push(`/app menu drawer (phone):\n${describeFindings(drawer)}`);
      await context.close();
      expect(report.join('\n'), `axe-core findings for ${role}`).toBe('');
    }, 300_000);
  }
});
