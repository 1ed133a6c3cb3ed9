import { describe, expect, it } from 'vitest';
import { ByteLru } from './ByteLru';

describe('ByteLru', () => {
  it('drops the least recently used entries once over its byte bound', () => {
    const lru = new ByteLru<string>(100);
    lru.set('a', 'A', 40);
    lru.set('b', 'B', 40);
    expect(lru.get('a')).toBe('A'); // a is now the most recent
    lru.set('c', 'C', 40);
    expect(lru.get('b')).toBeUndefined();
    expect(lru.get('a')).toBe('A');
    expect(lru.get('c')).toBe('C');
    expect(lru.bytes).toBe(80);
  });

  it('keeps nothing larger than the bound, and replaces a key without counting it twice', () => {
    const lru = new ByteLru<string>(100);
    lru.set('huge', 'H', 101);
    expect(lru.get('huge')).toBeUndefined();
    lru.set('a', 'A1', 60);
    lru.set('a', 'A2', 70);
    expect(lru.get('a')).toBe('A2');
    expect(lru.bytes).toBe(70);
    expect(lru.size).toBe(1);
  });
});
