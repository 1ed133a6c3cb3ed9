import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { createInterface } from 'node:readline';

/** Clock ticks per second for /proc/<pid>/stat (USER_HZ, 100 on Linux). */
const CLK_TCK = 100;

export interface ProcStats {
  /** user + system CPU seconds since the process started. */
  cpuSeconds: number;
  /** Peak resident set size (VmHWM) in MB. */
  peakRssMb: number;
  /** Resident set size now (VmRSS) in MB. */
  rssMb: number;
}

/** Reads CPU time and peak RSS of a live process from /proc. */
export function procStats(pid: number): ProcStats {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name is in parentheses and may hold spaces: split after the last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // fields[0] is field 3 (state); utime is field 14, stime field 15.
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => {
    const match = new RegExp(`${field}:\\s+(\\d+) kB`).exec(status);
    return match ? Number(match[1]) / 1024 : Number.NaN;
  };
  return { cpuSeconds: (utime + stime) / CLK_TCK, peakRssMb: kb('VmHWM'), rssMb: kb('VmRSS') };
}

/** A free TCP port on 127.0.0.1 (listen on 0, read it, close). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Children still running, killed if the bench process exits early (error, timeout, Ctrl-C). */
const live = new Set<ChildProcess>();
process.once('exit', () => live.forEach((child) => child.kill('SIGKILL')));

export interface Spawned {
  child: ChildProcess;
  pid: number;
  /** Resolves with the first stdout line matching `ready` (its match), or rejects on exit/timeout. */
  ready: Promise<RegExpExecArray>;
  /** All stdout lines seen so far (for setup links and diagnostics). */
  lines: string[];
  stop(): Promise<void>;
}

/** Spawns a server process and waits for a line on stdout that says it listens. */
export function spawnServer(
  args: string[],
  env: Record<string, string>,
  ready: RegExp,
  timeoutMs = 30_000,
): Spawned {
  const child = spawn(process.execPath, args, {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  live.add(child);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.once('exit', () => live.delete(child));
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const readyPromise = new Promise<RegExpExecArray>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in ${timeoutMs} ms: ${stderr}`)), timeoutMs);
    createInterface({ input: child.stdout }).on('line', (line) => {
      lines.push(line);
      const match = ready.exec(line);
      if (match) {
        clearTimeout(timer);
        resolve(match);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited early with ${code}: ${stderr}`));
    });
  });
  if (child.pid === undefined) throw new Error('could not spawn the server');
  const pid = child.pid;
  return {
    child,
    pid,
    ready: readyPromise,
    lines,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const killed = await Promise.race([exited.then(() => true), sleep(15_000).then(() => false)]);
      if (!killed) {
        child.kill('SIGKILL');
        await exited;
      }
    },
  };
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
