import { type Locale, type LocalizedText, pick } from '../../platform/i18n/localized.js';

/**
 * The words for the codes the platform writes into the audit trail and the access log: every
 * action, record type and access event, in Chinese and English. The one place they are named —
 * the auditor's pages and the Excel exports both read it. `log-vocabulary-coverage.test.ts` reads
 * every action and record type the source can write and fails on one without a name here.
 */
export const AUDIT_ACTIONS: Readonly<Record<string, LocalizedText>> = {
  // Accounts
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
  'account.setup-issued': { zh: '发放初始化设置码', en: 'Setup code issued' },
  'account.set-up': { zh: '初始化账户（本人设置密码）', en: 'Account set up (own password set)' },
  'account.password-reset-issued': { zh: '发放密码重置码', en: 'Password reset code issued' },
  'account.password-reset': { zh: '重置密码（本人设置新密码）', en: 'Password reset (own new password set)' },
  'account.role-granted': { zh: '确认授予角色', en: 'Role grant confirmed' },
  'account.password-change-required': { zh: '要求修改密码', en: 'Password change required' },
  // Reference lists
  'reference.towns.created': { zh: '新增镇（街道）', en: 'Town added' },
  'reference.towns.updated': { zh: '修改镇（街道）', en: 'Town changed' },
  'reference.departments.created': { zh: '新增主管部门', en: 'Department added' },
  'reference.departments.updated': { zh: '修改主管部门', en: 'Department changed' },
  // Organisations
  'organisation.registered': { zh: '单位注册', en: 'Organisation registered' },
  // Programmes (the awards an installation runs, decision 0008)
  'programme.created': { zh: '新增评奖项目', en: 'Award programme added' },
  'pool.shared': { zh: '共享专家库', en: 'Expert pool shared' },
  'pool.unshared': { zh: '停止共享专家库', en: 'Expert pool no longer shared' },
  // Programme rules versions (rules as data)
  'rules-version.registered': { zh: '登记随平台发布的评奖规则版本', en: 'Shipped rules version registered' },
  'rules-version.drafted': { zh: '起草评奖规则版本', en: 'Rules version drafted' },
  'rules-version.updated': { zh: '修改评奖规则草稿', en: 'Rules draft changed' },
  'rules-version.approved': { zh: '批准评奖规则版本', en: 'Rules version approved' },
  // Cycles (Art. 5, 13)
  'cycle.created': { zh: '创建评选周期', en: 'Cycle created' },
  'cycle.updated': { zh: '修改评选周期', en: 'Cycle changed' },
  'cycle.criteria_approved': { zh: '审定评审标准', en: 'Criteria approved' },
  'cycle.draft': { zh: '撤回评审标准审定（退回草稿）', en: 'Criteria approval withdrawn (back to draft)' },
  'cycle.published': { zh: '发布评审公告', en: 'Announcement published' },
  'cycle.closed': { zh: '截止受理申报', en: 'Closed to applications' },
  // Applications (Art. 14, 15)
  'application.started': { zh: '开始填写申报表', en: 'Application started' },
  'application.draft-saved': { zh: '保存申报表', en: 'Application form saved' },
  'application.file-uploaded': { zh: '上传申报附件', en: 'Application file uploaded' },
  'application.awaiting_endorsement': { zh: '提请推荐', en: 'Sent for endorsement' },
  'application.endorsement-recorded': { zh: '签署推荐意见', en: 'Endorsement opinion recorded' },
  'application.draft': { zh: '退回申报表（待修改）', en: 'Application returned to draft' },
  'application.endorsed': { zh: '确认已获推荐', en: 'Application endorsed' },
  'application.not_recommended': { zh: '未获推荐（不同意推荐）', en: 'Not recommended by an endorser' },
  'application.submitted': { zh: '提交申报材料', en: 'Application submitted' },
  'application.accepted': { zh: '初审通过', en: 'Accepted in the preliminary check' },
  'application.returned': { zh: '初审退回修改', en: 'Returned for correction' },
  'application.rejected': { zh: '初审不予通过', en: 'Rejected in the preliminary check' },
  'application.deadline-extended': { zh: '延长补正期限', en: 'Correction deadline extended' },
  // Experts and conflicts of interest
  'expert.created': { zh: '专家入库', en: 'Expert added to the pool' },
  'expert.updated': { zh: '修改专家信息', en: 'Expert profile changed' },
  'expert.active': { zh: '专家恢复在库', en: 'Expert reinstated' },
  'expert.suspended': { zh: '暂停专家', en: 'Expert suspended' },
  'expert.disqualified': { zh: '取消专家资格', en: 'Expert disqualified' },
  'expert.activation-issued': { zh: '发放专家激活码', en: 'Expert activation code issued' },
  'expert.availability-set': { zh: '登记专家可参评情况', en: 'Expert availability recorded' },
  'expert.undertaking-accepted': { zh: '专家签署承诺书', en: 'Expert undertaking accepted' },
  'conflict.recorded': { zh: '登记回避关系', en: 'Conflict of interest recorded' },
  'conflict.confirmed': { zh: '确认回避关系', en: 'Conflict of interest confirmed' },
  'conflict.dismissed': { zh: '排除回避关系', en: 'Conflict of interest dismissed' },
  'conflict.detection-run': { zh: '运行回避关系检测', en: 'Conflict detection run' },
  // Panels and draws (Art. 16)
  'panel.created': { zh: '创建评审组', en: 'Panel created' },
  'draw.pool-frozen': { zh: '冻结抽取名单', en: 'Draw pool frozen' },
  'draw.pool-refrozen': { zh: '重新冻结抽取名单', en: 'Draw pool frozen again' },
  'draw.drawn': { zh: '抽取专家', en: 'Experts drawn' },
  'panel.seat-confirmed': { zh: '专家确认参加', en: 'Seat confirmed by the expert' },
  'panel.seat-declined': { zh: '专家拒绝参加', en: 'Seat declined by the expert' },
  'panel.seat-replaced': { zh: '递补专家', en: 'Declined seat replaced' },
};

