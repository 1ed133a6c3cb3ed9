/**
 * At most `size` render threads, started on the first export and ended after a while idle, so
 * an idle server carries none of the renderers' memory (issue #16). Exports beyond the threads
 * wait in a bounded queue; past its bound they are refused at once (503 + Retry-After) rather
 * than piling up seconds of work nobody waits for any more.
 */
import type { RenderAnswer, RenderJob, RenderOutput, RenderRequest } from './renderJob';

/** The part of a `worker_threads` Worker the pool uses, so tests can hand it fakes. */
export interface RenderThread {
  postMessage(value: RenderRequest): void;
  on(event: 'message', listener: (answer: RenderAnswer) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  on(event: 'exit', listener: (code: number) => void): unknown;
  terminate(): Promise<number>;
  /** An idle thread must not keep the process alive (scripts, tests); a busy one must. */
  ref(): void;
  unref(): void;
}

export interface RenderPoolOptions {
  size: number;
  /** Renders that may wait for a thread; one more is refused. */
  maxQueue: number;
  /** A thread idle this long ends (its memory with it). */
  idleMs: number;
  /** What a refused caller is told to wait, in seconds. */
  retryAfterSeconds: number;
  startThread: () => RenderThread;
}

/** Too many exports at once: the route answers 503 with Retry-After (server/http/errors.ts). */
export class RenderQueueFullError extends Error {
  readonly statusCode = 503;
  constructor(readonly retryAfterSeconds: number) {
    super('The server is busy with other exports. Try again shortly.');
    this.name = 'RenderQueueFullError';
  }
}

interface Pending {
  job: RenderJob;
  resolve: (output: RenderOutput) => void;
  reject: (error: Error) => void;
}

interface Slot {
  thread: RenderThread;
  current: (Pending & { id: number }) | null;
  idleTimer: NodeJS.Timeout | null;
}

export class RenderPool {
  private readonly slots = new Set<Slot>();
  private readonly queue: Pending[] = [];
  private nextId = 1;
  private closed = false;

  constructor(private readonly options: RenderPoolOptions) {}

  /** Threads running now, busy or idle. */
  get threads(): number {
    return this.slots.size;
  }

  get waiting(): number {
    return this.queue.length;
  }

  /** Renders under way or waiting. */
  get load(): number {
    let busy = 0;
    for (const slot of this.slots) if (slot.current) busy++;
    return busy + this.queue.length;
  }

  /** Renders it takes at once, under way or waiting; one more is refused. */
  get capacity(): number {
    return this.options.size + this.options.maxQueue;
  }

  get retryAfterSeconds(): number {
    return this.options.retryAfterSeconds;
  }

  run(job: RenderJob): Promise<RenderOutput> {
    if (this.closed) return Promise.reject(new Error('render pool is closed'));
    return new Promise<RenderOutput>((resolve, reject) => {
      const pending: Pending = { job, resolve, reject };
      const slot = this.freeSlot();
      if (slot) this.assign(slot, pending);
      else if (this.queue.length >= this.options.maxQueue) reject(new RenderQueueFullError(this.options.retryAfterSeconds));
      else this.queue.push(pending);
    });
  }

  /** Ends every thread; renders under way or waiting fail. */
  async close(): Promise<void> {
    this.closed = true;
    const error = new Error('render pool is closed');
    for (const pending of this.queue.splice(0)) pending.reject(error);
    const slots = [...this.slots];
    this.slots.clear();
    for (const slot of slots) {
      if (slot.idleTimer) clearTimeout(slot.idleTimer);
      slot.current?.reject(error);
    }
    await Promise.all(slots.map((slot) => slot.thread.terminate()));
  }

  private freeSlot(): Slot | null {
    for (const slot of this.slots) if (!slot.current) return slot;
    return this.slots.size < this.options.size ? this.startSlot() : null;
  }

  private startSlot(): Slot {
    const slot: Slot = { thread: this.options.startThread(), current: null, idleTimer: null };
    this.slots.add(slot);
    slot.thread.on('message', (answer) => this.answered(slot, answer));
    // An uncaught exception ends the thread ('error', then 'exit'); either way its render fails
    // and the next waiting render gets a fresh thread.
    slot.thread.on('error', (error) => this.lost(slot, error));
    slot.thread.on('exit', (code) => this.lost(slot, new Error(`render thread exited with code ${code}`)));
    return slot;
  }

  private assign(slot: Slot, pending: Pending): void {
    if (slot.idleTimer) clearTimeout(slot.idleTimer);
    slot.idleTimer = null;
    const id = this.nextId++;
    slot.current = { ...pending, id };
    slot.thread.ref();
    slot.thread.postMessage({ id, job: pending.job });
  }

  private answered(slot: Slot, answer: RenderAnswer): void {
    const current = slot.current;
    if (!current || current.id !== answer.id) return;
    slot.current = null;
    if (answer.ok) {
      const { problems = [], planTitle } = answer;
      current.resolve({ body: Buffer.from(answer.bytes), problems, ...(planTitle !== undefined ? { planTitle } : {}) });
    } else {
      const error = new Error(answer.message);
      if (answer.stack) error.stack = answer.stack;
      current.reject(error);
    }
    this.next(slot);
  }

  private next(slot: Slot): void {
    const pending = this.queue.shift();
    if (pending) return this.assign(slot, pending);
    slot.thread.unref();
    slot.idleTimer = setTimeout(() => this.retire(slot), this.options.idleMs);
    slot.idleTimer.unref();
  }

  private retire(slot: Slot): void {
    if (slot.current || !this.slots.delete(slot)) return;
    void slot.thread.terminate();
  }

  private lost(slot: Slot, error: Error): void {
    if (!this.slots.delete(slot)) return;
    if (slot.idleTimer) clearTimeout(slot.idleTimer);
    slot.current?.reject(new Error(`export renderer failed: ${error.message}`));
    void slot.thread.terminate();
    // The thread's place is free again: the oldest waiting render starts on a new one.
    const pending = this.queue.shift();
    if (pending && !this.closed) this.assign(this.startSlot(), pending);
  }
}
