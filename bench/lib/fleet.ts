import type { ClientMethods } from '../clients/clientProcess';
import { ChildRpc } from './childRpc';

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
