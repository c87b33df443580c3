import type { APIRequestContext, Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expertProfile } from '../api/support/expert-fixtures.js';
import { creditCode, seedAcceptedApplication, seedPublishedCycle } from '../api/support/seed-by-state.js';
import {
  afterAnimations,
  launchBrowser,
  newPage,
  PHONE,
  DESKTOP,
  screenshotBoth,
  signInThroughApi,
} from './support/browser.js';
import { DEMO_PASSWORD, startTestPlatform } from './support/platform.js';

const SHOTS = 'test-results/screenshots';

/** JSON calls with the session's CSRF token, sharing the page's cookies (seeding through the API). */
async function apiAs(request: APIRequestContext) {
  const session = (await (await request.get('/api/auth/session')).json()) as { csrfToken: string };
  const headers = { 'x-csrf-token': session.csrfToken };
  const call = async <T>(method: 'post' | 'get', path: string, data?: unknown): Promise<T> => {
    const response =
      method === 'get' ? await request.get(path) : await request.post(path, { headers, data: data ?? {} });
    if (!response.ok()) throw new Error(`${method} ${path}: ${response.status()} ${await response.text()}`);
    return (response.status() === 204 ? undefined : await response.json()) as T;
  };
  return {
    post: <T>(path: string, data?: unknown) => call<T>('post', path, data),
    get: <T>(path: string) => call<T>('get', path),
  };
}

/**
 * Waits for antd's finite animations (modal zoom, drop-downs) to end, then saves the page. An
 * infinite one (a spinner left in a button's leave motion) never ends, so it does not count.
 */
async function shot(page: Page, name: string, fullPage = true) {
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity),
  );
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage });
}

