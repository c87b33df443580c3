import { describe, expect, it } from 'vitest';
import { AppError, presentError } from './app-error.js';
import type { ErrorCode } from './error-catalogue.js';
import { ERROR_CATALOGUE } from './error-catalogue.js';

const CODES = Object.keys(ERROR_CATALOGUE) as ErrorCode[];
const CJK = /[\u3400-\u9fff]/;

function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
}

describe('AppError', () => {
  it('is an Error carrying its code, the catalogue status and its options', () => {
    const options = { params: { username: 'zhangsan' } };
    const error = new AppError('account/username-taken', options);
    expect(error).toBeInstanceOf(Error);
    expect(error.code).toBe('account/username-taken');
    expect(error.status).toBe(409);
    expect(error.options).toBe(options);
  });

  it('has an English log message prefixed with the code, with parameters filled in', () => {
    const error = new AppError('account/username-taken', { params: { username: 'zhangsan' } });
    expect(error.message).toBe('account/username-taken: The user name "zhangsan" is already taken.');
  });

  it('uses the English side of a LocalizedText parameter in its log message', () => {
    const error = new AppError('permission/denied', { params: { roles: { zh: '审计员', en: 'Auditor' } } });
    expect(error.message).toBe('permission/denied: You may not do this (it needs the role: Auditor).');
  });

  it('defaults to no options', () => {
    expect(new AppError('record/not-found').options).toEqual({});
  });

  it.each(CODES)('takes the status of %s from the catalogue', (code) => {
    expect(new AppError(code).status).toBe(ERROR_CATALOGUE[code].status);
  });
});

describe('presentError', () => {
  it('presents a plain error in Chinese', () => {
    expect(presentError(new AppError('auth/invalid-credentials'), 'zh-CN')).toEqual({
      code: 'auth/invalid-credentials',
      message: '用户名或密码不正确。',
    });
  });

  it('presents a plain error in English', () => {
    expect(presentError(new AppError('auth/invalid-credentials'), 'en')).toEqual({
      code: 'auth/invalid-credentials',
      message: 'The user name or password is incorrect.',
    });
  });

  describe('parameters', () => {
    it('fills a string parameter in both languages', () => {
      const error = new AppError('account/username-taken', { params: { username: 'lisi' } });
      expect(presentError(error, 'zh-CN').message).toBe('用户名“lisi”已被使用。');
      expect(presentError(error, 'en').message).toBe('The user name "lisi" is already taken.');
    });

    it('fills a number parameter', () => {
      const error = new AppError('request/too-large', { params: { limit: 1048576 } });
      expect(presentError(error, 'en').message).toBe('The request is larger than the 1048576 limit.');
      expect(presentError(error, 'zh-CN').message).toBe('提交的内容超过 1048576 的上限。');
    });

    it('fills the number 0 rather than treating it as missing', () => {
      const error = new AppError('request/too-large', { params: { limit: 0 } });
      expect(presentError(error, 'en').message).toBe('The request is larger than the 0 limit.');
    });

    it('shows a LocalizedText parameter in the reader’s language', () => {
      const error = new AppError('permission/denied', {
        params: { roles: { zh: '系统管理员', en: 'System administrator' } },
      });
      expect(presentError(error, 'zh-CN').message).toBe('您没有权限进行此操作（需要角色：系统管理员）。');
      expect(presentError(error, 'en').message).toBe(
        'You may not do this (it needs the role: System administrator).',
      );
    });

    it('leaves a placeholder whose parameter is missing as it is', () => {
      const error = new AppError('request/invalid');
      expect(presentError(error, 'en').message).toBe('The request is not valid: {summary}');
      expect(presentError(error, 'zh-CN').message).toBe('提交的内容有误：{summary}');
    });

    it('ignores parameters the message does not use', () => {
      const error = new AppError('record/not-found', { params: { id: 42 } });
      expect(presentError(error, 'en').message).toBe('The record was not found.');
    });

    it('does not re-expand placeholders inside a parameter value', () => {
      const error = new AppError('request/invalid', { params: { summary: '{summary} and {other}' } });
      expect(presentError(error, 'en').message).toBe('The request is not valid: {summary} and {other}');
    });

    it('inserts values literally, including $-patterns that String.replace would interpret', () => {
      const error = new AppError('account/username-taken', { params: { username: "$& $1 $' $$" } });
      expect(presentError(error, 'en').message).toBe('The user name "$& $1 $\' $$" is already taken.');
    });
  });

  describe('clause', () => {
    const clause = { zh: '第九条(五)', en: 'Art. 9(5)' };

    it('adds the clause in the reader’s language', () => {
      const error = new AppError('permission/denied', { params: { roles: 'x' }, clause });
      expect(presentError(error, 'zh-CN').clause).toBe('第九条(五)');
      expect(presentError(error, 'en').clause).toBe('Art. 9(5)');
    });

    it('omits the clause when there is none', () => {
      expect(presentError(new AppError('record/not-found'), 'en')).not.toHaveProperty('clause');
    });
  });

  describe('details', () => {
    const details = [
      { path: '/username', message: { zh: '不能为空', en: 'must not be empty' } },
      { path: '/roles/0/townId', message: { zh: '须选择镇（街道）', en: 'needs a town' } },
    ];

    it('lists each field problem with its path, in the reader’s language and in order', () => {
      const error = new AppError('request/invalid', { params: { summary: '2' }, details });
      expect(presentError(error, 'zh-CN').details).toEqual([
        { path: '/username', message: '不能为空' },
        { path: '/roles/0/townId', message: '须选择镇（街道）' },
      ]);
      expect(presentError(error, 'en').details).toEqual([
        { path: '/username', message: 'must not be empty' },
        { path: '/roles/0/townId', message: 'needs a town' },
      ]);
    });

    it('omits details when there are none or the list is empty', () => {
      expect(presentError(new AppError('request/invalid'), 'en')).not.toHaveProperty('details');
      expect(presentError(new AppError('request/invalid', { details: [] }), 'en')).not.toHaveProperty(
        'details',
      );
    });
  });

  it('presents everything together', () => {
    const error = new AppError('account/role-scope', {
      params: { summary: { zh: '推荐人须选择镇（街道）', en: 'the endorser needs a town' } },
      clause: { zh: '第八条', en: 'Art. 8' },
      details: [{ path: '/roles/0', message: { zh: '缺少镇（街道）', en: 'town missing' } }],
    });
    expect(presentError(error, 'en')).toEqual({
      code: 'account/role-scope',
      message: 'The roles are not set correctly: the endorser needs a town',
      clause: 'Art. 8',
      details: [{ path: '/roles/0', message: 'town missing' }],
    });
    expect(presentError(error, 'zh-CN')).toEqual({
      code: 'account/role-scope',
      message: '角色设置有误：推荐人须选择镇（街道）',
      clause: '第八条',
      details: [{ path: '/roles/0', message: '缺少镇（街道）' }],
    });
  });
});

