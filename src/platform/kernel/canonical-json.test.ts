import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalJson, canonicalSha256, sha256Hex } from './canonical-json.js';

describe('canonicalJson', () => {
  it('sorts keys at every depth by UTF-16 code units, whatever the insertion order', () => {
    expect(canonicalJson({ b: 1, a: { d: 2, c: 3 }, B: 0 })).toBe('{"B":0,"a":{"c":3,"d":2},"b":1}');
    expect(canonicalJson({ z: 1, a: 2 })).toBe(canonicalJson({ a: 2, z: 1 }));
  });

  it('keeps unicode as characters, not escapes', () => {
    expect(canonicalJson({ 名称: '质量奖', e: 'é' })).toBe('{"e":"é","名称":"质量奖"}');
  });

  it('writes numbers as JSON does: integers, decimals, exponents, no NaN', () => {
    expect(canonicalJson([1, 1.5, -0, 1e21, 0.1 + 0.2, Number.NaN])).toBe(
      '[1,1.5,0,1e+21,0.30000000000000004,null]',
    );
  });

  it('keeps array order, sorts inside nested arrays, and drops undefined members', () => {
    expect(canonicalJson([[{ b: 1, a: 2 }], [], [3, [2, [1]]]])).toBe('[[{"a":2,"b":1}],[],[3,[2,[1]]]]');
    expect(canonicalJson({ a: undefined, b: [undefined], c: null })).toBe('{"b":[null],"c":null}');
    expect(canonicalJson(undefined)).toBe('null');
  });

  it('writes dates as ISO 8601', () => {
    expect(canonicalJson({ at: new Date('2026-06-30T09:00:00Z') })).toBe('{"at":"2026-06-30T09:00:00.000Z"}');
  });
});

describe('sha256', () => {
  it('matches the FIPS 180-2 vector for "abc"', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('hashes a string as its UTF-8 bytes, as Node.js does', () => {
    const text = '第九条(五) — Art. 9(5)';
    expect(sha256Hex(text)).toBe(createHash('sha256').update(text).digest('hex'));
    expect(sha256Hex(new TextEncoder().encode(text))).toBe(sha256Hex(text));
  });

  it('hashes a value by its canonical JSON', () => {
    expect(canonicalSha256({ b: 1, a: 2 })).toBe(sha256Hex('{"a":2,"b":1}'));
  });
});
