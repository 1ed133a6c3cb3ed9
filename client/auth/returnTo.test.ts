import { describe, expect, it } from 'vitest';
import { loginPath, safeReturnTo } from './returnTo';

describe('safeReturnTo', () => {
  it('follows paths on this site', () => {
    expect(safeReturnTo('/plans/abc')).toBe('/plans/abc');
    expect(safeReturnTo('/plans/abc/people?x=1#y')).toBe('/plans/abc/people?x=1#y');
  });

  it('refuses anything that could leave the site', () => {
    for (const value of [
      '//evil.example',
      '/\\evil.example',
      'https://evil.example',
      'javascript:alert(1)',
      '',
      null,
      undefined,
      '/a\nb',
    ])
      expect(safeReturnTo(value)).toBe('/');
  });

  it('builds the login path with the page to come back to', () => {
    expect(loginPath('/plans/a b')).toBe('/login?returnTo=%2Fplans%2Fa%20b');
    expect(loginPath('/')).toBe('/login');
  });
});
