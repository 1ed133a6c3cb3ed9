import type pg from 'pg';
import { MIGRATIONS } from '../migrations';
import { checkIn, checkOut, LockSpace } from './db';

/**
 * Runs the shared migrations this schema has not recorded yet, each in its own transaction, under
 * an advisory lock: several servers starting at once against an empty database take turns, and
 * the later ones find the work done.
 */
export async function migrate(pool: pg.Pool): Promise<void> {
  const client = await checkOut(pool);
  let broken: Error | undefined;
  try {
    await client.query('SELECT pg_advisory_lock($1, hashtext(current_schema()))', [LockSpace.migrations]);
    try {
      await client.query(`CREATE TABLE IF NOT EXISTS migrations (
        name TEXT PRIMARY KEY,
        applied_at BIGINT NOT NULL
      )`);
      const applied = new Set((await client.query<{ name: string }>('SELECT name FROM migrations')).rows.map((row) => row.name));
      for (const migration of MIGRATIONS) {
        if (applied.has(migration.name)) continue;
        await client.query('BEGIN');
        try {
          await client.query(migration.postgres);
          await client.query('INSERT INTO migrations (name, applied_at) VALUES ($1, $2)', [migration.name, Date.now()]);
          await client.query('COMMIT');
        } catch (error) {
          await client.query('ROLLBACK');
          throw error;
        }
      }
    } finally {
      await client.query('SELECT pg_advisory_unlock($1, hashtext(current_schema()))', [LockSpace.migrations]);
    }
  } catch (error) {
    // A session that may still hold the lock (or an open transaction) is closed, not pooled.
    broken = error instanceof Error ? error : new Error(String(error));
    throw error;
  } finally {
    checkIn(client, broken);
  }
}
