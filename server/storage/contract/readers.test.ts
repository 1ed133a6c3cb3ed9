import { it, expect } from 'vitest';
import { MAX_SEEN_THREADS } from '../rows/readers';
import { describeEachEngine } from './engines';

describeEachEngine('readers', (open) => {
  async function setup() {
    const storage = await open();
    for (const id of ['p', 'q']) {
      await storage.plans.createPlan({ id, title: id, municipality: 'Bergen', createdAt: 1, updatedAt: 1 }, `plan:${id}`, new Uint8Array([0, 0]));
    }
    return storage;
  }

  it('answers the previous visit when a new one starts, per plan and reader', async () => {
    const { readers } = await setup();
    expect(await readers.getReader('p', 'user-a')).toBeNull();
    expect(await readers.recordVisit('p', 'user-a', 1_000)).toBeNull();
    expect(await readers.recordVisit('p', 'user-a', 1_800_000_000_123)).toBe(1_000);
    expect(await readers.recordVisit('q', 'user-a', 5_000)).toBeNull();
    expect(await readers.recordVisit('p', 'guest-b', 7_000)).toBeNull();
    expect(await readers.getReader('p', 'user-a')).toEqual({ lastVisitAt: 1_800_000_000_123, seenThreads: {} });
    expect(await readers.getReader('q', 'user-a')).toEqual({ lastVisitAt: 5_000, seenThreads: {} });
  });

  it('keeps the later time per thread, and seeing threads is not a visit', async () => {
    const { readers } = await setup();
    await readers.markSeen('p', 'user-a', [{ threadId: 't1', at: 100 }, { threadId: 't2', at: 200 }]);
    expect(await readers.getReader('p', 'user-a')).toEqual({ lastVisitAt: null, seenThreads: { t1: 100, t2: 200 } });
    // An old tab reporting an earlier time does not make a thread unread again.
    await readers.markSeen('p', 'user-a', [{ threadId: 't1', at: 50 }, { threadId: 't2', at: 300 }, { threadId: '__proto__', at: 9 }]);
    await readers.markSeen('p', 'user-a', []);
    const reader = await readers.getReader('p', 'user-a');
    expect(reader?.seenThreads).toEqual(Object.fromEntries([['t1', 100], ['t2', 300], ['__proto__', 9]]));
    expect(Object.getPrototypeOf(reader?.seenThreads)).toBe(Object.prototype);
    expect(await readers.recordVisit('p', 'user-a', 400)).toBeNull();
    expect((await readers.getReader('p', 'user-a'))?.seenThreads.t2).toBe(300);
    expect(await readers.getReader('p', 'user-b')).toBeNull();
  });

  it(`remembers at most ${MAX_SEEN_THREADS} threads, forgetting the least recently active`, async () => {
    const { readers } = await setup();
    const entries = Array.from({ length: MAX_SEEN_THREADS }, (_, i) => ({ threadId: `t${i}`, at: 1_000 + i }));
    await readers.markSeen('p', 'user-a', entries);
    await readers.markSeen('p', 'user-a', [{ threadId: 'newest', at: 1_000_000 }, { threadId: 't5', at: 2_000_000 }, { threadId: 'n2', at: 999_999 }]);
    const seen = (await readers.getReader('p', 'user-a'))!.seenThreads;
    expect(Object.keys(seen)).toHaveLength(MAX_SEEN_THREADS);
    expect(seen).toMatchObject({ newest: 1_000_000, n2: 999_999, t5: 2_000_000, t2: 1_002 });
    expect(seen.t0).toBeUndefined();
    expect(seen.t1).toBeUndefined();
  });

  it('concurrent marks from two instances are both kept', async () => {
    const first = await setup();
    const second = await open();
    await Promise.all(
      Array.from({ length: 20 }, (_, i) => (i % 2 ? first : second).readers.markSeen('p', 'user-a', [{ threadId: `t${i}`, at: i }])),
    );
    expect(Object.keys((await first.readers.getReader('p', 'user-a'))!.seenThreads)).toHaveLength(20);
  });

  it('refuses a reader of a plan that does not exist', async () => {
    const { readers } = await setup();
    await expect(readers.recordVisit('nope', 'user-a', 1)).rejects.toThrow();
    await expect(readers.markSeen('nope', 'user-a', [{ threadId: 't', at: 1 }])).rejects.toThrow();
  });
});
