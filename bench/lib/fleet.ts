import { fork, type ChildProcess } from 'node:child_process';
import type { ClientMethods } from '../clients/clientProcess';

type Method = keyof ClientMethods;
type Args<M extends Method> = Parameters<ClientMethods[M]>[0];
type Result<M extends Method> = Awaited<ReturnType<ClientMethods[M]>>;

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

/** One client process (bench/clients/clientProcess.ts), called over IPC. */
export class ClientProcess {
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private readonly exited: Promise<void>;

  private constructor(private readonly child: ChildProcess) {
    child.on('message', (message: { id: number; result?: unknown; error?: string }) => {
      const waiting = this.pending.get(message.id);
      if (!waiting) return;
      this.pending.delete(message.id);
      if (message.error !== undefined) waiting.reject(new Error(message.error));
      else waiting.resolve(message.result);
    });
    this.exited = new Promise((resolve) => child.once('exit', () => resolve()));
    child.once('exit', (code) => {
      for (const waiting of this.pending.values()) waiting.reject(new Error(`client process exited with ${code}`));
      this.pending.clear();
    });
  }

  static start(): ClientProcess {
    const child = fork('bench/clients/clientProcess.ts', [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    live.add(child);
    child.once('exit', () => live.delete(child));
    return new ClientProcess(child);
  }

  get pid(): number {
    return this.child.pid ?? -1;
  }

  call<M extends Method>(method: M, args: Args<M>): Promise<Result<M>> {
    const id = this.nextId++;
    return new Promise<Result<M>>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.child.send({ id, method, args });
    });
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    this.child.kill('SIGTERM');
    await this.exited;
  }
}

/** Client processes still running, killed if the bench exits early. */
const live = new Set<ChildProcess>();
process.once('exit', () => live.forEach((child) => child.kill('SIGKILL')));

/** `count` client processes; `run` gets them all and they are stopped afterwards, whatever happens. */
export async function withClientProcesses<T>(count: number, run: (processes: ClientProcess[]) => Promise<T>): Promise<T> {
  const processes = Array.from({ length: count }, () => ClientProcess.start());
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
