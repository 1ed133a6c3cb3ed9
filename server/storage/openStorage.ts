import { join } from 'node:path';
import type { Config } from '../config';
import type { Storage } from './Storage';
import { SqliteStorage } from './sqlite/SqliteStorage';

/**
 * The storage the configuration names; the server and the command-line tools share it.
 * PostgreSQL when DATABASE_URL is set (it connects and migrates, hence async), else SQLite.
 */
export async function openStorage(config: Config): Promise<Storage> {
  // Loaded only when configured: a SQLite server never needs pg in memory.
  if (config.databaseUrl) return (await import('./postgres/PostgresStorage')).PostgresStorage.open({ url: config.databaseUrl });
  return new SqliteStorage({ file: join(config.dataDir, 'medverk.db'), synchronous: config.sqliteSynchronous });
}
