import type pg from 'pg';
import type { LockStorage } from '../Storage';
import { ProcessLocks } from '../ProcessLocks';
import { checkIn, checkOut, LockSpace, lockKeySql } from './db';

const LOCK = `SELECT pg_advisory_lock($1, ${lockKeySql('$2')})`;
const TRY_LOCK = `SELECT pg_try_advisory_lock($1, ${lockKeySql('$2')}) AS acquired`;
const UNLOCK = `SELECT pg_advisory_unlock($1, ${lockKeySql('$2')})`;

/**
 * Named locks shared by every server on the database: a session-level advisory lock, held on one
 * client of a dedicated pool for as long as `fn` runs (so waiting holders never starve the query
 * pool `fn` itself uses). Callers in this process queue in front of it first, so a key costs at
 * most one connection per server. If the connection dies while `fn` runs, PostgreSQL frees the
 * lock with it; the pool then destroys that client.
 */
export class PostgresLocks implements LockStorage {
  private readonly local = new ProcessLocks();

  constructor(private readonly pool: pg.Pool) {}

  withLock<T>(key: string, fn: () => Promise<T>): Promise<T> {
    return this.local.withLock(key, async () => (await this.holding(key, true, fn)) as T);
  }

  async tryWithLock<T>(key: string, fn: () => Promise<T>): Promise<T | null> {
    return this.local.tryWithLock(key, () => this.holding(key, false, fn));
  }

  /** Resolves to null only when `wait` is false and another session holds the lock. */
  private async holding<T>(key: string, wait: boolean, fn: () => Promise<T>): Promise<T | null> {
    const client = await checkOut(this.pool);
    let acquired: boolean;
    try {
      if (wait) {
        await client.query(LOCK, [LockSpace.named, key]);
        acquired = true;
      } else {
        acquired = (await client.query<{ acquired: boolean }>(TRY_LOCK, [LockSpace.named, key])).rows[0]?.acquired === true;
      }
    } catch (error) {
      checkIn(client, error instanceof Error ? error : true);
      throw error;
    }
    if (!acquired) {
      checkIn(client);
      return null;
    }
    try {
      return await fn();
    } finally {
      await client.query(UNLOCK, [LockSpace.named, key]).then(
        () => checkIn(client),
        // Closing the session is what frees the lock now.
        (error: unknown) => checkIn(client, error instanceof Error ? error : true),
      );
    }
  }
}
