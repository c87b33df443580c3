import { describe, expect, it } from 'vitest';
import { isApiPath, normalisedPath } from './request-path.js';

describe('normalisedPath', () => {
  it.each([
    ['/api/auth/sign-in', '/api/auth/sign-in'],
    ['/%61pi/auth/sign-in', '/api/auth/sign-in'],
    ['/%2561pi/x', '/api/x'],
    ['//api//auth', '/api/auth'],
    ['/x/../api/./auth?y=1', '/api/auth'],
    ['/API/Auth', '/api/auth'],
    ['/..%2f..%2fapi', '/api'],
    ['/%E4%B8%AD', '/中'],
    ['/%zz/x', '/%zz/x'],
  ])('%s → %s', (url, path) => {
    expect(normalisedPath(url)).toBe(path);
  });

  it('tells API paths from page paths', () => {
    expect(isApiPath('/%41PI/anything')).toBe(true);
    expect(isApiPath('/api')).toBe(true);
    expect(isApiPath('/apis')).toBe(false);
    expect(isApiPath('/applications/1')).toBe(false);
  });
});
