import { describe, expect, it } from 'vitest';
import { delayAfter, type DelaySchedule } from './delaySchedule';

const schedule: DelaySchedule = {
  freeFailures: 3,
  firstDelayMs: 1_000,
  maxDelayMs: 15 * 60_000,
  forgetAfterMs: 86_400_000,
};

describe('delayAfter', () => {
  it('lets the free failures through, then doubles from the first delay', () => {
    expect([0, 1, 2, 3].map((n) => delayAfter(n, schedule))).toEqual([0, 0, 0, 0]);
    expect([4, 5, 6, 7].map((n) => delayAfter(n, schedule))).toEqual([1_000, 2_000, 4_000, 8_000]);
  });

  it('stops growing at the cap, however many failures', () => {
    expect(delayAfter(13, schedule)).toBe(512_000);
    expect(delayAfter(14, schedule)).toBe(15 * 60_000);
    expect(delayAfter(10_000, schedule)).toBe(15 * 60_000);
  });
});
