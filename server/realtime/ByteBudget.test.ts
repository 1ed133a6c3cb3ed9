import { describe, it, expect } from 'vitest';
import { ErrorCode, Limits } from '../../shared/protocol';
import { ByteBudget } from './ByteBudget';
import { DocGrowthBudgets } from './DocGrowthBudgets';

function clock(start = 1_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => void (now += ms) };
}

const MiB = 1024 * 1024;

describe('ByteBudget', () => {
  it('refuses one update over maxUpdateBytes, and accepts one exactly at it', () => {
    const budget = new ByteBudget({ now: clock().now });
    expect(budget.check('plan:a', Limits.maxUpdateBytes + 1)?.code).toBe(ErrorCode.MessageTooLarge);
    expect(budget.check('plan:a', Limits.maxUpdateBytes)).toBeNull();
  });

  it('allows the connection its burst in bytes, then its sustained rate', () => {
    const c = clock();
    const budget = new ByteBudget({ now: c.now });
    let sent = 0;
    // Bounded, so a broken budget fails the test instead of looping forever.
    for (let i = 0; i < 100 && budget.check('plan:a', MiB) === null; i++) sent += MiB;
    expect(sent).toBe(Limits.syncBytesBurst);
    expect(budget.check('plan:a', 1)?.code).toBe(ErrorCode.RateLimited);
    c.advance(1_000);
    expect(budget.check('plan:a', Limits.syncBytesPerSecond)).toBeNull();
    expect(budget.check('plan:a', 1)?.code).toBe(ErrorCode.RateLimited);
  });

  it("shares a document's growth budget between connections", () => {
    const c = clock();
    const docGrowth = new DocGrowthBudgets(MiB, 4 * MiB, c.now);
    const alice = new ByteBudget({ docGrowth, now: c.now });
    const bob = new ByteBudget({ docGrowth, now: c.now });
    for (let i = 0; i < 2; i++) expect(alice.check('plan:a', MiB)).toBeNull();
    for (let i = 0; i < 2; i++) expect(bob.check('plan:a', MiB)).toBeNull();
    const refused = bob.check('plan:a', MiB);
    expect(refused?.code).toBe(ErrorCode.GrowthLimited);
    expect(refused?.message).toMatch(/plan:a is growing/);
    // Another document is not affected.
    expect(bob.check('plan:b', MiB)).toBeNull();
    c.advance(1_000);
    expect(alice.check('plan:a', MiB)).toBeNull();
  });

  it('refuses with storage-failed while storage is not accepting', () => {
    let accepting = false;
    const budget = new ByteBudget({ storageAccepting: () => accepting, now: clock().now });
    expect(budget.check('plan:a', 10)?.code).toBe(ErrorCode.StorageFailed);
    accepting = true;
    expect(budget.check('plan:a', 10)).toBeNull();
  });

  it('spends nothing on a refusal: a refused update may be sent again at once', () => {
    const c = clock();
    const docGrowth = new DocGrowthBudgets(MiB, 2 * MiB, c.now);
    const budget = new ByteBudget({ docGrowth, now: c.now });
    const other = new ByteBudget({ docGrowth, now: c.now });
    for (let i = 0; i < 2; i++) expect(other.check('plan:a', MiB)).toBeNull();
    // Refused by the document's growth: the connection's own budget must be untouched.
    for (let i = 0; i < 10; i++)
      expect(budget.check('plan:a', MiB)?.code).toBe(ErrorCode.GrowthLimited);
    let sent = 0;
    // A fresh document each time, so only the connection's own budget can run out.
    for (let i = 0; i < 100 && budget.check(`plan:b${sent}`, MiB) === null; i++) sent += MiB;
    expect(sent).toBe(Limits.syncBytesBurst);
    // Refused by the connection's budget: the document's growth budget is untouched.
    c.advance(2_000);
    const refill = Math.floor((2 * Limits.syncBytesPerSecond) / MiB);
    for (let i = 0; i < refill; i++) expect(budget.check('plan:a', MiB)).toBeNull();
  });
});
