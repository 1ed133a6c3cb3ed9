import { describe, it, expect } from 'vitest';
import { AttemptLimiter } from './AttemptLimiter';

function clock(start = 1_000_000): { now: () => number; advance: (ms: number) => void } {
  let t = start;
  return { now: () => t, advance: (ms) => void (t += ms) };
}

describe('AttemptLimiter', () => {
  it('allows `limit` attempts at once, then refuses with a positive retry time', () => {
    const c = clock();
    const limiter = new AttemptLimiter(5, 60_000, c.now);
    for (let i = 0; i < 5; i++) expect(limiter.take('ip'), `attempt ${i + 1}`).toEqual({ ok: true });
    const refused = limiter.take('ip');
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.retryAfterSeconds).toBeGreaterThan(0);
    expect(Number.isInteger(refused.retryAfterSeconds)).toBe(true);
    // Nothing has refilled, so asking again is refused again.
    expect(limiter.take('ip').ok).toBe(false);
  });

  it('refills steadily: one attempt per window / limit, the whole limit after a window', () => {
    const c = clock();
    const limiter = new AttemptLimiter(5, 60_000, c.now);
    for (let i = 0; i < 5; i++) limiter.take('ip');
    c.advance(11_999);
    expect(limiter.take('ip').ok).toBe(false);
    c.advance(2);
    expect(limiter.take('ip').ok).toBe(true);
    expect(limiter.take('ip').ok).toBe(false);

    c.advance(10 * 60_000);
    for (let i = 0; i < 5; i++) expect(limiter.take('ip').ok).toBe(true);
    expect(limiter.take('ip').ok).toBe(false);
  });

  it('an attempt after the retry time it was told succeeds', () => {
    const c = clock();
    const limiter = new AttemptLimiter(20, 10 * 60_000, c.now);
    for (let i = 0; i < 20; i++) limiter.take('ip');
    const refused = limiter.take('ip');
    if (refused.ok) throw new Error('expected a refusal');
    c.advance(refused.retryAfterSeconds * 1000);
    expect(limiter.take('ip').ok).toBe(true);
  });

  it('keeps keys apart', () => {
    const c = clock();
    const limiter = new AttemptLimiter(2, 60_000, c.now);
    expect(limiter.take('a').ok).toBe(true);
    expect(limiter.take('a').ok).toBe(true);
    expect(limiter.take('a').ok).toBe(false);
    expect(limiter.take('b').ok).toBe(true);
    expect(limiter.take('b').ok).toBe(true);
    expect(limiter.take('b').ok).toBe(false);
  });

  it('gives a retry time of at least one second even for fast windows', () => {
    const c = clock();
    const limiter = new AttemptLimiter(100, 1_000, c.now);
    for (let i = 0; i < 100; i++) limiter.take('k');
    const refused = limiter.take('k');
    expect(refused).toEqual({ ok: false, retryAfterSeconds: 1 });
  });

  it('still limits a key that was seen recently when many keys are pruned', () => {
    const c = clock();
    const limiter = new AttemptLimiter(1, 60_000, c.now);
    expect(limiter.take('busy').ok).toBe(true);
    // A spray of other keys, long after: enough to trigger pruning of stale keys.
    c.advance(30_000);
    for (let i = 0; i < 10_001; i++) limiter.take(`spray-${i}`);
    expect(limiter.take('busy').ok).toBe(false);
    // Once a whole window has passed, pruning drops the entry, and a new one starts full.
    c.advance(60_001);
    limiter.take('trigger-prune');
    expect(limiter.take('busy').ok).toBe(true);
  });
});