describe('the expert pool, conflicts and a verifiable panel draw', () => {
  let platform: Awaited<ReturnType<typeof startTestPlatform>>;
  let browser: Browser;
  let cycleId: string;
  let orgA: { organisationId: string; applicationId: string };
  let orgB: { organisationId: string; applicationId: string };
  const experts: { id: string; code: string }[] = [];
  let panelId = '';
  let drawId = '';

  beforeAll(async () => {
    platform = await startTestPlatform();
    browser = await launchBrowser();
    // Seeded by state: a published cycle with two accepted applications, and ten experts in
    // power and utilities (D, which the demo pool leaves empty) — 1–3 may lead, 4 works for applicant A, 9 is suspended, 10 disqualified.
    cycleId = await seedPublishedCycle(platform.db);
    orgA = await seedAcceptedApplication(platform.db, cycleId, {
      name: '郑州甲仪表有限公司',
      creditCode: creditCode(1),
    });
    orgB = await seedAcceptedApplication(platform.db, cycleId, {
      name: '郑州乙电子股份有限公司',
      creditCode: creditCode(2),
    });
    const { context, page } = await newPage(browser, platform.url);
    await signInThroughApi(page, 'office');
    const office = await apiAs(page.request);
    for (let n = 1; n <= 10; n += 1) {
      const created = await office.post<{ id: string; code: string }>(
        '/api/experts',
        expertProfile(n, {
          name: [
            '王建国',
            '李秀英',
            '张志强',
            '刘海燕',
            '陈国庆',
            '杨丽娟',
            '赵晓明',
            '黄文博',
            '周雪梅',
            '吴振宇',
          ][n - 1]!,
          industries: n === 5 ? ['D', 'M'] : ['D'],
          canLead: n <= 3,
          ...(n === 4 ? { employer: '郑州甲仪表有限公司', employerCreditCode: creditCode(1) } : {}),
        }),
      );
      experts.push(created);
    }
    await office.post(`/api/experts/${experts[8]!.id}/status`, {
      status: 'suspended',
      reason: '本年度出国访学',
    });
    await office.post(`/api/experts/${experts[9]!.id}/status`, {
      status: 'disqualified',
      reason: '上一年度评审中徇私舞弊',
    });
    await context.close();
  });

  afterAll(async () => {
    await browser?.close();
    await platform?.close();
  });

  it('shows the office the pool, the expert form, the import errors and the one-time password', async () => {
    const { context, page } = await newPage(browser, platform.url);
    await signInThroughApi(page, 'office');
    await screenshotBoth(page, '/app/experts', 'draws-experts', (p) => p.getByText('王建国').waitFor());
    await page.goto('/app');
    await page.locator('[data-role="office_staff"]').getByText('评审组与抽取').waitFor();
    await page.getByText('回避待确认').waitFor();
    await shot(page, 'draws-workspace-office-desktop');

    await page.goto('/app/experts');
    await page.getByRole('button', { name: '新增专家' }).click();
    await page.getByRole('dialog').getByLabel('身份证号码').waitFor();
    await shot(page, 'draws-expert-form-desktop', false);
    const drawer = page.getByRole('dialog');
    await drawer.getByRole('button', { name: '添加曾任职单位' }).click();
    await drawer.getByLabel('离职年份').waitFor();
    await drawer.locator('.ant-drawer-body').evaluate((body) => body.scrollTo(0, body.scrollHeight));
    await shot(page, 'draws-expert-form-lists-desktop', false);
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /取\s?消/ })
      .click();

    // A file that is not a spreadsheet: nothing imported, the problem listed in the table.
    await page.getByRole('button', { name: /导\s?入/ }).click();
    const importDialog = page.getByRole('dialog', { name: '从 Excel 导入专家' });
    await importDialog.locator('input[type=file]').setInputFiles({
      name: 'experts.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from('not a spreadsheet'),
    });
    await importDialog.getByRole('button', { name: '开始导入' }).click();
    await importDialog.getByRole('alert').filter({ hasText: '导入未执行' }).waitFor();
    await importDialog.getByRole('cell', { name: '文件', exact: true }).waitFor();
    await shot(page, 'draws-expert-import-desktop', false);
    await importDialog.getByRole('button', { name: /取\s?消/ }).click();

    // Editing loads the whole record: the identity number unmasked.
    const row = page.getByRole('row').filter({ hasText: '王建国' });
    await row.getByRole('button', { name: /编辑/ }).click();
    const identity = page.getByRole('dialog').getByLabel('身份证号码');
    await expect.poll(() => identity.inputValue()).toMatch(/^\d{17}[\dX]$/);
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /取\s?消/ })
      .click();

    await row.getByRole('button', { name: /更多/ }).click();
    await page.getByRole('menuitem', { name: '发放激活码' }).click();
    const codeDialog = page.getByRole('dialog').filter({ hasText: '激活码' });
    await codeDialog.getByRole('button', { name: '生成激活码' }).click();
    await codeDialog.getByTestId('activation-code').waitFor();
    expect(await codeDialog.getByTestId('activation-code').textContent()).toMatch(
      /^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/,
    );
    expect(await codeDialog.textContent()).toMatch(/zj\d{8}/);
    await shot(page, 'draws-expert-password-desktop', false);
    await context.close();
  });

  it('lets the office confirm a detected conflict with a reason', async () => {
    const { context, page } = await newPage(browser, platform.url);
    await signInThroughApi(page, 'office');
    await page.goto('/app/conflicts');
    await page.getByRole('button', { name: '自动识别回避' }).click();
    const row = page.getByRole('row').filter({ hasText: '刘海燕' });
    await row.waitFor();
    await screenshotBoth(page, `/app/conflicts?cycle=${cycleId}`, 'draws-conflicts', (p) =>
      p.getByRole('row').filter({ hasText: '刘海燕' }).waitFor(),
    );
    await row.getByRole('button', { name: '确认回避' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('理由').fill('现任职于该申报单位');
    await dialog.getByRole('button', { name: '确认回避' }).click();
    await page.getByRole('tab', { name: '已确认' }).click();
    await page.getByRole('row').filter({ hasText: '现任职于该申报单位' }).waitFor();
    await context.close();
  });

  it('plans a panel, freezes the pool, takes the supervisor’s value and draws', async () => {
    const { context, page } = await newPage(browser, platform.url);
    await signInThroughApi(page, 'office');
    await page.goto('/app/panels');
    await page.getByRole('button', { name: '规划评审组' }).click();
    const dialog = page.getByRole('dialog', { name: '规划评审组' });
    await afterAnimations(page);
    await dialog.getByLabel('组名').fill('电力一组');
    await dialog.getByLabel('行业门类').click();
    await page.locator('.ant-select-item-option[title="D 电力、热力、燃气及水生产和供应业"]').click();
    await dialog.locator('.ant-modal-title').click();
    await afterAnimations(page);
    await dialog.getByLabel('评审的申报').click();
    await page.locator('.ant-select-item-option[title="郑州甲仪表有限公司"]').click();
    await dialog.locator('.ant-modal-title').click();
    await shot(page, 'draws-plan-panel-desktop', false);
    await dialog.getByRole('button', { name: /提\s?交/ }).click();
    await page.waitForURL(/\/app\/panels\/[0-9a-f-]{36}$/);
    panelId = page.url().split('/').pop()!;
    await page.getByRole('button', { name: '冻结专家池并公布承诺' }).waitFor();
    await shot(page, 'draws-panel-planned-desktop');

    // Step 1: the pool, with every exclusion and its reason, and both hashes.
    await page.getByRole('button', { name: '冻结专家池并公布承诺' }).click();
    await page
      .getByRole('dialog', { name: '冻结专家池并公布承诺？' })
      .getByRole('button', { name: '冻结专家池并公布承诺' })
      .click();
    const step1 = page.locator('[data-step="freeze"]');
    await step1.getByText('秘密值承诺（SHA-256）').waitFor();
    await step1
      .getByRole('row')
      .filter({ hasText: '刘海燕' })
      .getByText(/回避：现任职单位/)
      .waitFor();
    await step1.getByRole('row').filter({ hasText: '周雪梅' }).getByText('已暂停').waitFor();
    await step1
      .getByRole('row')
      .filter({ hasText: '吴振宇' })
      .getByText(/已取消评审资格/)
      .waitFor();
    await shot(page, 'draws-panel-frozen-desktop');

    // Step 2: the supervisor's public value, fixed after the commitment; then the draw.
    const step2 = page.locator('[data-step="draw"]');
    await step2.getByLabel('公开值').fill('2026年11月26日 福彩3D 第2026318期 开奖号码 527');
    await step2.getByLabel('监督人姓名及单位').fill('区纪委监委 王监督');
    await step2.getByRole('button', { name: /抽\s?取/ }).click();
    await page
      .getByRole('dialog', { name: '以此公开值抽取？' })
      .getByRole('button', { name: /抽\s?取/ })
      .click();
    const result = page.locator('[data-step="result"]');
    await result.getByText('组长', { exact: true }).waitFor();
    expect(await result.locator('tbody tr.ant-table-row').count()).toBe(5);
    await step2.getByText('公开的秘密值').waitFor();
    await page.setViewportSize(DESKTOP);
    await shot(page, 'draws-panel-drawn-desktop');
    await page.setViewportSize(PHONE);
    await shot(page, 'draws-panel-drawn-phone');
    await page.setViewportSize(DESKTOP);

    const panel = await (
      await apiAs(page.request)
    ).get<{ draws: { id: string }[] }>(`/api/panels/${panelId}`);
    drawId = panel.draws[0]!.id;
    await screenshotBoth(page, `/app/panels?cycle=${cycleId}`, 'draws-panels', (p) =>
      p.getByRole('link', { name: '电力一组' }).waitFor(),
    );
    await context.close();
  });

  it('shows anyone the draw, and verifies it from the published inputs', async () => {
    const { context, page } = await newPage(browser, platform.url);
    await page.goto('/draws');
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '抽取公示' }).waitFor();
    await page.getByRole('link', { name: '电力一组' }).click();
    await page.waitForURL(`${platform.url}/draws/${drawId}`);
    await page.getByRole('button', { name: '核验这次抽取' }).click();
    const verdict = page.getByRole('status').filter({ hasText: '核验通过' });
    await verdict.waitFor();
    expect(await verdict.textContent()).toContain('✓');
    await shot(page, 'draws-public-verified-desktop');
    await page.setViewportSize(PHONE);
    await shot(page, 'draws-public-verified-phone');
    await page.setViewportSize(DESKTOP);

    // The published JSON, at the fixed address the page gives a citizen to pass on (no commands).
    const published = await (await page.request.get(`/api/public/draws/${drawId}`)).json();
    expect(published.drawn.secret).toMatch(/^[0-9a-f]{64}$/);
    await page.getByText(`${platform.url}/api/public/draws/${drawId}`).waitFor();
    expect(await page.getByText(/npm run|docs\//).count()).toBe(0);
    // The same page in English.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Verify this draw' }).click();
    await page.getByRole('status').filter({ hasText: 'Verified' }).waitFor();
    await shot(page, 'draws-public-verified-en-desktop');
    await page.getByRole('button', { name: '中文' }).click();

    // An outcome altered in the database: the page says which step fails and what differs.
    const original = published.drawn.outcome as { leader: string; members: string[]; reserves: string[] };
    const alter = (outcome: unknown) =>
      platform.db.transaction(async (tx) => {
        await tx.query('ALTER TABLE draw_results DISABLE TRIGGER draw_results_no_update');
        await tx.query('UPDATE draw_results SET outcome = $1 WHERE commitment_id = $2', [
          JSON.stringify(outcome),
          drawId,
        ]);
        await tx.query('ALTER TABLE draw_results ENABLE TRIGGER draw_results_no_update');
      });
    await alter({ ...original, members: [original.reserves[0], ...original.members.slice(1)] });
    await page.reload();
    await page.getByRole('button', { name: '核验这次抽取' }).click();
    const failure = page.getByRole('alert').filter({ hasText: '核验未通过' });
    await failure.waitFor();
    expect(await failure.textContent()).toContain('抽取结果');
    await failure.getByRole('row').filter({ hasText: '评审员 1' }).waitFor();
    await shot(page, 'draws-public-altered-desktop');
    await alter(original);

    await screenshotBoth(page, '/draws', 'draws-public-list', (p) =>
      p.getByRole('link', { name: '电力一组' }).waitFor(),
    );
    await context.close();
  });

  it('says why a pool is too small, naming the industry and the shortfall', async () => {
    const { context, page } = await newPage(browser, platform.url);
    await signInThroughApi(page, 'office');
    const office = await apiAs(page.request);
    const panel = await office.post<{ id: string }>(`/api/cycles/${cycleId}/panels`, {
      name: '电力二组',
      industries: ['D'],
      applicationIds: [orgB.applicationId],
      size: 7,
      reserves: 20,
    });
    await page.goto(`/app/panels/${panel.id}`);
    await page.getByRole('button', { name: '冻结专家池并公布承诺' }).click();
    await page
      .getByRole('dialog', { name: '冻结专家池并公布承诺？' })
      .getByRole('button', { name: '冻结专家池并公布承诺' })
      .click();
    const refusal = page.getByRole('alert').filter({ hasText: '专家不足' });
    await refusal.waitFor();
    expect(await refusal.textContent()).toMatch(/电力、热力、燃气及水生产和供应业.*缺 \d+ 名/);
    await shot(page, 'draws-panel-too-small-desktop');
    await context.close();
  });

  it('lets a drawn expert confirm, accept the undertaking and see the panel’s applications', async () => {
    const office = await newPage(browser, platform.url);
    await signInThroughApi(office.page, 'office');
    const officeApi = await apiAs(office.page.request);
    const panel = await officeApi.get<{
      draws: { drawn: { outcome: { leader: string; members: string[] } } }[];
    }>(`/api/panels/${panelId}`);
    const { leader, members } = panel.draws[0]!.drawn.outcome;
    const signInExpert = async (code: string) => {
      const expert = experts.find((e) => e.code === code)!;
      const issued = await officeApi.post<{ username: string; code: string }>(
        `/api/experts/${expert.id}/activation`,
      );
      const session = await newPage(browser, platform.url);
      const client = await apiAs(session.page.request);
      // The expert sets their own password with the code, then signs in.
      await client.post('/api/auth/activate', {
        username: issued.username,
        code: issued.code,
        newPassword: DEMO_PASSWORD,
      });
      await client.post('/api/auth/sign-in', { username: issued.username, password: DEMO_PASSWORD });
      return session;
    };

    const { context, page } = await signInExpert(leader);
    await screenshotBoth(page, '/app/invitations', 'draws-invitations', (p) =>
      p.getByRole('button', { name: '确认参加' }).waitFor(),
    );
    await page.getByRole('button', { name: '确认参加' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '确认参加' }).click();
    await page.getByRole('heading', { name: '评审专家保密与公正承诺书' }).waitFor();
    await shot(page, 'draws-undertaking-desktop');
    await page.setViewportSize(PHONE);
    await shot(page, 'draws-undertaking-phone');
    await page.setViewportSize(DESKTOP);
    await page.getByRole('button', { name: '我已阅读并接受' }).click();
    await page.getByRole('link', { name: '郑州甲仪表有限公司' }).waitFor();
    expect(await page.getByRole('link', { name: '郑州甲仪表有限公司' }).getAttribute('href')).toBe(
      `/app/applications/${orgA.applicationId}`,
    );
    await shot(page, 'draws-invitation-accepted-desktop');
    await context.close();

    // A member declines with a reason; the office fills the seat from the reserves in drawn order.
    const member = await signInExpert(members[0]!);
    await member.page.goto('/app/invitations');
    await member.page.getByRole('button', { name: '谢绝' }).click();
    const dialog = member.page.getByRole('dialog');
    await dialog.getByLabel('谢绝理由').fill('评审期间在外地出差');
    await dialog.getByRole('button', { name: /谢\s?绝/ }).click();
    await member.page.getByText('您已谢绝本组评审。').waitFor();
    await member.context.close();

    await office.page.goto(`/app/panels/${panelId}`);
    const result = office.page.locator('[data-step="result"]');
    await result.getByRole('button', { name: '由备选递补' }).click();
    await office.page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /确\s?定/ })
      .click();
    await result.getByText('已递补').waitFor();
    await result.getByText(/谢绝：评审期间在外地出差/).waitFor();
    await shot(office.page, 'draws-panel-replaced-desktop');
    await office.context.close();
  });
});
