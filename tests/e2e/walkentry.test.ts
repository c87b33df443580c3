import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlatform, type RunningPlatform } from '../../src/server/start.js';
import { mailText, startFakeSmtp } from '../api/support/fake-smtp.js';
import {
  afterAnimations,
  launchBrowser,
  newPage,
  screenshotBoth,
  signInThroughApi,
} from './support/browser.js';
import { assertWebBuilt } from './support/platform.js';

const SHOTS = '/tmp/walkentry-shots';
const NEW_PASSWORD = 'Qz7#harbour-lantern';

/** screenshotBoth, then a copy of both widths where the reviewers look. */
async function shoot(...args: Parameters<typeof screenshotBoth>) {
  await screenshotBoth(...args);
  mkdirSync(SHOTS, { recursive: true });
  for (const width of ['desktop', 'phone'])
    copyFileSync(`test-results/screenshots/${args[2]}-${width}.png`, `${SHOTS}/${args[2]}-${width}.png`);
}

function start(extra: Parameters<typeof startPlatform>[0] = {}) {
  assertWebBuilt();
  return startPlatform({
    port: 0,
    dataDir: undefined,
    seedDemo: true,
    webRoot: 'dist/web',
    quiet: true,
    ...extra,
  });
}

describe(
  'the applicant’s way in (issue 14.8) and the demo’s first minutes (14.9)',
  { timeout: 120_000 },
  () => {
    let platform: RunningPlatform;
    let browser: Browser;

    beforeAll(async () => {
      platform = await start({ demoCycle: true });
      browser = await launchBrowser();
    });
    afterAll(async () => {
      await browser?.close();
      await platform?.close();
    });

    it('sign-in says who gets accounts how and leads to registration, where the password rules show before typing', async () => {
      const { context, page } = await newPage(browser, platform.url);
      await shoot(
        page,
        '/sign-in',
        'walkentry-sign-in',
        (p) => p.getByRole('link', { name: '申报单位注册' }).waitFor(),
        {
          axe: true,
        },
      );
      const text = await page.locator('main').textContent();
      expect(text).toContain('申报单位在本平台自行注册账号');
      expect(text).not.toContain('账号由系统管理员（专家账号由评委会办公室）开通');
      await page.getByRole('link', { name: '申报单位注册' }).click();
      await page.waitForURL(`${platform.url}/register`);
      const rules = page.getByTestId('password-rules');
      await rules.waitFor();
      expect(await page.getByLabel('密码', { exact: true }).inputValue()).toBe('');
      expect(await rules.textContent()).toContain('密码规则');
      await context.close();
    });

    it('without mail, 忘记密码 sends the organisation to the Office, which issues a reset code; the organisation sets its own password', async () => {
      const { context, page } = await newPage(browser, platform.url);
      await page.goto('/sign-in');
      await page.getByRole('link', { name: '忘记密码？' }).click();
      await page.waitForURL(`${platform.url}/reset-password`);
      await shoot(page, '/reset-password', 'walkentry-reset-office', (p) =>
        p.getByText('本平台通过评委会办公室重置密码').waitFor(),
      );
      expect(await page.locator('main').textContent()).toContain('营业执照');

      const office = await newPage(browser, platform.url);
      await signInThroughApi(office.page, 'office');
      await office.page.goto('/app');
      await office.page.getByRole('link', { name: '申报单位密码重置' }).first().click();
      await office.page.waitForURL(`${platform.url}/app/organisation-reset`);
      await office.page.getByLabel('统一社会信用代码').fill('91410105MA46BC8Q2K');
      await office.page.getByLabel('核实情况').fill('经办人郑浩持营业执照原件和身份证到办公室办理');
      await office.page.getByRole('button', { name: '发放重置码' }).click();
      const codeCell = office.page.getByTestId('activation-code');
      await codeCell.waitFor();
      const code = (await codeCell.textContent())!.trim();
      expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
      await office.page.getByText('已为 郑州示范科技有限公司 发放重置码').waitFor();
      await afterAnimations(office.page);
      for (const [label, size] of [
        ['desktop', { width: 1366, height: 900 }],
        ['phone', { width: 390, height: 844 }],
      ] as const) {
        await office.page.setViewportSize(size);
        await office.page.screenshot({
          path: `${SHOTS}/walkentry-office-reset-${label}.png`,
          fullPage: true,
        });
      }
      await office.context.close();

      await page.getByRole('link', { name: '已有重置码？设置新密码' }).click();
      await page.waitForURL(/\/activate\?purpose=reset/);
      await page.getByRole('heading', { name: '设置新密码' }).waitFor();
      await page.getByLabel('用户名').fill('applicant');
      await page.getByLabel('重置码').fill(code.toLowerCase());
      await page.getByTestId('password-rules').waitFor();
      await page.getByLabel('新密码', { exact: true }).fill(NEW_PASSWORD);
      await page.getByLabel('确认新密码').fill(NEW_PASSWORD);
      await page.getByRole('button', { name: '设置密码并激活' }).click();
      await page.getByText('新密码已设置。').waitFor();
      const session = await page.request.get('/api/auth/session');
      const { csrfToken } = (await session.json()) as { csrfToken: string };
      const signIn = await page.request.post('/api/auth/sign-in', {
        headers: { 'x-csrf-token': csrfToken },
        data: { username: 'applicant', password: NEW_PASSWORD },
      });
      expect(signIn.status()).toBe(200);
      await context.close();
    });

    it('the demo office finds applications at several stages and a drawn panel; the demo expert 张伟 finds the seat', async () => {
      const { context, page } = await newPage(browser, platform.url);
      await signInThroughApi(page, 'office');
      await shoot(page, '/app/applications', 'walkentry-demo-office-applications', (p) =>
        p.getByText('郑州金水新材料科技有限公司').waitFor(),
      );
      const text = (await page.locator('main').textContent()) ?? '';
      for (const status of ['已提交，待初审', '初审通过', '已获推荐，待提交', '待签署推荐意见', '填写中'])
        expect(text, status).toContain(status);
      await shoot(page, '/app/panels', 'walkentry-demo-office-panels', (p) =>
        p.getByText('制造业一组').first().waitFor(),
      );
      await context.close();

      const expert = await newPage(browser, platform.url);
      await signInThroughApi(expert.page, 'expert');
      await shoot(expert.page, '/app/invitations', 'walkentry-demo-expert', (p) =>
        p.getByText('制造业一组').first().waitFor(),
      );
      // The banner re-renders for the desktop width the shots end on: wait for the name in it.
      await expert.page.getByRole('banner').getByText('张伟').first().waitFor();
      await expert.context.close();
    });

    it('the demo applicant prints the application as a 申报书 (PDF)', async () => {
      const { context, page } = await newPage(browser, platform.url);
      const session = await page.request.get('/api/auth/session');
      const { csrfToken } = (await session.json()) as { csrfToken: string };
      // The earlier step gave the demo applicant a new password.
      const signIn = await page.request.post('/api/auth/sign-in', {
        headers: { 'x-csrf-token': csrfToken },
        data: { username: 'applicant', password: NEW_PASSWORD },
      });
      expect(signIn.status()).toBe(200);
      await shoot(page, '/app/application', 'walkentry-demo-applicant', (p) =>
        p.getByTestId('print-document').waitFor(),
      );
      const downloading = page.waitForEvent('download');
      await page.getByTestId('print-document').click();
      const download = await downloading;
      expect(download.suggestedFilename()).toMatch(/^申报书-.*\.pdf$/);
      const file = await download.path();
      expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
      await context.close();
    });
  },
);

