import { mkdirSync, readFileSync } from 'node:fs';
import { request, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expertProfile } from '../api/support/expert-fixtures.js';
import { registration } from '../api/support/intake-fixtures.js';
import { endorserScope } from '../api/support/concurrency-fixtures.js';
import {
  completeForm,
  creditCode,
  pdfBytes,
  publishCycle,
  seedApplication,
  signedInApi,
  type ApiPerson,
} from './intake-support.js';
import {
  afterAnimations,
  DESKTOP,
  expectNoHorizontalOverflow,
  launchBrowser,
  newPage,
  PHONE,
  signInThroughApi,
} from './support/browser.js';
import { expectNoSeriousAxeViolations } from './support/axe.js';
import { DEMO_PASSWORD, platformNow, platformYear, startTestPlatform } from './support/platform.js';

/**
 * Issue 14, items 1–4: the steps people met in the walk-through, each taken as its person takes
 * it, in Chinese, at desktop and phone width (screenshots in /tmp/walkflow-shots).
 */
const SHOTS = '/tmp/walkflow-shots';
const DAY = 86_400_000;
const OTHER_ORG = '郑州宏达环保科技有限公司';
const UNEVIDENCED = ['no-major-accident', 'against-policy', 'liability-accident'] as const;

/** The page (or the dialog on it) at 1366 and at 390 wide: fitting each width, no serious axe finding. */
async function both(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  for (const [label, size] of [
    ['1366', DESKTOP],
    ['390', PHONE],
  ] as const) {
    await page.setViewportSize(size);
    await afterAnimations(page);
    await expectNoHorizontalOverflow(page, `${name} (${label})`);
    await expectNoSeriousAxeViolations(page, `${name} (${label})`);
    await page.screenshot({ path: `${SHOTS}/${name}-${label}.png`, fullPage: true });
    // What the person sees first, without scrolling (a whole phone page is too long to look at).
    await page.screenshot({ path: `${SHOTS}/${name}-${label}-view.png` });
  }
  await page.setViewportSize(DESKTOP);
  await afterAnimations(page);
}

