import type { ClientMethods } from '../clients/clientProcess';
import { ChildRpc } from './childRpc';
import { nowMs } from './clock';
import type { ServerAddress } from './servers';

/** One client process (bench/clients/clientProcess.ts), called over IPC. */
export type ClientProcess = ChildRpc<ClientMethods>;

/** `count` client processes; `run` gets them all and they are stopped afterwards, whatever happens. */
export async function withClientProcesses<T>(count: number, run: (processes: ClientProcess[]) => Promise<T>): Promise<T> {
  const processes = Array.from({ length: count }, () => ChildRpc.start<ClientMethods>('bench/clients/clientProcess.ts'));
  try {
    return await run(processes);
  } finally {
    await Promise.all(processes.map((p) => p.stop()));
  }
}

/** Splits 0..n-1 round-robin into `parts` lists. */
export function spread(n: number, parts: number): number[][] {
  const lists = Array.from({ length: parts }, () => [] as number[]);
  for (let i = 0; i < n; i++) lists[i % parts]!.push(i);
  return lists;
}

/**
 * W1's typing in the background, for the cases that measure editors while something else
 * happens (compare, exports-live, input): `editors`, spread over `processes`, join `docName` and
 * then type at 2 ops/s for `durationMs` from just ahead, each with a seeded phase and positions.
 * Returns when they start and the typing itself (their numbers come by `stormCollect`).
 */
export async function startBackgroundTyping(
  processes: ClientProcess[],
  options: {
    address: ServerAddress;
    docName: string;
    editors: number;
    field: string;
    durationMs: number;
    random: () => number;
  },
): Promise<{ startAt: number; typing: Promise<unknown> }> {
  const { address, docName, field, durationMs, random } = options;
  const groups = spread(options.editors, processes.length);
  await Promise.all(
    processes.map((p, i) => p.call('stormConnect', { server: address, docName, indices: groups[i]!, field })),
  );
  const intervalMs = 500;
  const ticks = Math.ceil(durationMs / intervalMs) + 1;
  const startAt = nowMs() + 200;
  const typing = Promise.all(
    processes.map((p, i) =>
      p.call('stormRun', {
        field,
        startAt,
        durationMs,
        intervalMs,
        phases: Object.fromEntries(groups[i]!.map((index) => [index, random() * intervalMs])),
        positions: Object.fromEntries(
          groups[i]!.map((index) => [index, Array.from({ length: ticks }, () => random())]),
        ),
      }),
    ),
  );
  return { startAt, typing };
}
