import { describe, it, expect } from 'vitest';
import { isSameOrigin } from './originCheck';

describe('isSameOrigin', () => {
  it('accepts the request’s own origin', () => {
    expect(isSameOrigin('https://medverk.bergen.no', 'medverk.bergen.no')).toBe(true);
    expect(isSameOrigin('http://localhost:3000', 'localhost:3000')).toBe(true);
    expect(isSameOrigin('http://[::1]:3000', '[::1]:3000')).toBe(true);
  });

  it('refuses another host, including look-alikes', () => {
    expect(isSameOrigin('https://evil.example', 'medverk.bergen.no')).toBe(false);
    expect(isSameOrigin('https://medverk.bergen.no.evil.example', 'medverk.bergen.no')).toBe(false);
    expect(isSameOrigin('https://evil.example/medverk.bergen.no', 'medverk.bergen.no')).toBe(false);
    expect(isSameOrigin('https://sub.medverk.bergen.no', 'medverk.bergen.no')).toBe(false);
  });

  it('refuses another port', () => {
    expect(isSameOrigin('http://localhost:5173', 'localhost:3000')).toBe(false);
    expect(isSameOrigin('http://localhost', 'localhost:3000')).toBe(false);
    expect(isSameOrigin('http://localhost:3000', 'localhost')).toBe(false);
  });

  it('treats a default port as no port', () => {
    expect(isSameOrigin('https://medverk.bergen.no:443', 'medverk.bergen.no')).toBe(true);
    expect(isSameOrigin('http://medverk.bergen.no:80', 'medverk.bergen.no')).toBe(true);
  });

  it('refuses a missing origin or host', () => {
    expect(isSameOrigin(undefined, 'localhost:3000')).toBe(false);
    expect(isSameOrigin('', 'localhost:3000')).toBe(false);
    expect(isSameOrigin('http://localhost:3000', undefined)).toBe(false);
    expect(isSameOrigin('http://localhost:3000', '')).toBe(false);
    expect(isSameOrigin(undefined, undefined)).toBe(false);
  });

  it('refuses origins that are not URLs (including the opaque "null")', () => {
    for (const origin of ['null', 'localhost:3000x', 'not a url', '//localhost:3000', 'http://', 'http://local host:3000']) {
      expect(isSameOrigin(origin, 'localhost:3000'), origin).toBe(false);
    }
  });

  it('accepts the trusted extra origins exactly, and nothing else through them', () => {
    const trusted = ['https://medverk.bergen.no', 'http://localhost:5173'];
    expect(isSameOrigin('https://medverk.bergen.no', 'internal:3000', trusted)).toBe(true);
    expect(isSameOrigin('http://localhost:5173', 'localhost:3000', trusted)).toBe(true);
    expect(isSameOrigin('http://medverk.bergen.no', 'internal:3000', trusted)).toBe(false);
    expect(isSameOrigin('https://evil.example', 'internal:3000', trusted)).toBe(false);
    // A trusted list does not replace the host check.
    expect(isSameOrigin('http://internal:3000', 'internal:3000', trusted)).toBe(true);
    // Still needs an origin and a host.
    expect(isSameOrigin(undefined, 'internal:3000', trusted)).toBe(false);
    expect(isSameOrigin('https://medverk.bergen.no', undefined, trusted)).toBe(false);
  });
});