describe('password reset by e-mail in the browser (issue 14.8)', { timeout: 120_000 }, () => {
  let platform: RunningPlatform;
  let browser: Browser;
  let smtp: Awaited<ReturnType<typeof startFakeSmtp>>;

  beforeAll(async () => {
    smtp = await startFakeSmtp();
    platform = await start({
      config: {
        mail: {
          host: '127.0.0.1',
          port: smtp.port,
          secure: false,
          user: undefined,
          password: undefined,
          from: 'no-reply@platform.example',
          publicUrl: 'http://placeholder',
        },
      },
    });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await platform?.close();
    await smtp?.close();
  });

  it('the person asks by user name, gets the same answer as anyone, and sets a new password from the mailed link', async () => {
    const { context, page } = await newPage(browser, platform.url);
    await shoot(page, '/reset-password', 'walkentry-reset-mail', (p) =>
      p.getByRole('button', { name: '发送重置链接' }).waitFor(),
    );
    const arriving = smtp.next();
    await page.getByLabel('用户名').fill('applicant');
    await page.getByRole('button', { name: '发送重置链接' }).click();
    await page.getByText('如果该用户名存在并登记了电子邮箱').waitFor();
    const mail = await arriving;
    const body = mailText(mail.data);
    const link = /http:\/\/placeholder(\/activate\?purpose=reset&username=applicant&code=[0-9A-Z-]+)/.exec(
      body,
    );
    expect(link, body).not.toBeNull();
    await page.goto(link![1]!);
    await page.getByRole('heading', { name: '设置新密码' }).waitFor();
    expect(await page.getByLabel('用户名').inputValue()).toBe('applicant');
    await page.getByLabel('新密码', { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel('确认新密码').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: '设置密码并激活' }).click();
    await page.getByText('新密码已设置。').waitFor();
    await context.close();
  });
});
