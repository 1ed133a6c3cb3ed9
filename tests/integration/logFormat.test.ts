import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDataDir } from '../support/testServer';
import { waitFor } from '../support/waitFor';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Runs `server/main.ts` as `npm run serve` would (stdout a pipe), until it has stopped on SIGTERM. */
async function runServer(env: Record<string, string>): Promise<{ stdout: string[]; stderr: string; url: string }> {
  const dataDir = tempDataDir();
  dirs.push(dataDir);
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, SEED_DEMO: 'true', LOG_FORMAT: 'auto', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const stdout: string[] = [];
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  createInterface({ input: child.stdout }).on('line', (line) => stdout.push(line));
  const url = await waitFor(() => stdout.map((line) => /Medverk listening on (\S+)/.exec(line)?.[1]).find(Boolean), 'the listening line', 30_000);
  // A request that answers with an error, so a request-time line may be written too.
  await fetch(`${url}/api/plans/nope`);
  child.kill('SIGTERM');
  expect(await exited).toBe(0);
  return { stdout, stderr, url };
}

describe('the server logs in one format', () => {
  it('writes every stdout line, start-up and shutdown included, as JSON with level, time and msg', async () => {
    const { stdout, stderr } = await runServer({ LOG_LEVEL: 'info' });
    expect(stdout.length).toBeGreaterThanOrEqual(3);
    for (const line of stdout) {
      const entry = JSON.parse(line) as Record<string, unknown>;
      expect([typeof entry.level, typeof entry.time, typeof entry.msg], line).toEqual(['number', 'number', 'string']);
    }
    const messages = stdout.map((line) => (JSON.parse(line) as { msg: string }).msg);
    expect(messages).toContainEqual(expect.stringMatching(/^seeded the demo plan$/));
    expect(messages).toContainEqual(expect.stringMatching(/^shutting down$/));
    expect(stderr).toBe('');
    // The first administrator's link, printed once on purpose; its token nowhere else.
    const setup = stdout.filter((line) => line.includes('/setup#'));
    expect(setup).toHaveLength(1);
    const token = /\/setup#([^\s"]+)/.exec(setup[0]!)![1]!;
    expect(stdout.join('\n').split(token)).toHaveLength(2);
  });

  it('still prints the start-up lines, as JSON, when LOG_LEVEL hides info', async () => {
    const { stdout } = await runServer({ LOG_LEVEL: 'warn' });
    const messages = stdout.map((line) => (JSON.parse(line) as { msg: string }).msg);
    expect(messages.some((msg) => msg.startsWith('Medverk listening on http://127.0.0.1:'))).toBe(true);
    expect(messages.some((msg) => msg.startsWith('No administrator yet.'))).toBe(true);
    expect(messages).not.toContain('seeded the demo plan');
  });
});
