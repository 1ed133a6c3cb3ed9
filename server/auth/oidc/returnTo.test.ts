import { describe, expect, it } from 'vitest';
import { safeReturnTo } from './returnTo';

describe('safeReturnTo', () => {
  it('keeps paths on this site, with query and fragment', () => {
    expect(safeReturnTo('/plans/abc')).toBe('/plans/abc');
    expect(safeReturnTo('/plans?x=1#top')).toBe('/plans?x=1#top');
    expect(safeReturnTo('/')).toBe('/');
  });

  it('turns anything that could leave the site into /', () => {
    for (const value of [
      '//evil.example',
      '//evil.example/path',
      '/\\evil.example',
      '\\\\evil.example',
      'https://evil.example/',
      'javascript:alert(1)',
      'plans',
      '/\tevil',
      '/plans\n',
      '',
      '/' + 'x'.repeat(2001),
      undefined,
      ['/a', '/b'],
      42,
    ]) {
      expect(safeReturnTo(value)).toBe('/');
    }
  });
});
