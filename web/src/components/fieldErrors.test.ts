import { describe, expect, it } from 'vitest';
import { fieldOf } from './fieldErrors.js';

describe('fieldOf', () => {
  it('finds the form field a server detail is about, whatever the path notation', () => {
    expect(fieldOf('newPassword')).toBe('newPassword');
    expect(fieldOf('/newPassword')).toBe('newPassword');
    expect(fieldOf('/body/newPassword')).toBe('newPassword');
    expect(fieldOf('body.username')).toBe('username');
    expect(fieldOf('roles[0].townId')).toBe('roles');
    expect(fieldOf('/name/zh')).toBe('name');
    expect(fieldOf('')).toBe('');
  });
});
