import { createHmac, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hmac } from './core/hmac-drbg.js';
import { hmacSha256Node, sha256HexNode } from '../platform/security/sha256-node.js';
import { sha256Hex } from '../platform/kernel/canonical-json.js';

describe('the node:crypto digests of the draw', () => {
  it('give the same HMAC-SHA-256 as the portable one, for keys of any length', () => {
    for (const length of [0, 1, 32, 64, 65, 200]) {
      const key = randomBytes(length);
      const parts = [randomBytes(33), randomBytes(0), randomBytes(1)];
      const want = createHmac('sha256', key).update(Buffer.concat(parts)).digest();
      expect(Buffer.from(hmacSha256Node(key, ...parts))).toEqual(want);
      expect(Buffer.from(hmac(key, ...parts))).toEqual(want);
    }
  });

  it('give the same SHA-256 as the portable one, of UTF-8', () => {
    expect(sha256HexNode('上证指数 3419.56')).toBe(sha256Hex('上证指数 3419.56'));
  });
});
