import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SharedRenders, type SharedRendersOptions } from './sharedRenders';

const renders = (overrides: Partial<SharedRendersOptions> = {}) =>
  new SharedRenders<string>({ maxEntries: 3, maxBytes: 100, ttlMs: 1000, ...overrides }, (value) => value.length);

/** A render the test finishes when it likes, counting how often it was started. */
function controlled() {
  let started = 0;
  let finish: (value: string) => void = () => {};
  let fail: (error: Error) => void = () => {};
  const render = () => {
    started++;
    return new Promise<string>((resolve, reject) => {
      finish = resolve;
      fail = reject;
    });
  };
  return { render, started: () => started, finish: (value: string) => finish(value), fail: (error: Error) => fail(error) };
}

describe('shared renders', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('gives identical requests at once one render', async () => {
    const shared = renders();
    const render = controlled();
    const all = [shared.get('k', render.render), shared.get('k', render.render), shared.get('k', render.render)];
    expect(render.started()).toBe(1);
    render.finish('file');
    expect(await Promise.all(all)).toEqual(['file', 'file', 'file']);
  });

  it('serves a finished file for its key only, until it is too old', async () => {
    const shared = renders();
    const render = controlled();
    const first = shared.get('k', render.render);
    render.finish('file');
    await first;
    expect(await shared.get('k', render.render)).toBe('file');
    expect(render.started()).toBe(1);
    // Another key is another file.
    void shared.get('other', render.render);
    expect(render.started()).toBe(2);
    // Too old is too old even when its timer is late (a busy event loop).
    vi.setSystemTime(Date.now() + 1000);
    expect(shared.has('k')).toBe(false);
    void shared.get('k', render.render);
    expect(render.started()).toBe(3);
  });

  it('lets a file go when it is too old even if nobody asks again: an idle server keeps none', async () => {
    const shared = renders();
    await shared.get('k', () => Promise.resolve('file'));
    expect(shared.size).toBe(1);
    vi.advanceTimersByTime(999);
    expect(shared.size).toBe(1);
    vi.advanceTimersByTime(1);
    expect(shared.size).toBe(0);
  });

  it('keeps no failure: the next request renders again', async () => {
    const shared = renders();
    const render = controlled();
    const failed = shared.get('k', render.render);
    render.fail(new Error('no font'));
    await expect(failed).rejects.toThrow('no font');
    void shared.get('k', render.render);
    expect(render.started()).toBe(2);
  });

  it('lets the least recently used go past its entries or bytes, and keeps no file larger than all', async () => {
    const shared = renders({ maxEntries: 2, maxBytes: 10 });
    const made = async (key: string, value: string) => shared.get(key, () => Promise.resolve(value));
    await made('a', 'aaa');
    await made('b', 'bbb');
    await made('a', 'unused'); // a used again: b is now the oldest
    await made('c', 'ccc');
    expect([shared.has('a'), shared.has('b'), shared.has('c')]).toEqual([true, false, true]);
    await made('d', 'dddddddd'); // 8 bytes: only it and nothing else fits in 10
    expect([shared.has('a'), shared.has('c'), shared.has('d')]).toEqual([false, false, true]);
    await made('huge', 'x'.repeat(11));
    expect(shared.has('huge')).toBe(false);
    expect(shared.has('d')).toBe(true);
  });
});
