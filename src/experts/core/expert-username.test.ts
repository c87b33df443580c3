import { describe, expect, it } from 'vitest';
import { EXPERT_USERNAME_PATTERN, expertUsername } from './expert-username.js';

describe('expert user names', () => {
  it('are zj and eight digits, zero-padded', () => {
    expect(expertUsername(0)).toBe('zj00000000');
    expect(expertUsername(13_937_100)).toBe('zj13937100');
    expect(expertUsername(99_999_999)).toBe('zj99999999');
    expect(EXPERT_USERNAME_PATTERN.test(expertUsername(42))).toBe(true);
  });

  it('refuse numbers that do not fit eight digits', () => {
    expect(() => expertUsername(100_000_000)).toThrow();
    expect(() => expertUsername(-1)).toThrow();
    expect(() => expertUsername(1.5)).toThrow();
  });
});
