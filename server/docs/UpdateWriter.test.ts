import { describe, it, expect, vi } from 'vitest';
import { InjectedFailure, InstrumentedStorage } from '../testing/InstrumentedStorage';
import { useTestEnv } from '../testing/testEnv';
import { nextTurn, track, waitFor } from '../testing/waitFor';
import { UpdateWriter } from './UpdateWriter';

function bytes(...values: number[]): Uint8Array {
  return new Uint8Array(values);
}

describe('UpdateWriter', () => {
  const env = useTestEnv();

  function setup(options: ConstructorParameters<typeof UpdateWriter>[1] = {}) {
    const storage = new InstrumentedStorage(env().sqlite().docs);
    const writer = new UpdateWriter(storage, options);
    const logged = async (doc: string) => (await storage.inner.loadDoc(doc)).updates;
    return { storage, writer, logged };
  }

  it('commits every update appended in one event-loop turn with ONE appendUpdates call', async () => {
    const { storage, writer, logged } = setup();
    const pending: Promise<void>[] = [];
    for (let i = 0; i < 100; i++)
      pending.push(writer.append(i % 3 === 0 ? 'plan:b' : 'plan:a', bytes(i)));
    await Promise.all(pending);

    expect(storage.appendCalls).toHaveLength(1);
    expect(storage.appendCalls[0]).toHaveLength(100);
    const a = await logged('plan:a');
    expect(a).toEqual([...Array(100).keys()].filter((i) => i % 3 !== 0).map((i) => bytes(i)));

    // The next turn starts a new batch.
    await writer.append('plan:a', bytes(200));
    expect(storage.appendCalls).toHaveLength(2);
    expect(storage.appendCalls[1]).toHaveLength(1);
  });

  it('resolves an append only after its batch is committed', async () => {
    const { storage, writer, logged } = setup();
    storage.hold.append = true;
    const appended = writer.append('plan:a', bytes(1));
    const seenOnResolve = appended.then(() => logged('plan:a'));
    const state = track(appended);

    await waitFor(() => storage.held.append.length === 1, 'the batch to reach storage');
    await nextTurn();
    expect(state.settled()).toBe(false);
    expect(await logged('plan:a')).toEqual([]);

    storage.releaseAll('append');
    expect(await seenOnResolve).toEqual([bytes(1)]);
  });

  it('flushed() resolves at once when idle, and otherwise once everything appended so far is committed', async () => {
    const { storage, writer, logged } = setup();
    await writer.flushed();

    storage.hold.append = true;
    void writer.append('plan:a', bytes(1));
    const first = writer.flushed();
    const firstState = track(first);
    await waitFor(() => storage.held.append.length === 1, 'the first batch to reach storage');

    // A later batch, appended while the first is still being written.
    void writer.append('plan:a', bytes(2));
    const second = writer.flushed();
    const secondState = track(second);
    await nextTurn();
    expect(firstState.settled()).toBe(false);

    storage.releaseAll('append');
    await first;
    // flushed() covered only what was appended before it was called.
    expect(await logged('plan:a')).toEqual([bytes(1)]);
    await waitFor(() => storage.held.append.length === 1, 'the second batch to reach storage');
    expect(secondState.settled()).toBe(false);

    storage.releaseAll('append');
    await second;
    expect(await logged('plan:a')).toEqual([bytes(1), bytes(2)]);
  });

  it('flushed() called while a batch is being committed waits for that commit', async () => {
    const { storage, writer, logged } = setup();
    storage.hold.append = true;
    void writer.append('plan:a', bytes(1));
    await waitFor(() => storage.held.append.length === 1, 'the batch to reach storage');
    // No batch is open now; the one in flight must still be awaited.
    const flushed = writer.flushed();
    const state = track(flushed);
    await nextTurn();
    expect(state.settled()).toBe(false);
    storage.releaseAll('append');
    await flushed;
    expect(await logged('plan:a')).toEqual([bytes(1)]);
  });

  it('retries a failing batch until it succeeds, reporting each failure, and keeps later batches behind it', async () => {
    const onError = vi.fn<(error: unknown, attempt: number) => void>();
    const { storage, writer, logged } = setup({ onError, maxRetryDelayMs: 1 });
    storage.failNext.append = 3;

    const first = writer.append('plan:a', bytes(1));
    const firstState = track(first);
    await waitFor(() => onError.mock.calls.length >= 1, 'the first failure');
    expect(firstState.settled()).toBe(false);
    const second = writer.append('plan:a', bytes(2));

    await first;
    await second;
    expect(onError.mock.calls.map(([, attempt]) => attempt)).toEqual([1, 2, 3]);
    for (const [error] of onError.mock.calls) expect(error).toBeInstanceOf(InjectedFailure);
    // Four attempts of the first batch, then the second batch, in order, each stored once.
    expect(storage.appendCalls.map((batch) => batch.map((u) => u.update[0]))).toEqual([
      [1],
      [1],
      [1],
      [1],
      [2],
    ]);
    expect(await logged('plan:a')).toEqual([bytes(1), bytes(2)]);
  });

  it('exclusive() runs after pending batches are committed and before later batches', async () => {
    const { storage, writer, logged } = setup();
    storage.hold.append = true;
    void writer.append('plan:a', bytes(1));
    void writer.append('plan:a', bytes(2));

    let finishTask!: () => void;
    const taskGate = new Promise<void>((resolve) => (finishTask = resolve));
    let seenByTask: Uint8Array[] | null = null;
    const exclusive = writer.exclusive(async () => {
      storage.events.push('task:start');
      seenByTask = await logged('plan:a');
      await taskGate;
      storage.events.push('task:end');
      return 42;
    });

    await waitFor(() => storage.held.append.length === 1, 'the pending batch to reach storage');
    await nextTurn();
    expect(seenByTask).toBeNull();
    storage.releaseAll('append');
    await waitFor(() => seenByTask, 'the task to start');
    expect(seenByTask).toEqual([bytes(1), bytes(2)]);

    // Appended while the task runs: must wait until the task is done.
    const later = writer.append('plan:a', bytes(3));
    await nextTurn();
    await nextTurn();
    expect(storage.appendCalls).toHaveLength(1);

    finishTask();
    await waitFor(() => storage.held.append.length === 1, 'the later batch to reach storage');
    storage.releaseAll('append');
    await later;
    expect(await exclusive).toBe(42);
    expect(storage.events).toEqual(['append:2', 'task:start', 'task:end', 'append:1']);
    expect(await logged('plan:a')).toEqual([bytes(1), bytes(2), bytes(3)]);
  });

  it('a failing exclusive() task rejects its caller but does not block later batches', async () => {
    const { writer, logged } = setup();
    await expect(
      writer.exclusive(() => Promise.reject(new InjectedFailure('task'))),
    ).rejects.toBeInstanceOf(InjectedFailure);
    await writer.append('plan:a', bytes(1));
    expect(await logged('plan:a')).toEqual([bytes(1)]);
  });

  it('close() waits for pending batches, then refuses new appends', async () => {
    const { writer, logged } = setup();
    void writer.append('plan:a', bytes(1));
    await writer.close();
    expect(await logged('plan:a')).toEqual([bytes(1)]);
    await expect(writer.append('plan:a', bytes(2))).rejects.toThrow(/closed/);
  });

  describe('back-pressure', () => {
    it('stops accepting once the uncommitted backlog reaches its cap, and accepts again after storage recovers', async () => {
      const onError = vi.fn<(error: unknown, attempt: number) => void>();
      const { storage, writer, logged } = setup({
        onError,
        maxRetryDelayMs: 1,
        maxBacklogBytes: 100,
        maxBacklogUpdates: 5,
      });
      storage.failNext.append = Number.MAX_SAFE_INTEGER;

      expect(writer.accepting(100)).toBe(true);
      expect(writer.accepting(101)).toBe(false);
      const first = writer.append('plan:a', new Uint8Array(60));
      await waitFor(() => onError.mock.calls.length >= 2, 'the batch to fail twice');
      // The failing batch still counts: 60 of 100 bytes are taken.
      expect(writer.accepting(40)).toBe(true);
      expect(writer.accepting(41)).toBe(false);
      expect(writer.unstored()).toEqual([{ doc: 'plan:a', updates: 1, bytes: 60 }]);

      // The update cap: four more small ones fill it.
      const later = [1, 2, 3, 4].map((i) => writer.append(i % 2 ? 'plan:b' : 'plan:a', bytes(i)));
      expect(writer.accepting(1)).toBe(false);
      expect(writer.unstored()).toEqual([
        { doc: 'plan:a', updates: 3, bytes: 62 },
        { doc: 'plan:b', updates: 2, bytes: 2 },
      ]);

      // Storage comes back: the retry commits everything, in order, without a restart.
      storage.failNext.append = 0;
      await first;
      await Promise.all(later);
      expect(writer.accepting(100)).toBe(true);
      expect(writer.unstored()).toEqual([]);
      expect(await logged('plan:a')).toEqual([new Uint8Array(60), bytes(2), bytes(4)]);
      expect(await logged('plan:b')).toEqual([bytes(1), bytes(3)]);
    });

    it('abandon() rejects every uncommitted append, stops retrying and reports what was not stored', async () => {
      const onError = vi.fn<(error: unknown, attempt: number) => void>();
      const { storage, writer } = setup({ onError, maxRetryDelayMs: 60_000 });
      storage.failNext.append = Number.MAX_SAFE_INTEGER;
      const first = writer.append('plan:a', bytes(1, 2, 3));
      await waitFor(() => onError.mock.calls.length >= 1, 'the first failure');
      const second = writer.append('plan:b', bytes(4));
      const flushed = writer.flushed();

      // The retry waits up to a minute; abandon must not wait for it.
      expect(writer.abandon()).toEqual([
        { doc: 'plan:a', updates: 1, bytes: 3 },
        { doc: 'plan:b', updates: 1, bytes: 1 },
      ]);
      await expect(first).rejects.toThrow(/not stored/);
      await expect(second).rejects.toThrow(/not stored/);
      await expect(flushed).rejects.toThrow(/not stored/);
      await expect(writer.flushed()).rejects.toThrow(/abandoned/);
      await expect(writer.append('plan:a', bytes(5))).rejects.toThrow(/closed/);
      await expect(writer.exclusive(() => Promise.resolve(1))).rejects.toThrow(/abandoned/);
      expect(writer.accepting(1)).toBe(false);
      const attempts = storage.appendCalls.length;
      await nextTurn();
      await nextTurn();
      expect(storage.appendCalls).toHaveLength(attempts);
    });

    it('abandon() rejects an append whose storage call hangs', async () => {
      const { storage, writer } = setup();
      storage.hold.append = true;
      const appended = writer.append('plan:a', bytes(1));
      await waitFor(() => storage.held.append.length === 1, 'the batch to reach storage');
      writer.abandon();
      await expect(appended).rejects.toThrow(/not stored/);
      // Storage answering late changes nothing: the caller was already told.
      storage.releaseAll('append');
    });
  });
});
