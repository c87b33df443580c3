import { bytesToHex as nobleBytesToHex, hexToBytes as nobleHexToBytes } from '@noble/hashes/utils.js';

/**
 * Hexadecimal text as the draw records it: lower-case, two digits a byte, nothing else. A
 * verifier in another language reads the same strings the same way.
 */
const HEX = /^(?:[0-9a-f]{2})*$/;

/** True when `text` is lower-case hexadecimal with an even number of digits. */
export function isLowerHex(text: string): boolean {
  return HEX.test(text);
}

/**
 * The bytes of a hexadecimal string. Upper-case digits are accepted and read as lower-case;
 * anything else (odd length, spaces, `0x`) is a RangeError, so a malformed record is never
 * silently read as something else.
 */
export function hexToBytes(text: string): Uint8Array {
  const lower = text.toLowerCase();
  if (!isLowerHex(lower)) {
    throw new RangeError('expected hexadecimal text with two digits per byte');
  }
  return nobleHexToBytes(lower);
}

export function bytesToHex(bytes: Uint8Array): string {
  return nobleBytesToHex(bytes);
}
