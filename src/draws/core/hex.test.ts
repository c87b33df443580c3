import { describe, expect, it } from 'vitest';
import { bytesToHex, hexToBytes, isLowerHex } from './hex.js';

describe('hexadecimal text', () => {
  it('accepts lower-case pairs only', () => {
    expect(isLowerHex('')).toBe(true);
    expect(isLowerHex('00ff10')).toBe(true);
    expect(isLowerHex('00FF')).toBe(false);
    expect(isLowerHex('abc')).toBe(false);
    expect(isLowerHex('0x00')).toBe(false);
    expect(isLowerHex('00 11')).toBe(false);
  });

  it('reads bytes, upper-case digits as lower-case, and refuses anything else', () => {
    expect([...hexToBytes('00ff7f')]).toEqual([0, 255, 127]);
    expect([...hexToBytes('ABcd')]).toEqual([0xab, 0xcd]);
    expect(() => hexToBytes('abc')).toThrow(RangeError);
    expect(() => hexToBytes('zz')).toThrow(RangeError);
    expect(() => hexToBytes(' 00')).toThrow(RangeError);
  });

  it('round-trips', () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(hexToBytes(bytesToHex(bytes))).toEqual(bytes);
    expect(bytesToHex(bytes.subarray(250))).toBe('fafbfcfdfeff');
  });
});
