import { request, type APIRequestContext, type Locator, type Page } from 'playwright-core';
import { addDays, shanghaiDate } from '../../src/platform/kernel/time.js';
import { completeForm, pdfBytes } from '../api/support/intake-fixtures.js';
import type { ApplicationForm } from '../../src/applications/core/application-form.js';
import { creditCodeCheckCharacter } from '../../src/organisations/core/credit-code.js';
import { afterAnimations } from './support/browser.js';
import { DEMO_PASSWORD, platformNow, platformYear } from './support/platform.js';

export { completeForm, pdfBytes };

/** A valid Unified Social Credit Code of the district (region 410105) for a test organisation. */
export function creditCode(serial: number): string {
  const first17 = `91410105MA4${String(serial).padStart(6, '0')}`;
  return first17 + creditCodeCheckCharacter(first17);
}

/** A person using the API directly, as a seeded test would (cookie, CSRF token). */
export interface ApiPerson {
  context: APIRequestContext;
  call<T = Record<string, unknown>>(method: 'GET' | 'POST' | 'PUT', path: string, data?: unknown): Promise<T>;
  upload(applicationId: string, purpose: string, name: string, content: Buffer): Promise<{ id: string }>;
}

async function tokenOf(context: APIRequestContext): Promise<string> {
  const session = (await (await context.get('/api/auth/session')).json()) as { csrfToken: string };
  return session.csrfToken;
}

/** Wraps an API context that already carries a session (a page's `request`, or a fresh one signed in). */
export async function apiPerson(context: APIRequestContext): Promise<ApiPerson> {
  const token = await tokenOf(context);
  return {
    context,
    async call<T>(method: 'GET' | 'POST' | 'PUT', path: string, data?: unknown) {
      const response = await context.fetch(path, {
        method,
        headers: { 'x-csrf-token': token },
        ...(data !== undefined || method !== 'GET' ? { data: data ?? {} } : {}),
      });
      if (!response.ok()) throw new Error(`${method} ${path}: ${response.status()} ${await response.text()}`);
      return (await response.json()) as T;
    },
    async upload(applicationId, purpose, name, content) {
      const response = await context.post(`/api/applications/${applicationId}/files?purpose=${purpose}`, {
        headers: { 'x-csrf-token': token },
        multipart: { file: { name, mimeType: 'application/pdf', buffer: content } },
      });
      if (!response.ok()) throw new Error(`upload ${name}: ${response.status()} ${await response.text()}`);
      return (await response.json()) as { id: string };
    },
  };
}

/** Signs in through the API in a context of its own. */
export async function signedInApi(
  baseURL: string,
  username: string,
  password = DEMO_PASSWORD,
): Promise<ApiPerson> {
  const context = await request.newContext({ baseURL });
  const response = await context.post('/api/auth/sign-in', {
    headers: { 'x-csrf-token': await tokenOf(context) },
    data: { username, password },
  });
  if (!response.ok())
    throw new Error(`sign-in as ${username}: ${response.status()} ${await response.text()}`);
  return apiPerson(context);
}

/** The year's cycle, created by the Office, its criteria approved by the chair, published. */
export async function publishCycle(baseURL: string, deadline: Date): Promise<string> {
  const office = await signedInApi(baseURL, 'office');
  const chair = await signedInApi(baseURL, 'chair');
  const today = shanghaiDate(await platformNow(baseURL));
  const cycle = await office.call<{ id: string }>('POST', '/api/cycles', {
    rulesVersionId: 'jinshui-2011',
    frameworkId: 'gbt19580-2012',
    year: Number(today.slice(0, 4)),
    announcementDate: today,
    applicationDeadline: deadline.toISOString(),
    plan: { preliminaryCheckBy: addDays(shanghaiDate(deadline), 14) },
    announcement: {
      introduction: {
        zh: '现启动本年度区长质量奖评审工作，欢迎符合条件的单位在线申报。',
        en: 'The call is open.',
      },
      contacts: [{ name: '李娜', phone: '0371-65550000', email: 'office@jinshui.example' }],
    },
  });
  await chair.call('POST', `/api/cycles/${cycle.id}/stage`, { to: 'criteria_approved' });
  await office.call('POST', `/api/cycles/${cycle.id}/stage`, { to: 'published' });
  await Promise.all([office.context.dispose(), chair.context.dispose()]);
  return cycle.id;
}

interface ApplicationRef {
  id: string;
  revision: number;
  form: ApplicationForm;
}

/**
 * Seeds an application to "awaiting endorsement" or further: started, report and evidence
 * uploaded, the complete form saved, endorsement asked for; `endorse` records both opinions.
 */
export async function seedApplication(
  baseURL: string,
  applicant: ApiPerson,
  cycleId: string,
  options: { endorse: boolean },
): Promise<string> {
  const started = await applicant.call<ApplicationRef>('POST', '/api/applications', { cycleId });
  const report = await applicant.upload(
    started.id,
    'self-assessment-report',
    '自评报告.pdf',
    await pdfBytes(),
  );
  const evidence = await applicant.upload(started.id, 'evidence', '营业执照.pdf', await pdfBytes('licence'));
  const lastYear = (await platformYear(baseURL)) - 1;
  await applicant.call('PUT', `/api/applications/${started.id}/form`, {
    revision: started.revision,
    form: completeForm(report.id, evidence.id, lastYear),
  });
  await applicant.call('POST', `/api/applications/${started.id}/endorsement-request`);
  if (options.endorse) {
    for (const username of ['town', 'dept']) {
      const endorser = await signedInApi(baseURL, username);
      await endorser.call('POST', `/api/applications/${started.id}/endorsements`, {
        decision: 'agreed',
        comments: '同意推荐',
      });
      await endorser.context.dispose();
    }
  }
  return started.id;
}

/** Chooses an option of an antd select by typing part of its name (the drop-down filters). */
export async function choose(page: Page, field: Locator, typed: string, option: string): Promise<void> {
  await field.click();
  await field.fill(typed);
  await afterAnimations(page);
  await page.locator(`.ant-select-item-option[title="${option}"]`).click();
  await afterAnimations(page);
}

/** Types a date into an antd date picker and confirms it. */
export async function pickDate(page: Page, field: Locator, date: string): Promise<void> {
  await field.click();
  await field.fill(date);
  await field.press('Enter');
  await afterAnimations(page);
}

/** Signs a page in through the API with a password of its own (a registered organisation's). */
export async function signInWithPassword(page: Page, username: string, password: string): Promise<void> {
  const response = await page.request.post('/api/auth/sign-in', {
    headers: { 'x-csrf-token': await tokenOf(page.request) },
    data: { username, password },
  });
  if (!response.ok())
    throw new Error(`sign-in as ${username}: ${response.status()} ${await response.text()}`);
}
