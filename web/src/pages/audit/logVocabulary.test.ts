import { describe, expect, it } from 'vitest';
import { shortId } from './logVocabulary.js';

describe('shortId', () => {
  it('cuts UUIDs to 8 characters and leaves short ids alone', () => {
    expect(shortId('fe1d548e-4665-4f39-a80c-5d9b6e46b07d')).toBe('fe1d548e…');
    expect(shortId(19)).toBe('19');
    expect(shortId('T01')).toBe('T01');
  });
});
