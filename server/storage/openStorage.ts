import { join } from 'node:path';
import type { Config } from '../config';
import type { Storage } from './Storage';
import { SqliteStorage } from './sqlite/SqliteStorage';

/** The storage the configuration names; the server and the command-line tools share it. */
export function openStorage(config: Config): Storage {
  return new SqliteStorage({ file: join(config.dataDir, 'medverk.db'), synchronous: config.sqliteSynchronous });
}
