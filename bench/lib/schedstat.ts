import { readFileSync } from 'node:fs';

export interface SchedStats {
  /** Seconds the process's main thread ran on a CPU. */
  runSeconds: number;
  /** Seconds it was ready to run but waited for a CPU (the machine's other load). */
  waitSeconds: number;
}

/**
 * The kernel's scheduler statistics of a process's main thread (/proc/<pid>/schedstat: ns on a
 * CPU, ns waiting on a run queue, time slices). On a shared machine the wait says how much of a
 * latency is the machine's, not the server's: a Node server's event loop is its main thread.
 */
export function schedStats(pid: number): SchedStats {
  const [run, wait] = readFileSync(`/proc/${pid}/schedstat`, 'utf8')
    .trim()
    .split(/\s+/)
    .map(Number);
  return { runSeconds: (run ?? Number.NaN) / 1e9, waitSeconds: (wait ?? Number.NaN) / 1e9 };
}
