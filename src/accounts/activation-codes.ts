import { randomBytes } from 'node:crypto';
import type { Queryable } from '../platform/db/database.js';
import { sha256Hex } from '../platform/security/tokens.js';
import type { ActivationPurpose } from './activations-repository.js';
import { replaceActivation } from './activations-repository.js';
import { formatActivationCode, normaliseActivationCode } from './core/activation.js';

export interface IssuedActivation {
  code: string;
  expiresAt: Date;
}

/** The stored form of a code: SHA-256 of it as issued (80 random bits need no slow hash). */
export function activationCodeHash(typed: string): string {
  return sha256Hex(normaliseActivationCode(typed));
}

/**
 * Issues the account's one live code inside the caller's transaction (which audits it) and
 * returns it to be shown once; only its hash is kept.
 */
export async function issueActivationCode(
  tx: Queryable,
  options: { userId: string; purpose: ActivationPurpose; issuedBy: string | null; now: Date; hours: number },
): Promise<IssuedActivation> {
  const code = formatActivationCode(randomBytes(10));
  const expiresAt = new Date(options.now.getTime() + options.hours * 3_600_000);
  await replaceActivation(tx, {
    userId: options.userId,
    codeHash: activationCodeHash(code),
    purpose: options.purpose,
    issuedBy: options.issuedBy,
    issuedAt: options.now,
    expiresAt,
  });
  return { code, expiresAt };
}
