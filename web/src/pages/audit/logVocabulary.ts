import type { LocalizedText } from '../../../../src/platform/i18n/localized.js';
import type { AccessEvent } from '../../api/types.js';

/**
 * Readable names for the codes the server writes into the audit trail and access log. The code
 * itself is always shown too; a code missing here simply appears as it is.
 */
export const AUDIT_ACTIONS: Record<string, LocalizedText> = {
  'account.created': { zh: '创建账户', en: 'Account created' },
  'account.disabled': { zh: '停用账户', en: 'Account disabled' },
  'account.enabled': { zh: '启用账户', en: 'Account enabled' },
  'account.password-changed': { zh: '修改密码', en: 'Password changed' },
  'account.signed-in': { zh: '登录', en: 'Signed in' },
  'account.signed-out': { zh: '退出登录', en: 'Signed out' },
  'account.sign-in-failed': { zh: '登录失败', en: 'Sign-in failed' },
  'account.locked': { zh: '账户锁定', en: 'Account locked' },
  'account.activation-issued': { zh: '发放激活码', en: 'Activation code issued' },
  'account.activated': { zh: '激活账户（本人设置密码）', en: 'Account activated (own password set)' },
  'account.set-up': { zh: '初始化管理员（本人设置密码）', en: 'Administrator set up (own password set)' },
  'account.role-granted': { zh: '确认授予角色', en: 'Role grant confirmed' },
  'account.password-change-required': { zh: '要求修改密码', en: 'Password change required' },
  'reference.towns.created': { zh: '新增镇（街道）', en: 'Town added' },
  'reference.towns.updated': { zh: '修改镇（街道）', en: 'Town changed' },
  'reference.departments.created': { zh: '新增主管部门', en: 'Department added' },
  'reference.departments.updated': { zh: '修改主管部门', en: 'Department changed' },
  'organisation.registered': { zh: '单位注册', en: 'Organisation registered' },
  'cycle.created': { zh: '创建评选周期', en: 'Cycle created' },
  'cycle.updated': { zh: '修改评选周期', en: 'Cycle changed' },
};

/** Every event the access log's filter takes (the API document's list), each named. */
export const ACCESS_EVENTS: Record<AccessEvent, LocalizedText> = {
  'sign-in': { zh: '登录', en: 'Sign-in' },
  'sign-in-failed': { zh: '登录失败', en: 'Sign-in failed' },
  'sign-in-locked': { zh: '锁定期间尝试登录', en: 'Sign-in while locked' },
  'sign-out': { zh: '退出登录', en: 'Sign-out' },
  read: { zh: '查阅', en: 'Read' },
  activated: { zh: '激活账户', en: 'Account activated' },
  'activation-failed': { zh: '激活失败', en: 'Activation failed' },
};

export const ACCESS_EVENT_CODES = Object.keys(ACCESS_EVENTS) as AccessEvent[];

export const RECORD_TYPES: Record<string, LocalizedText> = {
  account: { zh: '账户', en: 'Account' },
  towns: { zh: '镇（街道）', en: 'Town' },
  departments: { zh: '主管部门', en: 'Department' },
  organisation: { zh: '申报单位', en: 'Organisation' },
  cycle: { zh: '评选周期', en: 'Cycle' },
  application: { zh: '申报材料', en: 'Application' },
};

/** Long ids (UUIDs) are cut to their first 8 characters for the table; the full id is in the tooltip. */
export function shortId(id: string | number): string {
  const text = String(id);
  return text.length > 12 ? `${text.slice(0, 8)}…` : text;
}
