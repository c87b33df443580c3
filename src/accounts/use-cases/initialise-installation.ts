import { appendAudit } from '../../audit/audit-repository.js';
import type { Config } from '../../platform/config/config.js';
import type { Database } from '../../platform/db/database.js';
import { NO_PASSWORD } from '../../platform/security/password-hashing.js';
import {
  clearPassword,
  countAccounts,
  findAccountForSignIn,
  hasActiveHolder,
  insertAccount,
} from '../accounts-repository.js';
import type { IssuedActivation } from '../activation-codes.js';
import { issueActivationCode } from '../activation-codes.js';
import type { Role } from '../core/roles.js';

/** The accounts an installation starts with: the administrator, and the first auditor. */
export const FIRST_ACCOUNTS = {
  system_admin: { username: 'admin', displayName: { zh: '系统管理员', en: 'System administrator' } },
  auditor: { username: 'auditor', displayName: { zh: '审计员', en: 'Auditor' } },
} as const satisfies Partial<Record<Role, unknown>>;
export type FirstRole = keyof typeof FIRST_ACCOUNTS;

// Servers starting together take turns: only the first creates the accounts.
const INSTALLATION_LOCK = 7_241_014;

export interface SetupCode extends IssuedActivation {
  username: string;
  role: FirstRole;
}

/**
 * A server installation starts with no published password: the administrator's (and the first
 * auditor's, who confirms the first Office staff) account is created without one, with a
 * one-time setup code printed once, which the person uses to set their own password. `fresh`:
 * only when the database has no accounts at all (first start); otherwise (`npm run admin:init`)
 * the account's password is void and a new code issued — whoever runs it has the server.
 */
export async function initialiseInstallation(
  db: Database,
  config: Pick<Config, 'activationCodeHours'>,
  now: Date,
  options: { roles: FirstRole[]; onlyIfEmpty: boolean },
): Promise<SetupCode[]> {
  return db.transaction(async (tx) => {
    if (!options.onlyIfEmpty) await countAccounts(tx, INSTALLATION_LOCK);
    if (options.onlyIfEmpty && (await countAccounts(tx, INSTALLATION_LOCK)) > 0) return [];
    const codes: SetupCode[] = [];
    for (const role of options.roles) {
      // The first auditor only: once an auditor has set a password, further auditors are granted
      // by the administrator and confirmed by an auditor, and whoever runs this on the server
      // (the administrator) must not be able to take an auditor's account.
      if (role === 'auditor' && (await hasActiveHolder(tx, 'auditor', NO_PASSWORD)))
        throw new Error(
          'an auditor has already set a password: ask the administrator to create an account, an auditor confirms it',
        );
      const first = FIRST_ACCOUNTS[role];
      const existing = await findAccountForSignIn(tx, first.username);
      if (existing && !existing.roles.some((r) => r.role === role))
        throw new Error(`the account "${first.username}" exists without the role ${role}`);
      const userId =
        existing?.id ??
        (await insertAccount(tx, {
          username: first.username,
          displayName: first.displayName.zh,
          email: null,
          phone: null,
          passwordHash: NO_PASSWORD,
          mustChangePassword: false,
          roles: [{ role }],
        }));
      if (existing) await clearPassword(tx, userId, NO_PASSWORD);
      else
        await appendAudit(
          tx,
          { actorId: null, clientIp: null },
          {
            action: 'account.created',
            recordType: 'account',
            recordId: userId,
            after: { username: first.username, roles: [{ role }], installation: true },
          },
        );
      const issued = await issueActivationCode(tx, {
        userId,
        purpose: 'setup',
        issuedBy: null,
        now,
        hours: config.activationCodeHours,
      });
      await appendAudit(
        tx,
        { actorId: null, clientIp: null },
        {
          action: 'account.setup-issued',
          recordType: 'account',
          recordId: userId,
          after: { expiresAt: issued.expiresAt, passwordCleared: Boolean(existing) },
        },
      );
      codes.push({ ...issued, username: first.username, role });
    }
    return codes;
  });
}