/** What the trail's and the log's entries are about (`record_type`). */
export const RECORD_TYPES: Readonly<Record<string, LocalizedText>> = {
  account: { zh: '账户', en: 'Account' },
  towns: { zh: '镇（街道）', en: 'Town' },
  departments: { zh: '主管部门', en: 'Department' },
  organisation: { zh: '申报单位', en: 'Organisation' },
  programme: { zh: '评奖项目', en: 'Award programme' },
  'pool-share': { zh: '专家库共享', en: 'Pool share' },
  'rules-version': { zh: '评奖规则版本', en: 'Rules version' },
  cycle: { zh: '评选周期', en: 'Cycle' },
  application: { zh: '申报材料', en: 'Application' },
  file: { zh: '申报附件', en: 'Application file' },
  expert: { zh: '专家', en: 'Expert' },
  conflict: { zh: '回避关系', en: 'Conflict of interest' },
  panel: { zh: '评审组', en: 'Panel' },
  'audit-trail': { zh: '审计日志', en: 'Audit trail' },
  'access-log': { zh: '访问日志', en: 'Access log' },
};

/** Every event the access log records. */
export const ACCESS_EVENTS = [
  'sign-in',
  'sign-in-failed',
  'sign-in-locked',
  'sign-out',
  'read',
  'export',
  'activated',
  'activation-failed',
] as const;
export type AccessEvent = (typeof ACCESS_EVENTS)[number];

export const ACCESS_EVENT_NAMES: Readonly<Record<AccessEvent, LocalizedText>> = {
  'sign-in': { zh: '登录', en: 'Sign-in' },
  'sign-in-failed': { zh: '登录失败', en: 'Sign-in failed' },
  'sign-in-locked': { zh: '锁定期间尝试登录', en: 'Sign-in while locked' },
  'sign-out': { zh: '退出登录', en: 'Sign-out' },
  read: { zh: '查阅', en: 'Read' },
  export: { zh: '导出', en: 'Export' },
  activated: { zh: '激活账户', en: 'Account activated' },
  'activation-failed': { zh: '激活失败', en: 'Activation failed' },
};

/** The name of a code in one language, or the code itself when it has none. */
export function nameOf(
  vocabulary: Readonly<Record<string, LocalizedText>>,
  code: string | null,
  locale: Locale,
): string {
  if (code === null) return '';
  const name = vocabulary[code];
  return name ? pick(name, locale) : code;
}
