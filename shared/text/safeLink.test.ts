import { describe, expect, it } from 'vitest';
import { isSafeHref, safeHref } from './safeLink';

describe('safe links', () => {
  it('accepts web pages and e-mail addresses', () => {
    expect(safeHref('https://www.regjeringen.no/no/tema/')).toBe('https://www.regjeringen.no/no/tema/');
    expect(safeHref(' http://example.no ')).toBe('http://example.no/');
    expect(safeHref('mailto:postmottak@kommune.no')).toBe('mailto:postmottak@kommune.no');
  });

  it('refuses scripts, data, files, relative links and tricks', () => {
    for (const href of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<b>x</b>', 'file:///etc/passwd', '/plans/1', '//evil.example', 'vbscript:x', '', 'https://', 42, null]) {
      expect(isSafeHref(href), String(href)).toBe(false);
    }
    expect(isSafeHref(`https://example.no/${'a'.repeat(2_000)}`)).toBe(false);
  });
});
