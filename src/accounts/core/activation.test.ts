import { describe, expect, it } from 'vitest';
import { formatActivationCode, isActivationLive, normaliseActivationCode } from './activation.js';

describe('activation codes', () => {
  it('formats 80 bits as four groups of four Crockford base32 characters', () => {
    expect(formatActivationCode(new Uint8Array(10))).toBe('0000-0000-0000-0000');
    expect(formatActivationCode(new Uint8Array(10).fill(255))).toBe('ZZZZ-ZZZZ-ZZZZ-ZZZZ');
    // Computed independently (Python, bit string sliced in fives over the same alphabet).
    expect(formatActivationCode(Uint8Array.from([1, 35, 69, 103, 137, 171, 205, 239, 1, 35]))).toBe(
      '04HM-ASW9-NF6Y-Y093',
    );
  });

  it('refuses a byte count that is not 80 bits', () => {
    expect(() => formatActivationCode(new Uint8Array(9))).toThrow();
  });

  it('reads back what a person types: any case, spaces or no dashes, I/L for 1 and O for 0', () => {
    expect(normaliseActivationCode('04hm askw h6ny y093')).toBe('04HM-ASKW-H6NY-Y093');
    expect(normaliseActivationCode('04HMASKWH6NYY093')).toBe('04HM-ASKW-H6NY-Y093');
    expect(normaliseActivationCode('O4HM-ASKW-H6NY-YO93')).toBe('04HM-ASKW-H6NY-Y093');
    expect(normaliseActivationCode('ilil-0000-0000-0000')).toBe('1111-0000-0000-0000');
    expect(normaliseActivationCode('short')).toBe('SH0RT');
  });

  it('is live until its expiry, not at it', () => {
    const expiresAt = new Date('2026-12-04T09:00:00Z');
    expect(isActivationLive({ expiresAt }, new Date('2026-12-04T08:59:59Z'))).toBe(true);
    expect(isActivationLive({ expiresAt }, expiresAt)).toBe(false);
  });
});
