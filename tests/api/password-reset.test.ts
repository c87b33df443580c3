import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/demo/seed-demo.js';
import { mailText, startFakeSmtp } from './support/fake-smtp.js';
import {
  createTestPlatform,
  UNREACHABLE_RATE_LIMITS,
  type TestClient,
  type TestPlatform,
} from './support/test-platform.js';

const NEW_PASSWORD = 'Qz7#harbour-lantern';
const DEMO_CREDIT_CODE = '91410105MA46BC8Q2K';

async function auditActions(platform: TestPlatform, username: string) {
  const rows = await platform.db.query<{ action: string; after: unknown }>(
    `SELECT a.action, a.after FROM audit_log a JOIN users u ON u.id::text = a.record_id
     WHERE u.username = $1 AND a.action LIKE 'account.password-reset%' ORDER BY a.id`,
    [username],
  );
  return rows;
}

describe('password reset without mail: through the Office', () => {
  let platform: TestPlatform;
  let office: TestClient;

  beforeAll(async () => {
    platform = await createTestPlatform(UNREACHABLE_RATE_LIMITS);
    office = platform.client();
    expect((await office.signIn('office', DEMO_PASSWORD)).statusCode).toBe(200);
  });
  afterAll(() => platform.close());

  it('says the reset goes through the Office, for any user name alike', async () => {
    const how = (await platform.client().get('/api/auth/password-reset')).json();
    expect(how).toEqual({ byMail: false, codeHours: 72 });
    const real = await platform.client().post('/api/auth/password-reset', { username: 'applicant' });
    const unknown = await platform.client().post('/api/auth/password-reset', { username: 'nobody-here' });
    expect(real.statusCode).toBe(409);
    expect(real.json().code).toBe('auth/reset-by-office');
    expect(unknown.body).toBe(real.body);
  });

  it('the Office issues a reset code by credit code; the organisation sets its own password with it', async () => {
    const refused = await office.post('/api/organisations/password-reset', {
      creditCode: '91410105MA46BC8Q2J',
      note: '持营业执照原件到办公室办理',
    });
    expect(refused.statusCode).toBe(404);
    const issued = await office.post('/api/organisations/password-reset', {
      creditCode: DEMO_CREDIT_CODE.toLowerCase(),
      note: '持营业执照原件到办公室办理，经办人核对无误',
    });
    expect(issued.statusCode, issued.body).toBe(200);
    const { username, organisationName, activation } = issued.json();
    expect(username).toBe('applicant');
    expect(organisationName).toBe('郑州示范科技有限公司');
    // The old password keeps working until the code is used: a mistaken issue locks nobody out.
    expect((await platform.client().signIn('applicant', DEMO_PASSWORD)).statusCode).toBe(200);
    const person = platform.client();
    await person.refreshSession();
    const used = await person.post('/api/auth/activate', {
      username: 'applicant',
      code: activation.code,
      newPassword: NEW_PASSWORD,
    });
    expect(used.statusCode, used.body).toBe(204);
    expect((await platform.client().signIn('applicant', NEW_PASSWORD)).statusCode).toBe(200);
    expect((await platform.client().signIn('applicant', DEMO_PASSWORD)).statusCode).toBe(401);
    const again = await person.post('/api/auth/activate', {
      username: 'applicant',
      code: activation.code,
      newPassword: 'Another#harbour-77',
    });
    expect(again.json().code).toBe('auth/activation-invalid');
    const trail = await auditActions(platform, 'applicant');
    expect(trail.map((r) => r.action)).toEqual(['account.password-reset-issued', 'account.password-reset']);
    expect(trail[0]!.after).toMatchObject({
      by: 'office',
      note: '持营业执照原件到办公室办理，经办人核对无误',
    });
    expect(JSON.stringify(trail)).not.toContain(activation.code);
  });

  it('only the Office issues reset codes', async () => {
    const town = platform.client();
    expect((await town.signIn('town', DEMO_PASSWORD)).statusCode).toBe(200);
    const refused = await town.post('/api/organisations/password-reset', {
      creditCode: DEMO_CREDIT_CODE,
      note: '代为申请',
    });
    expect(refused.statusCode).toBe(403);
  });
});

describe('password reset by e-mail', { timeout: 60_000 }, () => {
  let platform: TestPlatform;
  let smtp: Awaited<ReturnType<typeof startFakeSmtp>>;

  beforeAll(async () => {
    smtp = await startFakeSmtp();
    platform = await createTestPlatform({
      rateLimits: { ...UNREACHABLE_RATE_LIMITS.rateLimits, signIn: { max: 3, windowSeconds: 60 } },
      mail: {
        host: '127.0.0.1',
        port: smtp.port,
        secure: false,
        user: undefined,
        password: undefined,
        from: 'no-reply@platform.example',
        publicUrl: 'https://award.example.gov.cn',
      },
    });
  });
  afterAll(async () => {
    await platform.close();
    await smtp.close();
  });

  it('mails a one-time link to the mailbox on the account; the person sets a new password with it', async () => {
    expect((await platform.client().get('/api/auth/password-reset')).json()).toEqual({
      byMail: true,
      codeHours: 2,
    });
    const arriving = smtp.next();
    const asked = await platform.client().post('/api/auth/password-reset', { username: 'Applicant' });
    expect(asked.statusCode, asked.body).toBe(200);
    const mail = await arriving;
    expect(mail.to).toEqual(['<applicant@demo.jinshui.example>']);
    const text = mailText(mail.data);
    const link =
      /https:\/\/award\.example\.gov\.cn\/activate\?purpose=reset&username=applicant&code=([0-9A-Z-]+)/.exec(
        text,
      );
    expect(link, text).not.toBeNull();
    const code = link![1]!;
    const person = platform.client();
    await person.refreshSession();
    const used = await person.post('/api/auth/activate', {
      username: 'applicant',
      code,
      newPassword: NEW_PASSWORD,
    });
    expect(used.statusCode, used.body).toBe(204);
    expect((await platform.client().signIn('applicant', NEW_PASSWORD)).statusCode).toBe(200);
    const trail = await auditActions(platform, 'applicant');
    expect(trail.map((r) => r.action)).toEqual(['account.password-reset-issued', 'account.password-reset']);
    expect(trail[0]!.after).toMatchObject({ by: 'mail' });
  });

  it('answers an unknown user name exactly like a real one, and sends nothing', async () => {
    const before = smtp.received.length;
    const real = await platform.client().post('/api/auth/password-reset', { username: 'office' });
    const unknown = await platform.client().post('/api/auth/password-reset', { username: 'nobody-here' });
    expect(unknown.statusCode).toBe(real.statusCode);
    expect(unknown.body).toBe(real.body);
    const strip = (h: Record<string, unknown>) => {
      const { date: _d, 'x-request-id': _r, ...rest } = h;
      return Object.keys(rest).sort();
    };
    expect(strip(unknown.headers)).toEqual(strip(real.headers));
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(smtp.received.length - before).toBe(1);
    expect(smtp.received.at(-1)!.to).toEqual(['<office@demo.jinshui.example>']);
  });

  it('is rate-limited per address and user name like sign-in', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 4; i += 1)
      codes.push(
        (await platform.client().post('/api/auth/password-reset', { username: 'chair' })).statusCode,
      );
    expect(codes).toEqual([200, 200, 200, 429]);
  });
});
