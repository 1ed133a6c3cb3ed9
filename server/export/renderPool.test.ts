import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import type { ExportDocument } from '../../shared/export/model/types';
import { jobTitle, type RenderAnswer, type RenderRequest } from './renderJob';
import { RenderPool, RenderQueueFullError, type RenderPoolOptions, type RenderThread } from './renderPool';

/** A thread that renders nothing: the test answers, fails or kills it. */
class FakeThread extends EventEmitter implements RenderThread {
  readonly requests: RenderRequest[] = [];
  referenced = false;
  terminated = false;
  postMessage(value: RenderRequest): void {
    this.requests.push(value);
  }
  terminate(): Promise<number> {
    this.terminated = true;
    return Promise.resolve(1);
  }
  ref(): void {
    this.referenced = true;
  }
  unref(): void {
    this.referenced = false;
  }
  answer(
    answer:
      | { ok: true; bytes: ArrayBuffer; problems?: { path: string; message: string }[]; planTitle?: string }
      | { ok: false; message: string; stack?: string },
  ): void {
    const message: RenderAnswer = { id: this.requests.at(-1)!.id, ...answer };
    this.emit('message', message);
  }
  succeed(text: string): void {
    this.answer({ ok: true, bytes: new TextEncoder().encode(text).buffer });
  }
}

const doc = (title: string) => ({ title }) as ExportDocument;

function poolWith(overrides: Partial<RenderPoolOptions> = {}) {
  const threads: FakeThread[] = [];
  const pool = new RenderPool({
    size: 2,
    maxQueue: 2,
    idleMs: 1000,
    retryAfterSeconds: 7,
    startThread: () => {
      const thread = new FakeThread();
      threads.push(thread);
      return thread;
    },
    ...overrides,
  });
  return { pool, threads };
}

describe('render pool', () => {
  it('starts no thread before the first render, then at most its size', async () => {
    const { pool, threads } = poolWith();
    expect(threads).toHaveLength(0);
    const renders = ['a', 'b', 'c'].map((title) => pool.run({ format: 'pdf', doc: doc(title), options: {} }));
    expect(threads).toHaveLength(2);
    expect(pool.waiting).toBe(1);
    expect(threads.map((t) => jobTitle(t.requests[0]!.job))).toEqual(['a', 'b']);
    threads[0]!.succeed('A');
    // The waiting render goes to the thread that came free, not to a third one.
    expect(threads).toHaveLength(2);
    expect(jobTitle(threads[0]!.requests[1]!.job)).toBe('c');
    threads[1]!.succeed('B');
    threads[0]!.succeed('C');
    expect((await Promise.all(renders)).map((output) => String(output.body))).toEqual(['A', 'B', 'C']);
  });

  it('refuses a render once the queue is full, saying when to come back', async () => {
    const { pool } = poolWith({ size: 1, maxQueue: 1 });
    void pool.run({ format: 'docx', doc: doc('a'), options: {} });
    void pool.run({ format: 'docx', doc: doc('b'), options: {} });
    const refused = pool.run({ format: 'docx', doc: doc('c'), options: {} });
    await expect(refused).rejects.toBeInstanceOf(RenderQueueFullError);
    await expect(refused).rejects.toMatchObject({ statusCode: 503, retryAfterSeconds: 7 });
  });

  it('counts what is under way and waiting against what it takes', () => {
    const { pool, threads } = poolWith({ size: 1, maxQueue: 2 });
    expect([pool.load, pool.capacity]).toEqual([0, 3]);
    void pool.run({ format: 'docx', doc: doc('a'), options: {} });
    void pool.run({ format: 'docx', doc: doc('b'), options: {} });
    expect(pool.load).toBe(2);
    threads[0]!.succeed('A');
    expect(pool.load).toBe(1);
  });

  it('passes on what the thread found wrong with the plan and the title it read', async () => {
    const { pool, threads } = poolWith();
    const render = pool.run({ format: 'pdf', doc: doc('a'), options: {} });
    const problems = [{ path: 'focusAreas.a1.title', message: 'a number' }];
    threads[0]!.answer({ ok: true, bytes: new ArrayBuffer(1), problems, planTitle: 'Temaplan' });
    expect(await render).toMatchObject({ problems, planTitle: 'Temaplan' });
  });

  it('gives a render that threw in the thread its own message', async () => {
    const { pool, threads } = poolWith();
    const render = pool.run({ format: 'pdf', doc: doc('a'), options: {} });
    threads[0]!.answer({ ok: false, message: 'no such font', stack: 'Error: no such font\n    at pdf.ts' });
    await expect(render).rejects.toThrow('no such font');
    // The thread itself is fine and stays for the next render.
    void pool.run({ format: 'pdf', doc: doc('b'), options: {} });
    expect(threads).toHaveLength(1);
  });

  it('fails the render of a thread that died and starts a new thread for the waiting ones', async () => {
    const { pool, threads } = poolWith({ size: 1 });
    const dying = pool.run({ format: 'pdf', doc: doc('a'), options: {} });
    const waiting = pool.run({ format: 'pdf', doc: doc('b'), options: {} });
    threads[0]!.emit('exit', 70);
    await expect(dying).rejects.toThrow('render thread exited with code 70');
    expect(threads).toHaveLength(2);
    expect(jobTitle(threads[1]!.requests[0]!.job)).toBe('b');
    threads[1]!.succeed('B');
    expect(String((await waiting).body)).toBe('B');
  });

  it('lets an idle thread go: unreferenced at once, ended after the idle time', async () => {
    vi.useFakeTimers();
    try {
      const { pool, threads } = poolWith({ idleMs: 1000 });
      const render = pool.run({ format: 'docx', doc: doc('a'), options: {} });
      expect(threads[0]!.referenced).toBe(true);
      threads[0]!.succeed('A');
      await render;
      expect(threads[0]!.referenced).toBe(false);
      vi.advanceTimersByTime(999);
      expect(threads[0]!.terminated).toBe(false);
      vi.advanceTimersByTime(1);
      expect(threads[0]!.terminated).toBe(true);
      expect(pool.threads).toBe(0);
      // Its ending is not a crash: the next render simply starts a new thread.
      threads[0]!.emit('exit', 1);
      void pool.run({ format: 'docx', doc: doc('b'), options: {} });
      expect(threads).toHaveLength(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('fails what runs and waits when closed', async () => {
    const { pool, threads } = poolWith({ size: 1 });
    const running = pool.run({ format: 'pdf', doc: doc('a'), options: {} });
    const waiting = pool.run({ format: 'pdf', doc: doc('b'), options: {} });
    await pool.close();
    await expect(running).rejects.toThrow('closed');
    await expect(waiting).rejects.toThrow('closed');
    expect(threads[0]!.terminated).toBe(true);
  });
});
