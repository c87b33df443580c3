import argon2 from 'argon2';

/** argon2id with the library's defaults (64 MiB, 3 passes): OWASP's recommended floor. */
export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

/** Stored for an account whose password has not been issued yet: it matches no password. */
export const NO_PASSWORD = '!unset';

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  if (hash === NO_PASSWORD) return false;
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}
