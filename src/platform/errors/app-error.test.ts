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

  it('answers with the status of its kind of failure', () => {
    expect(new AppError('record/not-found').status).toBe(404);
    expect(new AppError('application/deadline-passed').status).toBe(409);
    expect(new AppError('auth/required').status).toBe(401);
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

/** The codes of the catalogue for which `bad` holds, to name them in a failure. */
function offending(bad: (code: ErrorCode) => boolean): ErrorCode[] {
  return CODES.filter(bad);
}

describe('ERROR_CATALOGUE (data quality)', () => {
  it('is not empty', () => {
    expect(CODES.length).toBeGreaterThan(10);
  });

  it("names every code 'namespace/name' in lower-case kebab case", () => {
    expect(offending((code) => !/^[a-z]+(-[a-z]+)*\/[a-z]+(-[a-z]+)*$/.test(code))).toEqual([]);
  });

  it('gives every code non-empty Chinese and English messages, each in its language', () => {
    expect(
      offending((code) => {
        const { zh, en } = ERROR_CATALOGUE[code].message;
        return zh.trim() === '' || en.trim() === '' || !CJK.test(zh) || CJK.test(en);
      }),
    ).toEqual([]);
  });

  it('uses the same {placeholders} in Chinese and English', () => {
    expect(
      offending((code) => {
        const { zh, en } = ERROR_CATALOGUE[code].message;
        return placeholders(zh).join() !== placeholders(en).join();
      }),
    ).toEqual([]);
  });

  it('leaves no placeholder unfilled when every parameter is given', () => {
    expect(
      offending((code) => {
        const names = placeholders(ERROR_CATALOGUE[code].message.en);
        const error = new AppError(code, { params: Object.fromEntries(names.map((n) => [n, 'value'])) });
        return (['zh-CN', 'en'] as const).some((locale) =>
          /\{\w+\}/.test(presentError(error, locale).message),
        );
      }),
    ).toEqual([]);
  });
});

/**
 * What the HTTP status of a failure must be, from what kind of failure its code names — written
 * from RFC 9110 and the house rules (a refusal the caller may not know about is "not found"; only
 * a fault of the server is 5xx, because a 5xx tells the user it has been logged as our fault).
 * A new code must fall into one of these kinds, so that its status is a decision. The first kind
 * that matches a code is its kind.
 */
const KINDS: { kind: string; matches: (code: string) => boolean; status: readonly number[] }[] = [
  { kind: 'the server’s own fault', matches: (c) => c.startsWith('server/'), status: [500] },
  { kind: 'something that is not there', matches: (c) => /\/(.+-)?not-found$/.test(c), status: [404] },
  {
    kind: 'not signed in, or sign-in failed',
    matches: (c) => ['auth/required', 'auth/session-expired', 'auth/invalid-credentials'].includes(c),
    status: [401],
  },
  { kind: 'an account locked after failures', matches: (c) => c === 'auth/locked', status: [423, 429] },
  { kind: 'too many requests in a window', matches: (c) => c.endsWith('/rate-limited'), status: [429] },
  {
    kind: 'signed in but refused',
    matches: (c) =>
      c.startsWith('permission/') ||
      c.startsWith('auth/csrf-') ||
      c === 'auth/account-disabled' ||
      // an account that must change its password first; the published demo password outside demo mode
      c === 'auth/password-change-required' ||
      c === 'auth/published-password' ||
      // separation of duties: the person who asked for a role cannot also confirm it
      c === 'account/grant-same-person' ||
      // …and whoever drafted a rules version cannot also approve it
      c === 'rules/own-draft' ||
      (c.endsWith('-required') && c.startsWith('expert/')),
    status: [403],
  },
  {
    kind: 'too large',
    matches: (c) => c.endsWith('/too-large'),
    status: [413],
  },
  {
    kind: 'a content type not accepted',
    matches: (c) => c.endsWith('/unsupported-media-type') || c.startsWith('file/type-'),
    status: [415],
  },
  {
    kind: 'a clash with the state of a record (taken, exists, refused transition, closed, already done)',
    matches: (c) =>
      /\/(.+-)?(taken|exists|conflict|still-referenced|transition-refused|not-open|not-editable|deadline-passed|already-drawn|state|disqualified|incomplete|pool-too-small|no-leader|cannot-disable-self|cannot-reset-self|already-decided|reset-by-office)$/.test(
        c,
      ) && !c.startsWith('file/'),
    status: [409],
  },
  {
    kind: 'bad input',
    matches: (c) =>
      /\/(.+-)?(invalid(-.+)?|malformed-json|malformed-multipart|nul-character|too-long|reason-required|unknown-file|unknown-reference|policy|wrong-current-password|role-scope|role-not-assignable|missing|import-rejected|in-future|reversed)$/.test(
        c,
      ) ||
      c === 'file/incomplete' ||
      // a cycle asked to run on a rules version that is a draft or unknown
      c === 'rules/not-approved' ||
      // someone acting in several programmes who did not say which
      c === 'programme/required',
    status: [400],
  },
];

describe('HTTP status by kind of failure', () => {
  it('puts every code in a kind, so a new code needs a decision', () => {
    const unplaced = offending((code) => !KINDS.some((k) => k.matches(code)));
    expect(unplaced, `codes of no kind: ${unplaced.join(', ')}`).toEqual([]);
  });

  it.each(KINDS.map((k) => [k.kind, k] as const))(
    'answers %s with its status',
    (_kind, { matches, status }) => {
      const codes = CODES.filter((code) => KINDS.find((k) => k.matches(code))?.matches === matches);
      expect(codes.length).toBeGreaterThan(0);
      const wrong = codes
        .filter((code) => !status.includes(new AppError(code).status))
        .map((code) => `${code} → ${new AppError(code).status}`);
      expect(wrong).toEqual([]);
    },
  );

  it('never answers a failure of the caller with a 5xx', () => {
    expect(offending((code) => !code.startsWith('server/') && ERROR_CATALOGUE[code].status >= 500)).toEqual(
      [],
    );
  });

  it('tells "not found", never "forbidden", for a record the caller may not know of (house rule)', () => {
    expect(new AppError('record/not-found').status).toBe(404);
    expect(new AppError('permission/denied').status).toBe(403);
  });
});
