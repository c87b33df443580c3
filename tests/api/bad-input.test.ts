import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  createTestPlatform,
  DEMO_PASSWORD,
  type TestClient,
  type TestPlatform,
} from './support/test-platform.js';

let platform: TestPlatform;
let admin: TestClient;
let writesBefore: { audit: number; towns: number };

const counts = async () => {
  const [row] = await platform.db.query<{ audit: number; towns: number }>(
    'SELECT (SELECT count(*)::int FROM audit_log) AS audit, (SELECT count(*)::int FROM towns) AS towns',
  );
  return row!;
};

beforeAll(async () => {
  platform = await createTestPlatform({ bodyLimitBytes: 16 * 1024 });
  admin = platform.client();
  await admin.signIn('admin', DEMO_PASSWORD);
  const en = platform.client('en');
  await en.signIn('admin', DEMO_PASSWORD);
});
afterAll(() => platform.close());
beforeEach(async () => {
  writesBefore = await counts();
});

async function expectNothingWritten() {
  expect(await counts()).toEqual(writesBefore);
}

const validTown = { code: 'T90', name: { zh: '测试街道', en: 'Test Sub-district' } };

describe('bad input is refused with a clear message and nothing is written', () => {
  it('unknown fields', async () => {
    const response = await admin.post('/api/reference/towns', { ...validTown, isAdmin: true });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'request/invalid', details: [{ path: 'isAdmin' }] });
    expect(response.json().message).toContain('不允许有额外的属性');
    await expectNothingWritten();
  });

  it('wrong types are not coerced', async () => {
    const response = await admin.post('/api/reference/towns', { code: 12345, name: { zh: '甲', en: 'A' } });
    expect(response.statusCode).toBe(400);
    expect(response.json().details[0].path).toBe('code');
    await expectNothingWritten();
  });

  it('missing fields name the field', async () => {
    const response = await admin.post('/api/reference/towns', { code: 'T91' });
    expect(response.statusCode).toBe(400);
    expect(response.json().details).toEqual([{ path: 'name', message: expect.stringContaining('name') }]);
    await expectNothingWritten();
  });

  it('over-long strings', async () => {
    const response = await admin.post('/api/reference/towns', {
      code: 'T92',
      name: { zh: '长'.repeat(201), en: 'A' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'request/invalid', details: [{ path: 'name.zh' }] });
    expect(response.json().details[0].message).toContain('200');
    await expectNothingWritten();
  });

  it('malformed JSON', async () => {
    const response = await admin.request('POST', '/api/reference/towns', '{"code": "T93", "name": ', {
      headers: { 'content-type': 'application/json' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({
      code: 'request/malformed-json',
      message: '提交的内容不是有效的 JSON。',
    });
    await expectNothingWritten();
  });

  it('wrong content type', async () => {
    const response = await admin.request('POST', '/api/reference/towns', 'code=T94', {
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(response.statusCode).toBe(415);
    expect(response.json().code).toBe('request/unsupported-media-type');
    await expectNothingWritten();
  });

  it('a body over the limit', async () => {
    const response = await admin.post('/api/reference/towns', {
      ...validTown,
      name: { zh: 'x'.repeat(20_000), en: 'A' },
    });
    expect(response.statusCode).toBe(413);
    expect(response.json()).toMatchObject({
      code: 'request/too-large',
      message: expect.stringContaining('16 KiB'),
    });
    await expectNothingWritten();
  });

  it('messages follow Accept-Language', async () => {
    const english = platform.client('en');
    await english.signIn('admin', DEMO_PASSWORD);
    const response = await english.post('/api/reference/towns', { ...validTown, extra: 1 });
    expect(response.json().message).toMatch(
      /^The request is not valid: extra: must NOT have additional properties/,
    );
  });

  it('an unknown API route', async () => {
    const response = await admin.get('/api/no-such-thing');
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({ code: 'request/route-not-found', message: '没有这个接口。' });
  });
});

describe('markup and SQL in text fields are stored and returned as text', () => {
  it('keeps them verbatim and harmless', async () => {
    const markup = '<script>alert("x")</script><img src=x onerror=alert(1)>';
    const sql = "'); DROP TABLE users; --";
    const created = await admin.post('/api/reference/departments', {
      code: 'D-XSS',
      name: { zh: markup, en: sql },
    });
    expect(created.statusCode).toBe(201);
    const listed = (await admin.get('/api/reference/departments')).json().items;
    expect(listed.find((d: { code: string }) => d.code === 'D-XSS').name).toEqual({ zh: markup, en: sql });
    const users = await platform.db.query<{ n: number }>('SELECT count(*)::int AS n FROM users');
    expect(users[0]!.n).toBeGreaterThan(0);
    const search = await admin.get(`/api/accounts?search=${encodeURIComponent("%' OR '1'='1")}`);
    expect(search.statusCode).toBe(200);
    expect(search.json().items).toEqual([]);
  });
});
