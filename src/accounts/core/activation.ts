/**
 * Activation codes: what a new account (or the first administrator) receives instead of a
 * password chosen by someone else. 16 characters of Crockford base32 (80 bits), shown in groups
 * of four; typed back in any case, with or without spaces and dashes.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Formats 10 random bytes as XXXX-XXXX-XXXX-XXXX. */
export function formatActivationCode(bytes: Uint8Array): string {
  if (bytes.length !== 10) throw new Error('an activation code takes 10 random bytes');
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return out.match(/.{4}/g)!.join('-');
}

/** What the person typed, as the code was issued: upper case, separators gone, look-alikes mapped. */
export function normaliseActivationCode(typed: string): string {
  const plain = typed.toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0');
  return plain.length === 16 ? plain.match(/.{4}/g)!.join('-') : plain;
}

export function isActivationLive(activation: { expiresAt: Date }, now: Date): boolean {
  return now < activation.expiresAt;
}
