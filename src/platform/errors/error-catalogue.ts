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
  'request/nul-character': {
    status: 400,
    message: {
      zh: '提交的内容含有空字符（NUL, U+0000），请删除后重试：{fields}',
      en: 'The request contains a NUL character (U+0000); remove it and try again: {fields}',
    },
  },
  'request/malformed-multipart': {
    status: 400,
    message: {
      zh: '上传的内容不是有效的 multipart/form-data（缺少分隔符 boundary 或格式有误）。',
      en: 'The upload is not valid multipart/form-data (no boundary, or malformed).',
    },
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
      zh: '从您的网络地址用此用户名登录失败次数过多，请于 {until}（北京时间）后再试。',
      en: 'Too many failed sign-ins with this user name from your address: try again after {until} (Beijing time).',
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
  'auth/password-change-required': {
    status: 403,
    message: {
      zh: '请先修改密码：当前密码不再符合密码规则，修改前除修改密码和退出登录外不能进行其他操作。',
      en: 'Change your password first: it no longer meets the password rules, and until it is changed only changing it and signing out are possible.',
    },
  },
  'auth/activation-invalid': {
    status: 400,
    message: {
      zh: '用户名或激活码不正确，或激活码已使用、已过期。请向发放激活码的人索取新的激活码。',
      en: 'The user name or activation code is wrong, or the code was used or has expired. Ask whoever gave you the code for a new one.',
    },
  },
  'auth/published-password': {
    status: 403,
    message: {
      zh: '该账号仍在使用公开的演示密码，正式安装不接受此密码。请向系统管理员索取激活码，自行设置新密码（管理员账号请运行 npm run admin:init）。',
      en: 'This account still has the published demo password, which a real installation refuses. Ask the system administrator for an activation code and set your own password (for the administrator: npm run admin:init).',
    },
  },
  'auth/reset-by-office': {
    status: 409,
    message: {
      zh: '本平台未配置电子邮件，无法自助重置密码。申报单位请持营业执照到评委会办公室申请重置码；工作人员和专家请联系为您开通账号的人重新发放激活码。',
      en: 'Mail is not configured here, so passwords cannot be reset by e-mail. Organisations: bring the business licence to the Committee Office for a reset code. Staff and experts: ask whoever opened your account for a new activation code.',
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
  'account/cannot-reset-self': {
    status: 409,
    message: {
      zh: '不能为自己的账号发放激活码，请修改密码。',
      en: 'You cannot issue an activation code for your own account; change your password instead.',
    },
  },
  'account/grant-same-person': {
    status: 403,
    message: {
      zh: '申请授予角色的人和被授予角色的人不能确认该授权，须由另一人确认。',
      en: 'Neither who asked for the role nor who would hold it may confirm the grant; another person must.',
    },
  },
  'account/grant-already-decided': {
    status: 409,
    message: { zh: '该授权已被他人处理。', en: 'Someone else has already dealt with this grant.' },
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
  'file/too-large': {
    status: 413,
    message: { zh: '文件超过 {limit} 的大小上限。', en: 'The file is larger than the {limit} limit.' },
  },
  'file/type-not-allowed': {
    status: 415,
    message: {
      zh: '不支持该文件类型（识别为：{detected}）。请上传 {allowed}。',
      en: 'This file type is not accepted (detected: {detected}). Please upload {allowed}.',
    },
  },
  'file/type-mismatch': {
    status: 415,
    message: {
      zh: '文件内容与扩展名不符：“{name}”实际为 {detected} 文件，可能被改过扩展名。',
      en: 'The file content does not match its extension: "{name}" is really a {detected} file; it may have been renamed.',
    },
  },
  'file/incomplete': {
    status: 400,
    message: {
      zh: '文件上传未完成（连接中断），未保存任何内容，请重新上传。',
      en: 'The upload did not complete (the connection was cut); nothing was saved. Please upload again.',
    },
  },
  'file/missing': {
    status: 400,
    message: { zh: '请求中没有文件。', en: 'The request contains no file.' },
  },
  'organisation/invalid-credit-code': {
    status: 400,
    message: {
      zh: '统一社会信用代码无效：{problem}',
      en: 'The Unified Social Credit Code is not valid: {problem}',
    },
  },
  'organisation/registration-conflict': {
    status: 409,
    message: {
      zh: '注册未完成：该统一社会信用代码已有账号，或该用户名已被他人使用。请先换一个用户名重试；若仍不成功，说明贵单位已注册（每个单位只有一个账号），请由原账号持有人登录，或携营业执照联系评委会办公室找回账号。',
      en: 'Registration not completed: this credit code already has an account, or the user name is taken. Try another user name first; if that fails too, your organisation is already registered (one account each): its holder signs in, or bring the business licence to the Committee Office to recover the account.',
    },
  },
  'organisation/unknown-reference': {
    status: 400,
    message: {
      zh: '所选的{what}不存在或已停用。',
      en: 'The selected {what} does not exist or is no longer active.',
    },
  },
  'organisation/registration-date-in-future': {
    status: 400,
    message: { zh: '成立日期不能晚于今天。', en: 'The registration date cannot be in the future.' },
  },
  'rules/invalid-document': {
    status: 400,
    message: {
      zh: '评奖规则文件有误：{summary}',
      en: 'The rules document is not valid: {summary}',
    },
  },
  'rules/exists': {
    status: 409,
    message: {
      zh: '规则版本 {id} 已存在，请另取版本号。',
      en: 'The rules version {id} exists; choose another id.',
    },
  },
  'rules/not-editable': {
    status: 409,
    message: {
      zh: '该规则版本已批准，不能再修改；请以它为基础起草新版本。',
      en: 'This rules version is approved and cannot change; draft a new version based on it.',
    },
  },
  'rules/revision-conflict': {
    status: 409,
    message: {
      zh: '该草稿已被他人修改，请刷新后再改。',
      en: 'Someone else changed this draft; reload it and make your change again.',
    },
  },
  'rules/own-draft': {
    status: 403,
    message: {
      zh: '起草人不能批准自己起草的规则版本。',
      en: 'Whoever drafted a rules version may not approve it.',
    },
  },
  'programme/exists': {
    status: 409,
    message: {
      zh: '奖项标识“{id}”或回执编号前缀“{prefix}”已被使用。',
      en: 'The programme id "{id}" or the receipt prefix "{prefix}" is already in use.',
    },
  },
  'programme/invalid': {
    status: 400,
    message: { zh: '奖项信息有误：{reason}', en: 'The programme is not valid: {reason}' },
  },
  'pool-share/exists': {
    status: 409,
    message: { zh: '专家库已与该奖项共享。', en: 'The pool is already shared with that programme.' },
  },
  'programme/required': {
    status: 400,
    message: {
      zh: '您在多个奖项中担任此角色，请指明所办理的奖项（programme）。',
      en: 'You hold this role in several programmes: say which programme this is for (programme).',
    },
  },
  'rules/not-approved': {
    status: 400,
    message: {
      zh: '规则版本 {id} 不存在或尚未批准，周期只能采用已批准的规则版本。',
      en: 'The rules version {id} does not exist or is not approved; a cycle runs on an approved version only.',
    },
  },
  'cycle/exists': {
    status: 409,
    message: {
      zh: '{year} 年度的评审周期已存在，每个奖项每年只有一个周期。',
      en: 'A {year} cycle already exists; an award has one cycle a year.',
    },
  },
  'cycle/invalid': {
    status: 400,
    message: { zh: '周期设置有误：{reason}', en: 'The cycle is not set up correctly: {reason}' },
  },
  'cycle/transition-refused': {
    status: 409,
    message: { zh: '不能进行此操作：{reason}', en: 'This cannot be done: {reason}' },
  },
  'cycle/not-open': {
    status: 409,
    message: {
      zh: '当前没有正在受理申报的评审周期。',
      en: 'No cycle is accepting applications at the moment.',
    },
  },
  'application/exists': {
    status: 409,
    message: {
      zh: '本单位已在本年度周期中创建申报，请继续填写原申报。',
      en: 'Your organisation already has an application in this cycle; continue with it.',
    },
  },
  'application/not-editable': {
    status: 409,
    message: {
      zh: '申报当前状态为“{status}”，不能修改。',
      en: 'The application is "{status}" and cannot be changed now.',
    },
  },
  'application/overview-too-long': {
    status: 400,
    message: {
      zh: '单位概述最多 {max} 字，当前 {count} 字。',
      en: 'The organisation overview may have at most {max} characters; it has {count}.',
    },
  },
  'application/incomplete': {
    status: 409,
    message: { zh: '申报材料尚未填写完整：{summary}', en: 'The application is not complete: {summary}' },
  },
  'application/transition-refused': {
    status: 409,
    message: { zh: '不能进行此操作：{reason}', en: 'This cannot be done: {reason}' },
  },
  'application/deadline-passed': {
    status: 409,
    message: {
      zh: '申报截止时间 {deadline}（北京时间）已过，不能再提交。',
      en: 'The deadline, {deadline} (Beijing time), has passed; the application can no longer be submitted.',
    },
  },
  'application/reason-required': {
    status: 400,
    message: { zh: '{what}须填写书面理由。', en: '{what} needs a written reason.' },
  },
  'application/unknown-file': {
    status: 400,
    message: {
      zh: '引用的文件不属于本申报：{fileId}',
      en: 'The referenced file does not belong to this application: {fileId}',
    },
  },
  'expert/invalid': {
    status: 400,
    message: { zh: '专家信息有误：{summary}', en: 'The expert details are not valid: {summary}' },
  },
  'expert/identity-taken': {
    status: 409,
    message: {
      zh: '身份证号码 {masked} 已在专家库中。',
      en: 'The identity number {masked} is already in the expert pool.',
    },
  },
  'expert/import-rejected': {
    status: 400,
    message: {
      zh: '导入未执行：{count} 处错误，请修改后重新导入（未导入任何记录）。',
      en: 'Nothing was imported: {count} problems; correct them and import again.',
    },
  },
  'expert/disqualified': {
    status: 409,
    message: {
      zh: '该专家已被取消评审资格，不能恢复或抽取。',
      en: 'This expert is disqualified and can neither be reinstated nor drawn.',
    },
  },
  'conflict/invalid': {
    status: 400,
    message: { zh: '回避记录有误：{reason}', en: 'The conflict record is not valid: {reason}' },
  },
  'draw/invalid-panel': {
    status: 400,
    message: { zh: '评审组设置有误：{reason}', en: 'The panel is not set up correctly: {reason}' },
  },
  'draw/pool-too-small': {
    status: 409,
    message: { zh: '专家不足，无法抽取：{reason}', en: 'Too few experts to draw: {reason}' },
  },
  'draw/no-leader': {
    status: 409,
    message: { zh: '没有组长人选，无法抽取：{reason}', en: 'No team leader to draw: {reason}' },
  },
  'draw/state': {
    status: 409,
    message: { zh: '不能进行此操作：{reason}', en: 'This cannot be done: {reason}' },
  },
  'draw/already-drawn': {
    status: 409,
    message: {
      zh: '该评审组已由他人完成抽取，请刷新查看结果。',
      en: 'Someone else has just drawn this panel; reload to see the result.',
    },
  },
  'expert/undertaking-required': {
    status: 403,
    message: {
      zh: '查阅申报材料前，须先签署保密和公正承诺书。',
      en: 'Accept the confidentiality and impartiality undertaking before opening application material.',
    },
  },
  'request/invalid-value': {
    status: 400,
    message: {
      zh: '提交的值无效（格式、长度或取值范围不符）。',
      en: 'A value in the request is not valid (its format, length or range).',
    },
  },
  'request/date-range-reversed': {
    status: 400,
    message: {
      zh: '起始日期晚于截止日期。',
      en: 'The start date is after the end date.',
    },
  },
  'record/reference-not-found': {
    status: 404,
    message: { zh: '所引用的记录不存在。', en: 'A record the request refers to does not exist.' },
  },
  'record/still-referenced': {
    status: 409,
    message: { zh: '该记录仍被其他记录引用，不能删除或修改。', en: 'Other records still refer to this one.' },
  },
  'request/rate-limited': {
    status: 429,
    message: {
      zh: '请求过于频繁，请在 {seconds} 秒后重试。',
      en: 'Too many requests; try again in {seconds} seconds.',
    },
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
