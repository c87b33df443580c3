import type { LocalizedText } from '../i18n/localized.js';

interface ErrorKind {
  status: number;
  /** Message templates; `{name}` is replaced by the error's parameter of that name. */
  message: LocalizedText;
}

/**
 * Every error the platform answers with: a namespaced code, its HTTP status and the message
 * in both languages. Domains add their codes here so one handler can present them all.
 */
export const ERROR_CATALOGUE = {
  'request/invalid': {
    status: 400,
    message: { zh: '提交的内容有误：{summary}', en: 'The request is not valid: {summary}' },
  },
  'request/malformed-json': {
    status: 400,
    message: { zh: '提交的内容不是有效的 JSON。', en: 'The request body is not valid JSON.' },
  },
  'request/unsupported-media-type': {
    status: 415,
    message: {
      zh: '不支持的内容类型，请以 application/json 提交。',
      en: 'Unsupported content type; send application/json.',
    },
  },
  'request/too-large': {
    status: 413,
    message: { zh: '提交的内容超过 {limit} 的上限。', en: 'The request is larger than the {limit} limit.' },
  },
  'request/route-not-found': {
    status: 404,
    message: { zh: '没有这个接口。', en: 'There is no such endpoint.' },
  },
  'record/not-found': {
    status: 404,
    message: { zh: '未找到该记录。', en: 'The record was not found.' },
  },
  'record/conflict': {
    status: 409,
    message: {
      zh: '该记录已被他人修改，请刷新后重试。',
      en: 'Someone else changed this record; reload and try again.',
    },
  },
  'auth/required': {
    status: 401,
    message: { zh: '请先登录。', en: 'Please sign in first.' },
  },
  'auth/session-expired': {
    status: 401,
    message: {
      zh: '登录已超时或已失效，请重新登录。',
      en: 'Your session has expired or is no longer valid; please sign in again.',
    },
  },
  'auth/invalid-credentials': {
    status: 401,
    message: { zh: '用户名或密码不正确。', en: 'The user name or password is incorrect.' },
  },
  'auth/locked': {
    status: 423,
    message: {
      zh: '连续登录失败次数过多，账号已锁定至 {until}（北京时间）。',
      en: 'Too many failed sign-ins: the account is locked until {until} (Beijing time).',
    },
  },
  'auth/account-disabled': {
    status: 403,
    message: {
      zh: '该账号已停用，请联系系统管理员。',
      en: 'This account is disabled; contact the system administrator.',
    },
  },
  'auth/csrf-missing': {
    status: 403,
    message: {
      zh: '请求缺少安全校验码，请刷新页面后重试。',
      en: 'The request lacks its security token; reload the page and try again.',
    },
  },
  'auth/csrf-invalid': {
    status: 403,
    message: {
      zh: '安全校验码无效，请刷新页面后重试。',
      en: 'The security token is not valid; reload the page and try again.',
    },
  },
  'auth/password-policy': {
    status: 400,
    message: {
      zh: '新密码不符合密码规则：{summary}',
      en: 'The new password does not meet the password rules: {summary}',
    },
  },
  'auth/wrong-current-password': {
    status: 400,
    message: { zh: '当前密码不正确。', en: 'The current password is incorrect.' },
  },
  'permission/denied': {
    status: 403,
    message: {
      zh: '您没有权限进行此操作（需要角色：{roles}）。',
      en: 'You may not do this (it needs the role: {roles}).',
    },
  },
  'account/username-taken': {
    status: 409,
    message: { zh: '用户名“{username}”已被使用。', en: 'The user name "{username}" is already taken.' },
  },
  'account/cannot-disable-self': {
    status: 409,
    message: {
      zh: '不能停用自己的账号，以免系统无人管理。',
      en: 'You cannot disable your own account, lest nobody can administer the system.',
    },
  },
  'account/role-scope': {
    status: 400,
    message: { zh: '角色设置有误：{summary}', en: 'The roles are not set correctly: {summary}' },
  },
  'account/role-not-assignable': {
    status: 400,
    message: {
      zh: '申报单位账号由单位自行注册，管理员不能创建。',
      en: 'Applicant accounts are registered by the organisations themselves, not created by administrators.',
    },
  },
  'reference/code-taken': {
    status: 409,
    message: { zh: '编码“{code}”已被使用。', en: 'The code "{code}" is already in use.' },
  },
  'server/internal': {
    status: 500,
    message: {
      zh: '服务器内部错误，已记录，请稍后重试。',
      en: 'Internal server error; it has been logged. Please try again later.',
    },
  },
} as const satisfies Record<string, ErrorKind>;

export type ErrorCode = keyof typeof ERROR_CATALOGUE;
