import { z } from 'zod';
import { resolve } from 'node:path';

const configSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('localhost'),
  DATA_DIR: z.string().default('./data'),
  /** NORMAL survives a killed server; FULL also survives power loss (an fsync per batch). */
  SQLITE_SYNCHRONOUS: z.enum(['normal', 'full']).default('normal'),
  UNLOAD_DELAY_MS: z.coerce.number().int().min(0).default(30_000),
  COMPACT_AFTER_UPDATES: z.coerce.number().int().min(1).default(500),
  COMPACT_AFTER_BYTES: z.coerce.number().int().min(1).default(1024 * 1024),
  MAX_CONCURRENT_LOADS: z.coerce.number().int().min(1).default(16),
  /** Seed the demo plan into an empty database. */
  SEED_DEMO: z.enum(['true', 'false']).default('true').transform((value) => value === 'true'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Where the built client lives; `npm start` builds it first. */
  CLIENT_DIR: z.string().default('./dist/client'),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  sqliteSynchronous: 'normal' | 'full';
  unloadDelayMs: number;
  compactAfterUpdates: number;
  compactAfterBytes: number;
  maxConcurrentLoads: number;
  seedDemo: boolean;
  logLevel: z.infer<typeof configSchema>['LOG_LEVEL'];
  clientDir: string;
}

/** Reads the environment once, at start-up; an invalid value stops the server with its name. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  const c = parsed.data;
  return {
    port: c.PORT,
    host: c.HOST,
    dataDir: resolve(c.DATA_DIR),
    sqliteSynchronous: c.SQLITE_SYNCHRONOUS,
    unloadDelayMs: c.UNLOAD_DELAY_MS,
    compactAfterUpdates: c.COMPACT_AFTER_UPDATES,
    compactAfterBytes: c.COMPACT_AFTER_BYTES,
    maxConcurrentLoads: c.MAX_CONCURRENT_LOADS,
    seedDemo: c.SEED_DEMO,
    logLevel: c.LOG_LEVEL,
    clientDir: resolve(c.CLIENT_DIR),
  };
}