describe('ERROR_CATALOGUE', () => {
  it('is not empty', () => {
    expect(CODES.length).toBeGreaterThan(10);
  });

  describe.each(CODES)('%s', (code) => {
    const { status, message } = ERROR_CATALOGUE[code];

    it("has a 'namespace/name' code in lower-case kebab case", () => {
      expect(code).toMatch(/^[a-z]+(-[a-z]+)*\/[a-z]+(-[a-z]+)*$/);
    });

    it('has a 4xx or 5xx status', () => {
      expect(Number.isInteger(status)).toBe(true);
      expect(status).toBeGreaterThanOrEqual(400);
      expect(status).toBeLessThan(600);
    });

    it('has non-empty Chinese and English messages', () => {
      expect(message.zh.trim()).not.toBe('');
      expect(message.en.trim()).not.toBe('');
      expect(message.zh).toMatch(CJK);
      expect(message.en).not.toMatch(CJK);
    });

    it('uses the same {placeholders} in Chinese and English', () => {
      expect(placeholders(message.zh)).toEqual(placeholders(message.en));
    });

    it('leaves no placeholder unfilled when every parameter is given', () => {
      const params = Object.fromEntries(
        placeholders(message.en).map((name) => [name, { zh: '值', en: 'value' }]),
      );
      const error = new AppError(code, { params });
      for (const locale of ['zh-CN', 'en'] as const) {
        const body = presentError(error, locale);
        expect(body.code).toBe(code);
        expect(body.message).not.toMatch(/\{\w+\}/);
      }
    });
  });

  it('answers authentication failures with 401 and refusals with 403', () => {
    expect(ERROR_CATALOGUE['auth/required'].status).toBe(401);
    expect(ERROR_CATALOGUE['auth/invalid-credentials'].status).toBe(401);
    expect(ERROR_CATALOGUE['permission/denied'].status).toBe(403);
    expect(ERROR_CATALOGUE['server/internal'].status).toBe(500);
  });
});
