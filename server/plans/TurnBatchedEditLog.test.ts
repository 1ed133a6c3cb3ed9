import { describe, expect, it } from 'vitest';
import type { EditLogEntry, EditLogStorage } from '../storage/Storage';
import { TurnBatchedEditLog } from './TurnBatchedEditLog';

/** A log that remembers each `record` call, and a schedule run by hand (one "turn" at a time). */
function setup(options: { failing?: boolean } = {}) {
  const calls: EditLogEntry[][] = [];
  const reads: string[] = [];
  const log: EditLogStorage = {
    record: (entries) => {
      calls.push([...entries]);
      return options.failing ? Promise.reject(new Error('disk full')) : Promise.resolve();
    },
    editorsBetween: (planId) => {
      reads.push(`${planId} after ${calls.length} writes`);
      return Promise.resolve(new Map());
    },
  };
  const tasks: (() => void)[] = [];
  const batched = new TurnBatchedEditLog(log, (task) => tasks.push(task));
  const endTurn = () => {
    for (const task of tasks.splice(0)) task();
  };
  return { batched, calls, reads, tasks, endTurn };
}

const MINUTE = 60_000;
const edit = (section: string, editor: string, at: number): EditLogEntry => ({ planId: 'p', section, editor, at });

describe('TurnBatchedEditLog', () => {
  it('stores the entries of one turn in one write, one row per section, person and minute', async () => {
    const { batched, calls, endTurn } = setup();
    const stored = [
      batched.record([edit('area:a', 'Ola', 10 * MINUTE + 1_000)]),
      batched.record([edit('area:a', 'Ola', 10 * MINUTE + 5_000)]),
      batched.record([edit('area:a', 'Ola', 10 * MINUTE + 3_000), edit('purpose', 'Ola', 10 * MINUTE + 3_000)]),
      batched.record([edit('area:a', 'Kari', 10 * MINUTE + 4_000)]),
      // The next minute is another row in storage.
      batched.record([edit('area:a', 'Ola', 11 * MINUTE)]),
    ];
    expect(calls).toEqual([]);
    endTurn();
    await Promise.all(stored);
    expect(calls).toHaveLength(1);
    // The earliest and the latest time of a row both reach storage (which keeps min and max).
    expect(calls[0]).toEqual([
      edit('area:a', 'Ola', 10 * MINUTE + 1_000),
      edit('area:a', 'Ola', 10 * MINUTE + 5_000),
      edit('purpose', 'Ola', 10 * MINUTE + 3_000),
      edit('area:a', 'Kari', 10 * MINUTE + 4_000),
      edit('area:a', 'Ola', 11 * MINUTE),
    ]);
  });

  it('starts a new write for a later turn', async () => {
    const { batched, calls, endTurn } = setup();
    const first = batched.record([edit('area:a', 'Ola', 1_000)]);
    endTurn();
    await first;
    const second = batched.record([edit('area:a', 'Ola', 2_000)]);
    endTurn();
    await second;
    expect(calls).toEqual([[edit('area:a', 'Ola', 1_000)], [edit('area:a', 'Ola', 2_000)]]);
  });

  it('stores what is pending before a read, so the read sees it', async () => {
    const { batched, calls, reads, tasks, endTurn } = setup();
    void batched.record([edit('area:a', 'Ola', 1_000)]);
    await batched.editorsBetween('p', 0, 2_000);
    expect(reads).toEqual(['p after 1 writes']);
    // The turn's own flush then finds nothing left to write.
    expect(tasks).toHaveLength(1);
    endTurn();
    expect(calls).toHaveLength(1);
  });

  it('rejects the recorders of a failed write, and writes nothing when nothing was recorded', async () => {
    const { batched, calls, endTurn } = setup({ failing: true });
    await batched.record([]);
    endTurn();
    expect(calls).toEqual([]);
    const stored = batched.record([edit('area:a', 'Ola', 1_000)]);
    endTurn();
    await expect(stored).rejects.toThrow('disk full');
  });
});
