import { createHash, createHmac } from 'node:crypto';

/**
 * SHA-256 of a string's UTF-8 bytes, lower-case hex, by node:crypto — about ten times the speed
 * of the kernel's portable one (`sha256Hex`), for hashing large documents on the server (the
 * draw's pool documents). Same bytes, same digest.
 */
export function sha256HexNode(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * HMAC-SHA-256 of the concatenated parts by node:crypto (the draw's DRBG on the server; about
 * 6 µs a call against the portable one's 11 µs).
 */
export function hmacSha256Node(key: Uint8Array, ...parts: Uint8Array[]): Uint8Array {
  const mac = createHmac('sha256', key);
  for (const part of parts) mac.update(part);
  return mac.digest();
}
