import type pg from 'pg';
import type { ReaderRecord, ReaderStorage } from '../Storage';
import { mergeSeen, NEVER_VISITED, toReaderRecord, type ReaderRow } from '../rows/readers';
import { one, transaction } from './db';

/**
 * The row of this reader, created when missing and locked until the transaction ends: two
 * servers marking threads seen for the same person at once merge one after the other.
 */
async function lockedRow(client: pg.PoolClient, planId: string, readerId: string): Promise<ReaderRow> {
  await client.query(
    `INSERT INTO plan_readers (plan_id, reader_id, last_visit_at, seen_threads) VALUES ($1, $2, $3, '{}')
     ON CONFLICT (plan_id, reader_id) DO NOTHING`,
    [planId, readerId, NEVER_VISITED],
  );
  const row = await one<ReaderRow>(
    client,
    'SELECT last_visit_at, seen_threads FROM plan_readers WHERE plan_id = $1 AND reader_id = $2 FOR UPDATE',
    [planId, readerId],
  );
  if (!row) throw new Error(`plan_readers row for ${readerId} in ${planId} vanished`);
  return row;
}

export class PostgresReaders implements ReaderStorage {
  constructor(private readonly pool: pg.Pool) {}

  async getReader(planId: string, readerId: string): Promise<ReaderRecord | null> {
    const row = await one<ReaderRow>(
      this.pool,
      'SELECT last_visit_at, seen_threads FROM plan_readers WHERE plan_id = $1 AND reader_id = $2',
      [planId, readerId],
    );
    return row ? toReaderRecord(row) : null;
  }

  recordVisit(planId: string, readerId: string, at: number): Promise<number | null> {
    return transaction(this.pool, async (client) => {
      const before = toReaderRecord(await lockedRow(client, planId, readerId)).lastVisitAt;
      await client.query('UPDATE plan_readers SET last_visit_at = $1 WHERE plan_id = $2 AND reader_id = $3', [at, planId, readerId]);
      return before;
    });
  }

  async markSeen(planId: string, readerId: string, entries: readonly { threadId: string; at: number }[]): Promise<void> {
    if (entries.length === 0) return;
    await transaction(this.pool, async (client) => {
      const row = await lockedRow(client, planId, readerId);
      await client.query('UPDATE plan_readers SET seen_threads = $1 WHERE plan_id = $2 AND reader_id = $3', [
        mergeSeen(row.seen_threads, entries),
        planId,
        readerId,
      ]);
    });
  }
}
