import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

/**
 * JSON with object keys sorted at every depth (by UTF-16 code units, as `Array.prototype.sort`
 * does), undefined members left out (undefined array items become null) and dates as ISO 8601,
 * so the same facts always hash the same way — PostgreSQL's jsonb does not keep key order. The
 * audit chain, the draw's pool document, the catalogue versions and the receipts hash this.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value === undefined ? null : value));
}

function sortKeys(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map((v) => (v === undefined ? null : sortKeys(v)));
  if (value && typeof value === 'object') {
    const source = value as Record<string, unknown>;
    return Object.fromEntries(
      Object.keys(source)
        .filter((key) => source[key] !== undefined)
        .sort()
        .map((key) => [key, sortKeys(source[key])]),
    );
  }
  return value;
}

const UTF8 = new TextEncoder();

/** The UTF-8 bytes of a string (strings are hashed as UTF-8 everywhere on the platform). */
export function utf8(text: string): Uint8Array {
  return UTF8.encode(text);
}

/** SHA-256 of bytes, or of a string's UTF-8 bytes, as 32 bytes. Runs in Node.js and in browsers. */
export function sha256Bytes(data: Uint8Array | string): Uint8Array {
  return sha256(typeof data === 'string' ? utf8(data) : data);
}

/** SHA-256 as 64 lower-case hex digits. */
export function sha256Hex(data: Uint8Array | string): string {
  return bytesToHex(sha256Bytes(data));
}

/** SHA-256 (lower-case hex) of a value's canonical JSON. */
export function canonicalSha256(value: unknown): string {
  return sha256Hex(canonicalJson(value));
}

/** Lower-case hex of bytes. */
export function toHex(bytes: Uint8Array): string {
  return bytesToHex(bytes);
}
