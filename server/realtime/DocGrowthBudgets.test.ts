import { describe, it, expect } from 'vitest';
import { DocGrowthBudgets } from './DocGrowthBudgets';

function clock(start = 1_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => void (now += ms) };
}

describe('DocGrowthBudgets', () => {
  it('meters each document on its own, in bytes, with a burst and a sustained rate', () => {
    const c = clock();
    const budgets = new DocGrowthBudgets(1_000, 10_000, c.now);
    expect(budgets.take('plan:a', 10_000)).toBe(true);
    expect(budgets.has('plan:a', 1)).toBe(false);
    expect(budgets.take('plan:a', 1)).toBe(false);
    // Another document has its own budget.
    expect(budgets.take('plan:b', 10_000)).toBe(true);
    c.advance(250);
    expect(budgets.has('plan:a', 250)).toBe(true);
    expect(budgets.has('plan:a', 251)).toBe(false);
    expect(budgets.take('plan:a', 250)).toBe(true);
  });

  it('has() spends nothing, also for a document never seen', () => {
    const c = clock();
    const budgets = new DocGrowthBudgets(1_000, 10_000, c.now);
    expect(budgets.has('plan:a', 10_000)).toBe(true);
    expect(budgets.has('plan:a', 10_001)).toBe(false);
    expect(budgets.tracked).toBe(0);
    expect(budgets.take('plan:a', 10_000)).toBe(true);
  });

  it('forgets documents whose budget has refilled, so memory follows activity', () => {
    const c = clock();
    const budgets = new DocGrowthBudgets(1_000, 10_000, c.now);
    for (let i = 0; i < 256; i++) budgets.take(`plan:${i}`, 5_000);
    expect(budgets.tracked).toBe(256);
    c.advance(5_000);
    budgets.take('plan:new', 1);
    expect(budgets.tracked).toBe(1);
    // A swept document starts again with a full budget, as it would have had anyway.
    expect(budgets.take('plan:0', 10_000)).toBe(true);
  });
});
