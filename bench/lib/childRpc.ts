import { fork, type ChildProcess } from 'node:child_process';

/** What a bench child process answers: one async-or-not function per method, one argument each. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each method has its own argument type
export type ChildMethods = Record<string, (args: any) => unknown>;

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

/**
 * A bench child process (a script whose `methods` answer `{ id, method, args }` messages, as
 * bench/clients/clientProcess.ts does), called over IPC with its methods' own types: W1/W2's
 * client processes (fleet.ts) and W4's participants (bench/clients/workshopProcess.ts).
 */
export class ChildRpc<M extends ChildMethods> {
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
      for (const waiting of this.pending.values())
        waiting.reject(new Error(`child process exited with ${code}`));
      this.pending.clear();
    });
  }

  /** Forks `script` (a path from the repo root) under tsx. */
  static start<M extends ChildMethods>(script: string): ChildRpc<M> {
    const child = fork(script, [], {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    live.add(child);
    child.once('exit', () => live.delete(child));
    return new ChildRpc<M>(child);
  }

  get pid(): number {
    return this.child.pid ?? -1;
  }

  call<K extends keyof M & string>(
    method: K,
    args: Parameters<M[K]>[0],
  ): Promise<Awaited<ReturnType<M[K]>>> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
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

/** Children still running, killed if the bench exits early. */
const live = new Set<ChildProcess>();
process.once('exit', () => live.forEach((child) => child.kill('SIGKILL')));

/** Answers the parent's calls with `methods` (the child's side of ChildRpc). */
export function serveMethods(methods: ChildMethods, onStop: () => void): void {
  process.on('message', (message: { id: number; method: string; args: unknown }) => {
    const method = methods[message.method];
    Promise.resolve()
      .then(() => {
        if (!method) throw new Error(`no method ${message.method}`);
        return method(message.args);
      })
      .then(
        (result) => process.send?.({ id: message.id, result }),
        (error: unknown) => process.send?.({ id: message.id, error: String(error) }),
      );
  });
  process.on('disconnect', () => process.exit(0));
  process.on('SIGTERM', () => {
    onStop();
    process.exit(0);
  });
}