describe('walking the process: the steps that stopped or misled people (issue 14.1–14.4)', () => {
  let platform: Awaited<ReturnType<typeof startTestPlatform>>;
  let browser: Browser;
  let cycleId: string;
  /** The demo applicant's application, submitted and waiting for the preliminary check. */
  let submittedId: string;
  /** Another organisation's application, waiting for the endorsers. */
  let awaitingId: string;
  let other: ApiPerson;
  let otherPassword = '';

  beforeAll(async () => {
    platform = await startTestPlatform();
    browser = await launchBrowser();
    cycleId = await publishCycle(
      platform.url,
      new Date((await platformNow(platform.url)).getTime() + 30 * DAY),
    );
    // The demo applicant declares three clauses without evidence: the engine leaves them 待核实.
    const applicant = await signedInApi(platform.url, 'applicant');
    const started = await applicant.call<{ id: string; revision: number }>('POST', '/api/applications', {
      cycleId,
    });
    submittedId = started.id;
    const report = await applicant.upload(
      submittedId,
      'self-assessment-report',
      '自评报告.pdf',
      await pdfBytes(),
    );
    const evidence = await applicant.upload(
      submittedId,
      'evidence',
      '营业执照.pdf',
      await pdfBytes('licence'),
    );
    const draft = completeForm(report.id, evidence.id, (await platformYear(platform.url)) - 1);
    for (const clause of UNEVIDENCED) draft.declarations[clause] = { compliant: true, note: '', fileIds: [] };
    await applicant.call('PUT', `/api/applications/${submittedId}/form`, {
      revision: started.revision,
      form: draft,
    });
    await applicant.call('POST', `/api/applications/${submittedId}/endorsement-request`);
    for (const username of ['town', 'dept']) {
      const endorser = await signedInApi(platform.url, username);
      await endorser.call('POST', `/api/applications/${submittedId}/endorsements`, {
        decision: 'agreed',
        comments: '同意推荐',
      });
      await endorser.context.dispose();
    }
    await applicant.call('POST', `/api/applications/${submittedId}/submission`);
    await applicant.context.dispose();

    // A second organisation of the same town and department registers and asks for endorsement.
    const form = registration({
      ...(await endorserScope(platform.db)),
      creditCode: creditCode(140),
      username: 'hongda',
    });
    form.organisation.name = OTHER_ORG;
    const fresh = await request.newContext({ baseURL: platform.url });
    const token = ((await (await fresh.get('/api/auth/session')).json()) as { csrfToken: string }).csrfToken;
    const registered = await fresh.post('/api/organisations/register', {
      headers: { 'x-csrf-token': token },
      data: form,
    });
    expect(registered.status(), await registered.text()).toBe(201);
    await fresh.dispose();
    otherPassword = form.account.password;
    other = await signedInApi(platform.url, 'hongda', otherPassword);
    awaitingId = await seedApplication(platform.url, other, cycleId, { endorse: false });
  });

  afterAll(async () => {
    await other?.context.dispose();
    await browser?.close();
    await platform?.close();
  });

  it('14.3: the town declines to recommend, with a required reason, and is told what that does', async () => {
    const { context, page } = await newPage(browser, platform.url);
    await signInThroughApi(page, 'town');
    await page.goto(`/app/endorsements/${awaitingId}`);
    const form = page.getByTestId('opinion-form');
    await form.locator('.ant-radio-button-wrapper').filter({ hasText: '不同意推荐' }).click();
    await form.getByTestId('decline-warning').getByText('本年度即告终止').waitFor();
    // No reason: refused on the form, nothing sent.
    await form.getByRole('button', { name: '提交意见' }).click();
    await form.getByText('请写明不同意推荐的理由（至少 2 个字）').waitFor();
    await form.getByLabel('不同意推荐的理由').fill('该单位近三年有环保行政处罚记录，不符合推荐条件');
    await both(page, '14-3-decline-form');
    await form.getByRole('button', { name: '提交意见' }).click();
    const dialog = page.getByRole('dialog', { name: '以所在镇（街道）名义不同意推荐？' });
    await dialog.getByText('申报本年度终止（未获推荐）').waitFor();
    expect(await dialog.textContent()).toContain('该单位近三年有环保行政处罚记录');
    expect(await dialog.textContent()).toContain('依据：第十四条');
    await both(page, '14-3-decline-confirm');
    await dialog.getByRole('button', { name: '不同意推荐' }).click();
    await page.getByText('您的意见已记录。').waitFor();
    await page.locator('[data-status="not_recommended"]').first().waitFor();
    expect((await (await page.request.get(`/api/applications/${awaitingId}`)).json()).status).toBe(
      'not_recommended',
    );
    await context.close();

    // The applicant sees why, and what it means for the year.
    const applicant = await newPage(browser, platform.url);
    const token = (
      (await (await applicant.page.request.get('/api/auth/session')).json()) as { csrfToken: string }
    ).csrfToken;
    await applicant.page.request.post('/api/auth/sign-in', {
      headers: { 'x-csrf-token': token },
      data: { username: 'hongda', password: otherPassword },
    });
    await applicant.page.goto('/app/application');
    const notice = applicant.page.getByTestId('not-recommended');
    await notice.getByText('所在镇（街道）不同意推荐，本年度申报终止').waitFor();
    expect(await notice.textContent()).toContain('环保行政处罚记录');
    await both(applicant.page, '14-3-applicant-not-recommended');
    await applicant.context.close();
  });

  it('14.2: the Office sees the clauses still 待核实, notes what it checked on each, and confirms the acceptance', async () => {
    const { context, page } = await newPage(browser, platform.url);
    await signInThroughApi(page, 'office');
    await page.goto(`/app/applications/${submittedId}`);
    const decision = page.getByTestId('decision-form');
    await decision
      .locator('.ant-radio-button-wrapper')
      .filter({ hasText: /^通过$/ })
      .click();
    const toCheck = decision.getByTestId('clauses-to-check');
    await toCheck.getByText(/尚有 \d+ 项申报条件待核实/).waitFor();
    const notes = toCheck.getByRole('textbox');
    const count = await notes.count();
    expect(count).toBe(UNEVIDENCED.length);
    for (const label of ['第八条(三)', '第九条(一)', '第九条(三)'])
      await toCheck.getByText(label).first().waitFor();
    // Nothing noted: each clause says what is missing, and nothing is sent.
    await decision.getByRole('button', { name: '提交初审决定' }).click();
    await toCheck
      .getByText(/请写明 第.+条.* 的核实情况/)
      .first()
      .waitFor();
    expect(await page.getByRole('dialog').count()).toBe(0);
    for (let n = 0; n < count; n++) await notes.nth(n).fill('已核对申报单位提供的证明材料原件');
    await both(page, '14-2-clauses-to-check');
    await decision.getByRole('button', { name: '提交初审决定' }).click();
    const dialog = page.getByRole('dialog', { name: '确认初审通过？' });
    await dialog.getByText('申报通过资格初审，进入专家评审').waitFor();
    expect(await dialog.textContent()).toContain(`${count} 项待核实条款的核实情况记入初审记录`);
    await both(page, '14-2-accept-confirm');
    await dialog.getByRole('button', { name: /^通\s?过$/ }).click();
    await page.locator('[data-status="accepted"]').first().waitFor();
    const view = await (await page.request.get(`/api/applications/${submittedId}`)).json();
    expect(view.lastDecision.acknowledgements).toHaveLength(count);
    await context.close();
  });

  it('14.1: a drawn expert confirms the seat, accepts the undertaking, opens the application and downloads its report', async () => {
    const office = await signedInApi(platform.url, 'office');
    const experts: { id: string; code: string }[] = [];
    for (let n = 1; n <= 6; n++) {
      experts.push(
        await office.call(
          'POST',
          '/api/experts',
          expertProfile(400 + n, { name: `评审专家${n}`, canLead: n <= 2 }),
        ),
      );
    }
    const panel = await office.call<{ id: string }>('POST', `/api/cycles/${cycleId}/panels`, {
      name: '走查一组',
      industries: ['D'],
      applicationIds: [submittedId],
      size: 5,
      reserves: 0,
    });
    await office.call('POST', `/api/panels/${panel.id}/freeze`, {});
    await office.call('POST', `/api/panels/${panel.id}/draw`, {
      publicValue: '走查 福彩3D 527',
      supervisorName: '区纪委 王监督',
    });
    const drawn = await office.call<{ draws: { drawn: { outcome: { leader: string } } }[] }>(
      'GET',
      `/api/panels/${panel.id}`,
    );
    const leader = experts.find((e) => e.code === drawn.draws[0]!.drawn.outcome.leader)!;
    const issued = await office.call<{ username: string; code: string }>(
      'POST',
      `/api/experts/${leader.id}/activation`,
    );
    await office.context.dispose();

    const { context, page } = await newPage(browser, platform.url);
    const token = ((await (await page.request.get('/api/auth/session')).json()) as { csrfToken: string })
      .csrfToken;
    await page.request.post('/api/auth/activate', {
      headers: { 'x-csrf-token': token },
      data: { username: issued.username, code: issued.code, newPassword: DEMO_PASSWORD },
    });
    await signInThroughApi(page, issued.username);

    // 确认参加 says what it commits to before it is done.
    await page.goto('/app/invitations');
    await page.getByRole('button', { name: '确认参加' }).click();
    const dialog = page.getByRole('dialog', { name: '确认参加「走查一组」的评审？' });
    await dialog.getByText('确认后不能再谢绝').waitFor();
    expect(await dialog.textContent()).toContain('作为组长参加');
    await both(page, '14-4-confirm-seat');
    await dialog.getByRole('button', { name: '确认参加' }).click();
    await page.getByRole('heading', { name: '评审专家保密与公正承诺书' }).waitFor();

    // Before the undertaking the server's rule holds the application back, and the page says why.
    await page.goto(`/app/applications/${submittedId}`);
    await page.getByText('请先签署保密与公正承诺书').waitFor();
    expect(await page.getByText('无权访问').count()).toBe(0);
    await page.goto('/app/invitations');
    await page.getByRole('button', { name: '我已阅读并接受' }).click();
    await page.locator('.application-links a').first().click();
    await page.waitForURL(`${platform.url}/app/applications/${submittedId}`);

    // The reader: the material and its files, no office controls.
    await page.getByTestId('reader-notice').waitFor();
    const materials = page.getByTestId('materials');
    const report = materials.getByRole('link', { name: /自评报告\.pdf/ });
    await report.waitFor();
    expect(await page.getByText('无权访问').count()).toBe(0);
    expect(await page.getByTestId('decision-form').count()).toBe(0);
    expect(await page.getByRole('button', { name: /改判|登记延期|提交初审决定/ }).count()).toBe(0);
    await both(page, '14-1-expert-reader');
    const [download] = await Promise.all([page.waitForEvent('download'), report.click()]);
    expect(download.suggestedFilename()).toBe('自评报告.pdf');
    const saved = await download.path();
    expect(readFileSync(saved).subarray(0, 4).toString()).toBe('%PDF');
    const [logged] = await platform.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM access_log a JOIN users u ON u.id = a.user_id
       WHERE u.username = $1 AND a.record_type = 'file'`,
      [issued.username],
    );
    expect(logged!.n).toBeGreaterThan(0);
    await context.close();
  });

  it('14.4: only the chair withdraws the approval of the criteria; the Office is not offered it', async () => {
    const year = (await platformYear(platform.url)) + 1;
    const office = await signedInApi(platform.url, 'office');
    const cycle = await office.call<{ id: string }>('POST', '/api/cycles', {
      rulesVersionId: 'jinshui-2011',
      frameworkId: 'gbt19580-2012',
      year,
      announcementDate: `${year}-03-01`,
      applicationDeadline: `${year}-05-31T17:00:00+08:00`,
      plan: {},
      announcement: {},
    });
    const chairApi = await signedInApi(platform.url, 'chair');
    await chairApi.call('POST', `/api/cycles/${cycle.id}/stage`, { to: 'criteria_approved' });
    await chairApi.context.dispose();

    const officePage = await newPage(browser, platform.url);
    await signInThroughApi(officePage.page, 'office');
    await officePage.page.goto(`/app/cycles/${cycle.id}`);
    await officePage.page.locator('[data-move="published"]').waitFor();
    expect(await officePage.page.locator('[data-move="draft"]').count()).toBe(0);
    // Asked directly, the server refuses the Office too, citing Art. 5.
    const refused = await officePage.page.request.post(`/api/cycles/${cycle.id}/stage`, {
      headers: {
        'x-csrf-token': (
          (await (await officePage.page.request.get('/api/auth/session')).json()) as { csrfToken: string }
        ).csrfToken,
      },
      data: { to: 'draft' },
    });
    expect(refused.status()).toBe(409);
    expect((await refused.json()).clause).toBe('第五条');
    await officePage.context.close();
    await office.context.dispose();

    const { context, page } = await newPage(browser, platform.url);
    await signInThroughApi(page, 'chair');
    await page.goto(`/app/cycles/${cycle.id}`);
    await page.locator('[data-move="draft"]').click();
    const dialog = page.getByRole('dialog', { name: `撤回 ${year} 年度周期的审定？修改后须重新审定。` });
    await dialog.getByText('发布前须由您重新审定').waitFor();
    expect(await dialog.textContent()).toContain('依据：第五条');
    await both(page, '14-4-chair-withdraws');
    await dialog.getByRole('button', { name: '撤回审定' }).click();
    await page.locator('[data-move="criteria_approved"]').waitFor();
    expect((await (await page.request.get(`/api/cycles/${cycle.id}`)).json()).stage).toBe('draft');
    await context.close();
  });
});
