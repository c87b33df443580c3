import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  afterAnimations,
  launchBrowser,
  newPage,
  screenshotBoth,
  signInThroughApi,
} from './support/browser.js';
import { assertWebBuilt, startTestPlatform } from './support/platform.js';

/**
 * Rules as data in the browser: the Office drafts a rules version from Jinshui 2011, changes a
 * number and the article it cites, and saves; the chair opens the draft and approves it.
 */
describe('rules versions', () => {
  let platform: Awaited<ReturnType<typeof startTestPlatform>>;
  let browser: Browser;

  beforeAll(async () => {
    assertWebBuilt();
    platform = await startTestPlatform();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await platform?.close();
  });

  it('shows the versions and a version’s numbers with their articles at both widths', async () => {
    const { context, page } = await newPage(browser, platform.url);
    // Each programme's Office sees its own versions: the city's Office, the city's.
    await signInThroughApi(page, 'zz.office');
    await screenshotBoth(page, '/app/rules-versions', 'rules-versions', (p) =>
      p.getByRole('link', { name: 'zhengzhou-demo-2024' }).waitFor(),
    );
    expect(await page.getByRole('link', { name: 'jinshui-2011' }).count()).toBe(0);
    await screenshotBoth(page, '/app/rules-versions/zhengzhou-demo-2024', 'rules-version-zhengzhou', (p) =>
      p.getByText('第七条(一)').first().waitFor(),
    );
    await context.close();
  });

  it('the Office drafts and edits a version; the chair approves it', async () => {
    const office = await newPage(browser, platform.url);
    await signInThroughApi(office.page, 'office');
    const page = office.page;
    await page.goto('/app/rules-versions');
    await page.getByRole('button', { name: '起草新版本' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('起草依据').waitFor();
    await afterAnimations(page);
    await dialog.locator('.ant-form-item').filter({ hasText: '起草依据' }).locator('.ant-select').click();
    await afterAnimations(page);
    await page.locator('.ant-select-item-option').filter({ hasText: 'jinshui-2011' }).click();
    // On a busy machine the option's click can land while the drop-down still opens: the field
    // must show the choice before the form is sent.
    await afterAnimations(page);
    await dialog
      .locator('.ant-form-item')
      .filter({ hasText: '起草依据' })
      .locator('.ant-select-content-has-value')
      .filter({ hasText: /^jinshui-2011 · / })
      .waitFor();
    await dialog.getByLabel('版本号').fill('jinshui-2027');
    const drafted = page.waitForResponse(
      (r) => r.url().endsWith('/api/rules-versions') && r.request().method() === 'POST',
    );
    await dialog.getByRole('button', { name: '起草新版本' }).click();
    expect((await drafted).status()).toBe(201);
    await page.waitForURL('**/app/rules-versions/jinshui-2027');
    await page.getByText('修订号 1').waitFor();

    // A cap below 1 is refused, saying which number and why.
    const winners = page.getByLabel('maxWinnersPerYear 数值');
    await winners.fill('0');
    await page.getByRole('button', { name: '保存草稿' }).click();
    await page.getByRole('alert').filter({ hasText: '不得小于 1' }).waitFor();

    await winners.fill('4');
    await page.getByLabel('titleValidityYears 条').fill('21');
    await page.getByRole('button', { name: '保存草稿' }).click();
    await page.getByText('修订号 2').waitFor();
    expect(await page.getByText('第二十一条').count()).toBeGreaterThan(0);
    // The drafter may not approve its own draft.
    expect(await page.getByRole('button', { name: '批准此版本' }).count()).toBe(0);
    await office.context.close();

    const chair = await newPage(browser, platform.url);
    await signInThroughApi(chair.page, 'chair');
    await chair.page.goto('/app/rules-versions/jinshui-2027');
    await chair.page.getByRole('button', { name: '批准此版本' }).click();
    const confirm = chair.page.getByRole('dialog');
    await afterAnimations(chair.page);
    await confirm.getByRole('button', { name: '批准此版本' }).click();
    await chair.page.getByText('已批准的版本不能修改').waitFor();
    const stored = await chair.page.request.get('/api/programmes/jinshui-2027');
    expect(stored.status()).toBe(200);
    const document = (await stored.json()) as {
      parameters: {
        maxWinnersPerYear: { value: number };
        titleValidityYears: { source: { article: number } };
      };
    };
    expect(document.parameters.maxWinnersPerYear.value).toBe(4);
    expect(document.parameters.titleValidityYears.source.article).toBe(21);
    await chair.context.close();
  });
});
