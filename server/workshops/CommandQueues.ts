import type { LockStorage } from '../storage/Storage';

interface Queue {
  tail: Promise<void>;
  /** Tasks queued or running. */
  size: number;
}

/**
 * One queue per workshop: each task runs after every earlier task of the same workshop has
 * finished, here and (the lock) on every other server sharing the storage. A queue holds at
 * most `cap` tasks, so a flood of commands is refused instead of piling up in memory.
 */
export class CommandQueues {
  private readonly queues = new Map<string, Queue>();

  constructor(
    private readonly locks: LockStorage,
    private readonly cap: number,
    /** Lock names are `<prefix>:<key>`: workshops and plan discussions queue apart. */
    private readonly lockPrefix = 'workshop',
  ) {}

  /** Tasks queued or running for the workshop. */
  size(workshopId: string): number {
    return this.queues.get(workshopId)?.size ?? 0;
  }

  /**
   * Queues `task`; resolves or rejects as it does. Null (and `task` never runs) when the queue
   * is full, unless `always` (the server's own work, such as joining someone who came in).
   */
  run(workshopId: string, task: () => Promise<void>, always = false): Promise<void> | null {
    let queue = this.queues.get(workshopId);
    if (queue && queue.size >= this.cap && !always) return null;
    if (!queue) {
      queue = { tail: Promise.resolve(), size: 0 };
      this.queues.set(workshopId, queue);
    }
    const current = queue;
    current.size++;
    const result = current.tail.then(() => this.locks.withLock(`${this.lockPrefix}:${workshopId}`, task));
    current.tail = result.then(
      () => undefined,
      () => undefined,
    );
    void current.tail.then(() => {
      current.size--;
      if (current.size === 0 && this.queues.get(workshopId) === current)
        this.queues.delete(workshopId);
    });
    return result;
  }
}
