import { describe, expect, it } from 'vitest';
import type { ApiError } from './client.js';
import {
  createSubmitGate,
  failureOf,
  fieldOf,
  readsAnyOf,
  refusalText,
  splitFieldErrors,
} from './mutationState.js';

/** A refusal as the client builds it (the class itself loads i18n, which needs a browser). */
function refusal(fields: Partial<ApiError> = {}): ApiError {
  return {
    name: 'ApiError',
    status: 409,
    code: 'expert/disqualified',
    message: '该专家已被取消评审资格',
    details: [],
    ...fields,
  } as ApiError;
}

/** Lets a test settle a task when it chooses. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((ok, fail) => {
    resolve = ok;
    reject = fail;
  });
  return { promise, resolve, reject };
}

describe('fieldOf', () => {
  it('finds the form field a server detail is about, whatever the path notation', () => {
    expect(fieldOf('newPassword')).toBe('newPassword');
    expect(fieldOf('/newPassword')).toBe('newPassword');
    expect(fieldOf('/body/newPassword')).toBe('newPassword');
    expect(fieldOf('body.username')).toBe('username');
    expect(fieldOf('roles[0].townId')).toBe('roles');
    expect(fieldOf('/name/zh')).toBe('name');
    expect(fieldOf('')).toBe('');
  });
});

describe('splitFieldErrors', () => {
  it('puts each message on its field, several on one field in order, and the rest apart', () => {
    const split = splitFieldErrors(
      [
        { path: '/body/username', message: '用户名已被使用' },
        { path: '/roles/0/townId', message: '请选择镇（街道）' },
        { path: '/username', message: '只能使用字母和数字' },
        { path: '/body/secret', message: '不认识的字段' },
        { path: '', message: '请求无效' },
      ],
      ['username', 'roles', 'password'],
    );
    expect(split.fieldErrors).toEqual([
      { name: 'username', errors: ['用户名已被使用', '只能使用字母和数字'] },
      { name: 'roles', errors: ['请选择镇（街道）'] },
    ]);
    expect(split.unplaced).toEqual(['不认识的字段', '请求无效']);
  });

  it('leaves every message unplaced when the form has none of the fields', () => {
    const failure = failureOf(refusal({ details: [{ path: '/reason', message: '过短' }] }));
    expect(failure.fieldErrors).toEqual([]);
    expect(failure.unplaced).toEqual(['过短']);
  });
});

describe('refusalText', () => {
  const withClause = (message: string, clause: string) => `${message}（依据：${clause}）`;

  it('adds the clause a refusal rests on', () => {
    expect(refusalText(refusal({ clause: '第二十六条' }), withClause)).toBe(
      '该专家已被取消评审资格（依据：第二十六条）',
    );
  });

  it('is the message alone when no rule is cited', () => {
    expect(refusalText(refusal(), withClause)).toBe('该专家已被取消评审资格');
  });
});

describe('createSubmitGate', () => {
  it('sends once however many times it is asked before the first answer', async () => {
    const gate = createSubmitGate();
    const answer = deferred<string>();
    let sent = 0;
    const task = () => {
      sent += 1;
      return answer.promise;
    };
    const first = gate.run(task);
    expect(gate.run(task)).toBeUndefined();
    expect(gate.run(task)).toBeUndefined();
    expect(gate.busy).toBe(true);
    answer.resolve('done');
    await expect(first).resolves.toBe('done');
    expect(sent).toBe(1);
    expect(gate.busy).toBe(false);
  });

  it('lets the person try again after a refusal, and after a throw before any request', async () => {
    const gate = createSubmitGate();
    const refused = deferred<never>();
    const first = gate.run(() => refused.promise);
    refused.reject(new Error('refused'));
    await expect(first).rejects.toThrow('refused');
    expect(() =>
      gate.run(() => {
        throw new Error('bad input');
      }),
    ).toThrow('bad input');
    await expect(gate.run(() => Promise.resolve(2))).resolves.toBe(2);
  });
});

describe('readsAnyOf', () => {
  it('matches the read of a path, its pages and filters, and what lies below it', () => {
    expect(readsAnyOf(['api', '/accounts'], ['/accounts'])).toBe(true);
    expect(readsAnyOf(['api', '/accounts?page=2&status=active'], ['/accounts'])).toBe(true);
    expect(readsAnyOf(['api', '/panels/7'], ['/panels'])).toBe(true);
  });

  it('leaves other reads alone, including paths that only begin with the same letters', () => {
    expect(readsAnyOf(['api', '/accounts-log'], ['/accounts'])).toBe(false);
    expect(readsAnyOf(['api', '/experts'], ['/accounts', '/conflicts'])).toBe(false);
    expect(readsAnyOf(['api', null], ['/accounts'])).toBe(false);
    expect(readsAnyOf(['other', '/accounts'], ['/accounts'])).toBe(false);
    expect(readsAnyOf(['api', '/accounts'], [])).toBe(false);
  });
});
