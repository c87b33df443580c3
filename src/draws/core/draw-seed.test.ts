import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  checkPublicValue,
  checkReveal,
  commitToSecret,
  DRAW_LABEL,
  drawSeed,
  MAX_PUBLIC_VALUE_LENGTH,
  normalisePublicValue,
} from './draw-seed.js';

const SECRET = '0123456789abcdef'.repeat(4);
const POOL_HASH = '0e64838884097e07e86a168db35a9a69f653d112e963374b25238c4a28a1e105';
const PUBLIC = '2025-03-14 上证指数收盘 3419.56';

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

describe('commitment to the secret', () => {
  it('is SHA-256 of the secret bytes, not of its hexadecimal text', () => {
    expect(commitToSecret(SECRET)).toBe(sha256(Buffer.from(SECRET, 'hex')));
    expect(commitToSecret(SECRET)).not.toBe(sha256(SECRET));
    expect(commitToSecret(SECRET)).toBe('4884fdaafea47c29fea7159d0daddd9c085d6200e1359e85bb81736af6b7c837');
  });

  it('refuses a short, odd-length, upper-case or non-hex secret', () => {
    expect(() => commitToSecret(SECRET.slice(0, 62))).toThrow(RangeError);
    expect(() => commitToSecret(`${SECRET}0`)).toThrow(RangeError);
    expect(() => commitToSecret(SECRET.toUpperCase())).toThrow(RangeError);
    expect(() => commitToSecret(`${SECRET.slice(0, 63)}g`)).toThrow(RangeError);
    expect(commitToSecret(`${SECRET}00`)).toHaveLength(64); // longer secrets are fine
  });

  it('checkReveal accepts the matching secret and names every other case', () => {
    const commitment = commitToSecret(SECRET);
    expect(checkReveal(commitment, SECRET)).toEqual({ ok: true });
    const other = 'f'.repeat(64);
    const mismatch = checkReveal(commitment, other);
    expect(mismatch).toMatchObject({ ok: false, problem: 'mismatch' });
    if (!mismatch.ok) {
      expect(mismatch.message.en).toContain(commitToSecret(other));
      expect(mismatch.message.zh).toContain(commitment);
    }
    expect(checkReveal(commitment, 'abc')).toMatchObject({ ok: false, problem: 'malformed-secret' });
    expect(checkReveal(commitment.toUpperCase(), SECRET)).toMatchObject({
      ok: false,
      problem: 'malformed-commitment',
    });
    expect(checkReveal(commitment.slice(2), SECRET)).toMatchObject({
      ok: false,
      problem: 'malformed-commitment',
    });
  });
});

describe('public value', () => {
  it('is NFC-normalised and trimmed of the listed white space only', () => {
    expect(normalisePublicValue('  Cafe\u0301 ')).toBe('Café');
    expect(normalisePublicValue('\u3000\ufeff\u00a0 3419.56\t\r\n\u2028')).toBe('3419.56');
    expect(normalisePublicValue('34 19')).toBe('34 19');
    expect(normalisePublicValue('\u200b1\u200b')).toBe('\u200b1\u200b'); // zero-width space is not white space
  });

  it('refuses empty, over-long and control characters, giving back the value to record', () => {
    expect(checkPublicValue('  ')).toMatchObject({ ok: false, problem: 'empty' });
    expect(checkPublicValue('1'.repeat(MAX_PUBLIC_VALUE_LENGTH + 1))).toMatchObject({
      ok: false,
      problem: 'too-long',
    });
    expect(checkPublicValue('1'.repeat(MAX_PUBLIC_VALUE_LENGTH))).toMatchObject({ ok: true });
    expect(checkPublicValue('12\n34')).toMatchObject({ ok: false, problem: 'control-character' });
    expect(checkPublicValue('12\u008534')).toMatchObject({ ok: false, problem: 'control-character' });
    expect(checkPublicValue(' 上证 3419.56 ')).toEqual({ ok: true, value: '上证 3419.56' });
  });
});

describe('drawSeed', () => {
  it('is SHA-256 of label LF secret LF public value LF pool hash, in UTF-8', () => {
    const text = `${DRAW_LABEL}\n${SECRET}\n${PUBLIC}\n${POOL_HASH}`;
    expect(drawSeed(SECRET, PUBLIC, POOL_HASH)).toBe(sha256(Buffer.from(text, 'utf8')));
    expect(drawSeed(SECRET, PUBLIC, POOL_HASH)).toBe(
      '7d4076adf9e754ae22c141e98251887642786c50f519c3a9c31fa3ecfa143c1d',
    );
  });

  it('gives the same seed for the same value however it was typed, and another for any change', () => {
    const seed = drawSeed(SECRET, 'Café 1', POOL_HASH);
    expect(drawSeed(SECRET, ' Cafe\u0301 1\u3000', POOL_HASH)).toBe(seed);
    expect(drawSeed(SECRET, 'Café  1', POOL_HASH)).not.toBe(seed);
    expect(drawSeed('f'.repeat(64), 'Café 1', POOL_HASH)).not.toBe(seed);
    expect(drawSeed(SECRET, 'Café 1', 'f'.repeat(64))).not.toBe(seed);
  });

  it('refuses malformed inputs', () => {
    expect(() => drawSeed(SECRET, '', POOL_HASH)).toThrow(RangeError);
    expect(() => drawSeed(SECRET, 'a\nb', POOL_HASH)).toThrow(RangeError);
    expect(() => drawSeed('00', PUBLIC, POOL_HASH)).toThrow(RangeError);
    expect(() => drawSeed(SECRET, PUBLIC, POOL_HASH.toUpperCase())).toThrow(RangeError);
    expect(() => drawSeed(SECRET, PUBLIC, POOL_HASH.slice(1))).toThrow(RangeError);
  });
});
