import type pg from 'pg';

/** A pool or one of its clients (inside a transaction): both run queries. */
export type Queryable = pg.Pool | pg.PoolClient;

export async function rows<R extends pg.QueryResultRow>(db: Queryable, sql: string, params: unknown[] = []): Promise<R[]> {
  return (await db.query<R>(sql, params)).rows;
}

export async function one<R extends pg.QueryResultRow>(db: Queryable, sql: string, params: unknown[] = []): Promise<R | null> {
  return (await db.query<R>(sql, params)).rows[0] ?? null;
}

// A checked-out client has no 'error' listener of the pool's, and one that loses its connection
// between queries (while a lock is held, or while JS work runs inside a transaction) emits
// 'error', which without a listener ends the process. The next query on it fails instead, and
// the pool discards such a client when it comes back.
const ignoreLostConnection = (): void => undefined;

export async function checkOut(pool: pg.Pool): Promise<pg.PoolClient> {
  const client = await pool.connect();
  client.on('error', ignoreLostConnection);
  return client;
}

/** Hands the client back; with an error (or true) it is closed instead of pooled. */
export function checkIn(client: pg.PoolClient, broken?: Error | boolean): void {
  client.off('error', ignoreLostConnection);
  client.release(broken);
}

/**
 * Runs `work` on one client between BEGIN and COMMIT (ROLLBACK when it throws). A client whose
 * ROLLBACK failed is destroyed rather than handed back to the pool in an unknown state.
 */
export async function transaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await checkOut(pool);
  let broken: Error | undefined;
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch((rollbackError: unknown) => {
      broken = rollbackError instanceof Error ? rollbackError : new Error(String(rollbackError));
    });
    throw error;
  } finally {
    checkIn(client, broken);
  }
}

/** BYTEA arrives as a Buffer, often a view into a shared slab: callers get their own plain copy. */
export function toBytes(buffer: Buffer): Uint8Array {
  return new Uint8Array(buffer);
}

/** node-postgres sends Buffers as BYTEA (also inside arrays, where a bare Uint8Array is not understood). */
export function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/**
 * Advisory lock namespaces (the first half of the two-int key), so our kinds of lock never share a
 * key. The second half hashes the schema with the name: two deployments (or two test schemas) in
 * one database do not block each other.
 */
export const LockSpace = {
  named: 0x6d76_0001,
  compaction: 0x6d76_0002,
  migrations: 0x6d76_0003,
  /** Transaction-scoped (`pg_advisory_xact_lock`): e.g. numbering a plan's input. */
  transaction: 0x6d76_0004,
} as const;

/** SQL for the second half of an advisory lock key; `$n` is the parameter holding the name. */
export function lockKeySql(param: string): string {
  return `hashtext(current_schema() || ':' || ${param})`;
}

/**
 * Waits for the transaction-scoped lock `name` (released by COMMIT or ROLLBACK): for work that
 * must not interleave across servers but has no row to lock. Call it inside `transaction`.
 */
export async function lockForTransaction(client: pg.PoolClient, name: string): Promise<void> {
  await client.query(`SELECT pg_advisory_xact_lock($1, ${lockKeySql('$2')})`, [LockSpace.transaction, name]);
}
