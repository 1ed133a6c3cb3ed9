import { describe, expect, it } from 'vitest';
import { decodeAccessMessage, encodeAccessMessage } from './accessRelay';

describe('access changes between servers', () => {
  it('round-trips a change from another server and ignores its own', () => {
    const raw = encodeAccessMessage('a', { kind: 'sessions', tokenHashes: ['h1', 'h2'] });
    expect(decodeAccessMessage('b', raw)).toEqual({ kind: 'sessions', tokenHashes: ['h1', 'h2'] });
    expect(decodeAccessMessage('a', raw)).toBeNull();
    expect(decodeAccessMessage('b', encodeAccessMessage('a', { kind: 'plan', planId: 'p' }))).toEqual({ kind: 'plan', planId: 'p' });
  });

  it('ignores anything that is not a well-formed change', () => {
    expect(decodeAccessMessage('b', 'not json')).toBeNull();
    expect(decodeAccessMessage('b', JSON.stringify({ node: 'a', change: { kind: 'everything' } }))).toBeNull();
    expect(decodeAccessMessage('b', JSON.stringify({ node: 'a', change: { kind: 'plan' } }))).toBeNull();
  });
});
