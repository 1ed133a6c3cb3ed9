import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { SqliteStorage } from '../storage/sqlite/SqliteStorage';

export interface TestEnv {
  /** A fresh temp directory, removed after the test. */
  readonly dir: string;
  /** Registers cleanup to run after the test (last registered runs first). */
  defer(cleanup: () => void | Promise<void>): void;
  /** Opens a SQLite storage in the temp dir; closed after the test. */
  sqlite(fileName?: string): SqliteStorage;
}

/** Call at the top of a describe block; returns the current test's environment. */
export function useTestEnv(): () => TestEnv {
  let current: TestEnv | null = null;
  let cleanups: (() => void | Promise<void>)[] = [];

  beforeEach(() => {
    const dir = mkdtempSync(join(tmpdir(), 'medverk-server-test-'));
    cleanups = [() => rmSync(dir, { recursive: true, force: true })];
    const env: TestEnv = {
      dir,
      defer: (cleanup) => void cleanups.push(cleanup),
      sqlite: (fileName = 'test.db') => {
        const storage = new SqliteStorage({ file: join(dir, fileName), synchronous: 'normal' });
        env.defer(() => storage.close());
        return storage;
      },
    };
    current = env;
  });

  afterEach(async () => {
    current = null;
    const pending = cleanups.reverse();
    cleanups = [];
    for (const cleanup of pending) await cleanup();
  });

  return () => {
    if (!current) throw new Error('useTestEnv: no test is running');
    return current;
  };
}
