import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, type Config } from '../../server/config';
import { startMedverk, type Medverk } from '../../server/app';

export interface TestServer {
  url: string;
  dataDir: string;
  medverk: Medverk;
  /** Stops the server; the data dir stays so a test can start again on the same file. */
  stop(): Promise<void>;
  /** Stops (if running) and removes the data dir. */
  dispose(): Promise<void>;
}

export function tempDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'medverk-test-'));
}

/** A real server on port 0 with its own SQLite file, serving the built client if there is one. */
export async function startTestServer(
  options: { dataDir?: string; seedDemo?: boolean; env?: Record<string, string> } = {},
): Promise<TestServer> {
  const dataDir = options.dataDir ?? tempDataDir();
  const config: Config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    SEED_DEMO: options.seedDemo === false ? 'false' : 'true',
    UNLOAD_DELAY_MS: '200',
    ...options.env,
  });
  const medverk = await startMedverk(config);
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await medverk.close();
  };
  return {
    url: medverk.url,
    dataDir,
    medverk,
    stop,
    async dispose() {
      await stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
