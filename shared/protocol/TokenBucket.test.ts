import { describe, it, expect } from 'vitest';
import { TokenBucket } from './TokenBucket';

function clock(start = 1_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => void (now += ms) };
}

function takeAll(bucket: TokenBucket, max = 10_000): number {
  let taken = 0;
  while (taken < max && bucket.take()) taken++;
  return taken;
}

describe('TokenBucket', () => {
  it('allows a full burst at once, then refuses', () => {
    const c = clock();
    const bucket = new TokenBucket(10, 5, c.now);
    expect(takeAll(bucket)).toBe(5);
    expect(bucket.take()).toBe(false);
  });

  it('refills at ratePerSecond', () => {
    const c = clock();
    const bucket = new TokenBucket(10, 5, c.now);
    takeAll(bucket);
    c.advance(99);
    expect(bucket.take()).toBe(false);
    c.advance(1);
    expect(bucket.take()).toBe(true);
    expect(bucket.take()).toBe(false);
    c.advance(300);
    expect(takeAll(bucket)).toBe(3);
  });

  it('never holds more than the burst, however long it idles', () => {
    const c = clock();
    const bucket = new TokenBucket(10, 5, c.now);
    c.advance(3_600_000);
    expect(takeAll(bucket)).toBe(5);
    takeAll(bucket);
    c.advance(10_000);
    expect(takeAll(bucket)).toBe(5);
  });

  it('sustains the rate: over 10 s of steady use it allows burst + 10 s × rate', () => {
    const c = clock();
    const bucket = new TokenBucket(60, 240, c.now);
    let allowed = 0;
    for (let ms = 0; ms < 10_000; ms += 5) {
      if (bucket.take()) allowed++;
      c.advance(5);
    }
    expect(allowed).toBeGreaterThanOrEqual(240 + 600 - 1);
    expect(allowed).toBeLessThanOrEqual(240 + 600);
  });

  it('meters bytes: a take costs its size, and a refused take takes nothing', () => {
    const c = clock();
    const bucket = new TokenBucket(1_000, 4_000, c.now);
    expect(bucket.take(3_000)).toBe(true);
    expect(bucket.take(1_500)).toBe(false);
    // The refused 1,500 took nothing: 1,000 are still there.
    expect(bucket.take(1_000)).toBe(true);
    expect(bucket.has(1)).toBe(false);
    c.advance(500);
    expect(bucket.has(500)).toBe(true);
    expect(bucket.has(501)).toBe(false);
    expect(bucket.take(500)).toBe(true);
  });

  it('has() checks without taking, and full() says when the bucket is as good as new', () => {
    const c = clock();
    const bucket = new TokenBucket(100, 200, c.now);
    expect(bucket.full()).toBe(true);
    expect(bucket.has(200)).toBe(true);
    expect(bucket.has(200)).toBe(true);
    expect(bucket.take(50)).toBe(true);
    expect(bucket.full()).toBe(false);
    c.advance(499);
    expect(bucket.full()).toBe(false);
    c.advance(1);
    expect(bucket.full()).toBe(true);
  });

  it('waitFor() says how long until tokens are there, and spend() may go into debt', () => {
    const c = clock();
    const bucket = new TokenBucket(100, 200, c.now);
    expect(bucket.waitFor(200)).toBe(0);
    bucket.spend(300);
    // 100 in debt: 1.01 s until one token, 3 s until a full bucket, which a cost above the burst waits for.
    expect(bucket.waitFor(1)).toBe(1010);
    expect(bucket.waitFor(10_000)).toBe(3000);
    c.advance(1010);
    expect(bucket.waitFor(1)).toBe(0);
    expect(bucket.take(2)).toBe(false);
  });
});
