import { appendAudit } from '../../audit/audit-repository.js';
import type { RequestContext } from '../request-context.js';
import { NO_PASSWORD } from '../../platform/security/password-hashing.js';
import { findAccountForSignIn } from '../accounts-repository.js';
import { issueActivationCode } from '../activation-codes.js';

/**
 * A person who forgot their password asks for a reset by user name; with mail configured, a
 * one-time reset code and its link go to the mailbox on the account. The caller learns nothing:
 * the route answers the same before this runs, for a real name, an unknown one, an account
 * without a mailbox or one still waiting for its activation (which keeps its own code). The
 * password keeps working until the code is used, so a stranger's request locks nobody out.
 * Returns whether a message was sent (for tests and the log, never for the caller).
 */
export async function requestPasswordReset(context: RequestContext, username: string): Promise<boolean> {
  const { db, config, mailer } = context;
  if (!config.mail || !mailer) return false;
  const account = await findAccountForSignIn(db, username.trim());
  if (!account || account.status !== 'active' || !account.email || account.passwordHash === NO_PASSWORD)
    return false;
  const issued = await db.transaction(async (tx) => {
    const code = await issueActivationCode(tx, {
      userId: account.id,
      purpose: 'reset',
      issuedBy: null,
      now: context.clock(),
      hours: config.resetCodeHours,
    });
    await appendAudit(
      tx,
      { actorId: null, clientIp: context.clientIp },
      {
        action: 'account.password-reset-issued',
        recordType: 'account',
        recordId: account.id,
        after: { by: 'mail', expiresAt: code.expiresAt },
      },
    );
    return code;
  });
  const query = new URLSearchParams({ username: account.username, code: issued.code });
  const link = `${config.mail.publicUrl}/activate?purpose=reset&${query.toString()}`;
  await mailer.send({
    to: account.email,
    subject: '重置密码 · Password reset — 质量奖评审管理平台',
    text: [
      `${account.displayName}，您好：`,
      '',
      `有人为用户名 ${account.username} 申请重置密码。如是您本人，请在 ${config.resetCodeHours} 小时内打开下面的链接设置新密码：`,
      link,
      `或在“激活账号”页面输入用户名和重置码：${issued.code}`,
      '如非本人申请，请忽略本邮件：您的密码不会改变。',
      '',
      `Someone asked to reset the password of ${account.username}. If it was you, open the link above within ${config.resetCodeHours} hours and set a new password, or enter the code on the activation page. If not, ignore this message: your password stays as it is.`,
    ].join('\n'),
  });
  return true;
}
