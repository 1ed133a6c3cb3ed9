import { describe, expect, it } from 'vitest';
import { ChangeBatcher, MAX_WAIT_MS, QUIET_MS } from './changeBatcher';

describe('ChangeBatcher', () => {
  it('hands a burst over once, after a quiet spell', () => {
    const batcher = new ChangeBatcher<string>();
    batcher.add(['a'], 0);
    batcher.add(['b'], 500);
    expect(batcher.take(500 + QUIET_MS - 1)).toEqual([]);
    expect(batcher.take(500 + QUIET_MS)).toEqual(['a', 'b']);
    expect(batcher.dueAt()).toBeNull();
  });

  it('does not let a steady stream postpone the message for ever', () => {
    const batcher = new ChangeBatcher<number>();
    for (let at = 0; at <= MAX_WAIT_MS; at += 1_000) batcher.add([at], at);
    expect(batcher.dueAt()).toBe(MAX_WAIT_MS);
    expect(batcher.take(MAX_WAIT_MS)).toHaveLength(6);
  });

  it('has nothing to hand over without changes', () => {
    const batcher = new ChangeBatcher<number>();
    batcher.add([], 0);
    expect(batcher.dueAt()).toBeNull();
    expect(batcher.take(10_000)).toEqual([]);
  });
});
