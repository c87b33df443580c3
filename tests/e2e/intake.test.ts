import type { Browser, Page } from 'playwright-core';
import { addDays, shanghaiDate } from '../../src/platform/kernel/time.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  apiPerson,
  choose,
  completeForm,
  creditCode,
  pdfBytes,
  pickDate,
  publishCycle,
  signInWithPassword,
} from './intake-support.js';
import {
  afterAnimations,
  launchBrowser,
  newPage,
  screenshotBoth,
  signInThroughApi,
} from './support/browser.js';
import { platformNow, platformYear, startTestPlatform } from './support/platform.js';

const ORG = '郑州恒信精密制造有限公司';
const PASSWORD = 'Apply#2026quality';
const DAY = 86_400_000;

/** The popconfirm's own button (the trigger has the same name). */
async function confirm(page: Page, name: string): Promise<void> {
  await afterAnimations(page);
  await page.locator('.ant-popconfirm').getByRole('button', { name }).click();
}

describe('intake in the browser: register, fill in, endorse, submit, and the preliminary check', () => {
  let platform: Awaited<ReturnType<typeof startTestPlatform>>;
  let browser: Browser;
  let applicationId: string;

  beforeAll(async () => {
    platform = await startTestPlatform();
    browser = await launchBrowser();
    await publishCycle(platform.url, new Date((await platformNow(platform.url)).getTime() + 30 * DAY));
  });

  afterAll(async () => {
    await browser?.close();
    await platform?.close();
  });

  it('registers an organisation by its credit code, checked as it is typed, and signs it in', async () => {
    const { context, page } = await newPage(browser, platform.url);
    await screenshotBoth(page, '/register', 'intake-register', (p) =>
      p.getByLabel('统一社会信用代码').waitFor(),
    );
    const code = creditCode(101);
    const codeField = page.getByLabel('统一社会信用代码');
    await codeField.fill(code.slice(0, 17) + (code.endsWith('0') ? '1' : '0'));
    await page.getByText('校验码（第 18 位）与前 17 位不符').waitFor();
    await codeField.fill(code.toLowerCase());
    await page.getByText('代码校验通过（行政区划码 410105）').waitFor();

    await page.getByLabel('单位名称').fill(ORG);
    await choose(page, page.getByLabel('所属行业（GB/T 4754 门类）'), '制造', 'C 制造业');
    await choose(page, page.getByLabel('所在镇（街道）'), '庙李', '庙李镇');
    await choose(page, page.getByLabel('主管部门'), '市场监督', '区市场监督管理局');
    await pickDate(page, page.getByLabel('成立日期'), '2010-03-15');
    await page.getByLabel('法定代表人').fill('王建国');
    await page.getByLabel('单位地址').fill('郑州市金水区花园路 100 号');
    await page.getByLabel('联系人姓名').fill('李敏');
    await page.getByLabel('联系电话').fill('0371-66668888');
    await page.getByLabel('电子邮箱').fill('limin@example.cn');
    await page.getByLabel('用户名').fill('hengxin');
    await page.getByLabel('显示名称').fill('恒信精密 李敏');
    await page.getByLabel('密码', { exact: true }).fill(PASSWORD);
    await page.getByLabel('确认密码').fill(PASSWORD);
    await page.getByRole('button', { name: '注册并开始申报' }).click();

    await page.waitForURL(`${platform.url}/app/application`);
    await page.getByRole('button', { name: '开始填写申报' }).click();
    await page.getByTestId('checklist').waitFor();
    const mine = await (await page.request.get('/api/organisations/mine')).json();
    expect(mine).toMatchObject({ creditCode: code, name: ORG });
    applicationId = (
      (await (await page.request.get('/api/applications')).json()) as { items: { id: string }[] }
    ).items[0]!.id;
    await context.close();
  });

  it('fills in the form — most through the API, the overview, a declaration and the report in the page — and asks for endorsement', async () => {
    const { context, page } = await newPage(browser, platform.url);
    await signInWithPassword(page, 'hengxin', PASSWORD);
    const applicant = await apiPerson(page.request);
    const evidence = await applicant.upload(
      applicationId,
      'evidence',
      '营业执照.pdf',
      await pdfBytes('licence'),
    );
    const current = await applicant.call<{ revision: number }>('GET', `/api/applications/${applicationId}`);
    const lastYear = (await platformYear(platform.url)) - 1;
    const form = completeForm('00000000-0000-0000-0000-000000000000', evidence.id, lastYear);
    delete form.declarations['tax-evasion'];
    await applicant.call('PUT', `/api/applications/${applicationId}/form`, {
      revision: current.revision,
      form: { ...form, overview: '', selfAssessmentReportFileId: null },
    });

    await page.goto('/app/application');
    await page.getByText('6/9 项已完成').waitFor();
    await page.screenshot({
      path: 'test-results/screenshots/intake-application-draft-desktop.png',
      fullPage: true,
    });

    // The overview, counted in characters as people count them (an emoji is one).
    const overview = '恒信精密成立于2010年，专注精密仪表研发与制造，质量管理体系运行十余年。😀';
    await page.getByLabel('单位概述', { exact: true }).fill(overview);
    await page
      .getByTestId('overview-count')
      .getByText(`${[...overview].length} / 3000 字`)
      .waitFor();

    // One declaration typed in the page.
    const art97 = page.locator('[data-clause="tax-evasion"]');
    await art97.getByRole('radio', { name: '不存在该情形' }).check();
    await art97.getByLabel('第九条(七) 说明').fill('已取得税务机关出具的无欠税证明');

    // A renamed file is refused by the server, and the refusal stands beside the upload.
    await art97.locator('input[type=file]').setInputFiles({
      name: '完税证明.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('not really a PDF'),
    });
    await art97.getByRole('alert').filter({ hasText: '“完税证明.pdf”上传失败' }).waitFor();

    // The full report, uploaded through the page.
    await page.locator('#field-selfAssessmentReportFileId input[type=file]').setInputFiles({
      name: '自评报告.pdf',
      mimeType: 'application/pdf',
      buffer: await pdfBytes('Self-assessment report'),
    });
    await page
      .locator('#field-selfAssessmentReportFileId')
      .getByRole('link', { name: '自评报告.pdf' })
      .waitFor();
    await page.getByText('9/9 项已完成').waitFor();
    await page.getByTestId('saved-at').waitFor();
    expect(await page.getByTestId('saved-at').textContent()).toMatch(/已保存 \d\d:\d\d:\d\d/);

    // A reload shows what was saved: nothing typed is lost.
    await page.reload();
    await page.getByText('9/9 项已完成').waitFor();
    expect(await page.getByLabel('单位概述', { exact: true }).inputValue()).toBe(overview);

    await page.getByRole('button', { name: '提请推荐' }).click();
    await confirm(page, '提请推荐');
    await page.getByTestId('status-card').getByText('已提请推荐，正在等待').waitFor();
    await page.locator('[data-status="awaiting_endorsement"]').first().waitFor();
    await context.close();
  });

  it('gets the opinions of the town and the department, each given in the endorser’s queue', async () => {
    for (const [username, document] of [
      ['town', false],
      ['dept', true],
    ] as const) {
      const { context, page } = await newPage(browser, platform.url);
      await signInThroughApi(page, username);
      if (username === 'town') {
        await screenshotBoth(page, '/app/endorsements', 'intake-endorsements', (p) =>
          p.getByRole('row').filter({ hasText: ORG }).waitFor(),
        );
      } else await page.goto('/app/endorsements');
      await page
        .getByRole('row')
        .filter({ hasText: ORG })
        .getByRole('button', { name: '审阅并签署' })
        .click();
      const form = page.getByTestId('opinion-form');
      await form.waitFor();
      if (username === 'town') {
        await page.screenshot({
          path: 'test-results/screenshots/intake-endorse-review-desktop.png',
          fullPage: true,
        });
      }
      await form
        .locator('.ant-radio-button-wrapper')
        .filter({ hasText: /^同意推荐$/ })
        .click();
      await form.getByLabel('意见说明').fill(username === 'town' ? '同意推荐' : '同意，符合行业要求');
      if (document) {
        await form.locator('input[type=file]').setInputFiles({
          name: '推荐意见书.pdf',
          mimeType: 'application/pdf',
          buffer: await pdfBytes('Signed opinion'),
        });
        await form.getByRole('link', { name: '推荐意见书.pdf' }).waitFor();
      }
      await form.getByRole('button', { name: '提交意见' }).click();
      await page.getByRole('dialog').getByRole('button', { name: '同意推荐' }).click();
      await page.getByText('您的意见已记录').waitFor();
      await context.close();
    }
  });

  it('submits in time and shows the receipt: number, time and content hash, with its PDF', async () => {
    const { context, page } = await newPage(browser, platform.url);
    await signInWithPassword(page, 'hengxin', PASSWORD);
    await page.goto('/app/application');
    await page.locator('[data-status="endorsed"]').first().waitFor();
    await page.getByRole('button', { name: '提交申报' }).click();
    await confirm(page, '提交申报');
    const receipt = page.getByTestId('receipt');
    await receipt.waitFor();
    expect(await receipt.textContent()).toMatch(/ZLJ\d{4}-\d{6}/);
    expect(await receipt.textContent()).toMatch(/[0-9a-f]{64}/);
    const href = await receipt.getByRole('link', { name: /下载回执/ }).getAttribute('href');
    const pdf = await page.request.get(href!);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 4).toString()).toBe('%PDF');
    await screenshotBoth(page, '/app/application', 'intake-application-submitted', (p) =>
      p.getByTestId('receipt').waitFor(),
    );
    await context.close();
  });

  it('returns the application in the preliminary check, then accepts it after resubmission', async () => {
    const office = await newPage(browser, platform.url);
    await signInThroughApi(office.page, 'office');
    await screenshotBoth(office.page, '/app/applications', 'intake-applications', (p) =>
      p.getByRole('row').filter({ hasText: ORG }).waitFor(),
    );
    await office.page
      .getByRole('row')
      .filter({ hasText: ORG })
      .getByRole('button', { name: /初\s?审/ })
      .click();
    const decision = office.page.getByTestId('decision-form');
    await decision.waitFor();
    await office.page.screenshot({
      path: 'test-results/screenshots/intake-check-desktop.png',
      fullPage: true,
    });
    await decision.locator('.ant-radio-button-wrapper').filter({ hasText: '退回修改' }).click();
    const tomorrow = addDays(shanghaiDate(await platformNow(platform.url)), 1);
    await pickDate(office.page, decision.getByLabel('重新提交期限'), tomorrow);
    await decision.getByLabel('需要修改的内容').fill('请补充近三年产品检验报告');
    await decision.getByRole('button', { name: '提交初审决定' }).click();
    await office.page.getByRole('dialog').getByRole('button', { name: '退回修改' }).click();
    await office.page.locator('[data-status="returned"]').first().waitFor();

    const applicant = await newPage(browser, platform.url);
    await signInWithPassword(applicant.page, 'hengxin', PASSWORD);
    await applicant.page.goto('/app/application');
    const returned = applicant.page.getByTestId('office-return');
    await returned.getByText('请补充近三年产品检验报告').waitFor();
    expect(await returned.textContent()).toContain(`请于 ${tomorrow} 23:59:59（北京时间）前重新提交`);
    await applicant.page.screenshot({
      path: 'test-results/screenshots/intake-application-returned-desktop.png',
      fullPage: true,
    });
    await applicant.page.getByRole('button', { name: '重新提交' }).click();
    await confirm(applicant.page, '重新提交');
    await applicant.page.getByTestId('receipt').getByText('此前提交的 1 个版本').waitFor();
    await applicant.context.close();

    await office.page.reload();
    await decision.waitFor();
    await decision
      .locator('.ant-radio-button-wrapper')
      .filter({ hasText: /^通过$/ })
      .click();
    // Every clause still 待核实 gets a note of what was checked.
    const view = await (await office.page.request.get(`/api/applications/${applicationId}`)).json();
    const open = (view.eligibility.results as { verdict: string }[]).filter(
      (r) => r.verdict === 'needs-check',
    );
    const notes = decision.getByTestId('clauses-to-check').getByRole('textbox');
    await expect.poll(() => notes.count()).toBe(open.length);
    for (let n = 0; n < open.length; n++) await notes.nth(n).fill('已核对证明材料');
    await decision.getByRole('button', { name: '提交初审决定' }).click();
    await office.page
      .getByRole('dialog')
      .getByRole('button', { name: /^通\s?过$/ })
      .click();
    await office.page.locator('[data-status="accepted"]').first().waitFor();
    await office.context.close();
  });
});
