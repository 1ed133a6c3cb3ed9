import type pg from 'pg';
import type { DocStorage, LoggedUpdate, StoredDoc } from '../Storage';
import { mergeDocState } from '../mergeDocState';
import { LockSpace, lockKeySql, one, rows, toBuffer, toBytes, transaction, type Queryable } from './db';

export class PostgresDocs implements DocStorage {
  constructor(private readonly pool: pg.Pool) {}

  async loadDoc(doc: string): Promise<StoredDoc> {
    // One statement sees one snapshot of the database: a compaction committing in between two
    // separate reads could otherwise hide updates in neither the old snapshot nor the log.
    const found = await rows<{ is_update: boolean; data: Buffer }>(
      this.pool,
      `SELECT false AS is_update, 0::bigint AS seq, state AS data FROM doc_snapshots WHERE doc = $1
       UNION ALL
       SELECT true, seq, data FROM doc_updates WHERE doc = $1
       ORDER BY is_update, seq`,
      [doc],
    );
    let snapshot: Uint8Array | null = null;
    const updates: Uint8Array[] = [];
    let updateBytes = 0;
    for (const row of found) {
      if (!row.is_update) {
        snapshot = toBytes(row.data);
        continue;
      }
      updates.push(toBytes(row.data));
      updateBytes += row.data.byteLength;
    }
    return { snapshot, updates, updateBytes };
  }

  async appendUpdates(updates: readonly LoggedUpdate[]): Promise<void> {
    if (updates.length === 0) return;
    // One statement is one transaction; WITH ORDINALITY keeps the batch's order in seq.
    await this.pool.query(
      `INSERT INTO doc_updates (doc, data)
       SELECT doc, data FROM unnest($1::text[], $2::bytea[]) WITH ORDINALITY AS batch (doc, data, n) ORDER BY n`,
      [updates.map((u) => u.doc), updates.map((u) => toBuffer(u.update))],
    );
  }

  /**
   * Only one server compacts a document at a time (a transaction-scoped advisory lock; the others
   * skip). Appends go on meanwhile, so the delete names the rows it read: a row whose seq was
   * taken before the read but committed after it is newer than the merge and must stay, which a
   * `seq <= max` delete could not promise.
   */
  async compactDoc(doc: string, snapshot: Uint8Array): Promise<void> {
    await transaction(this.pool, async (client) => {
      const lock = await one<{ acquired: boolean }>(
        client,
        `SELECT pg_try_advisory_xact_lock($1, ${lockKeySql('$2')}) AS acquired`,
        [LockSpace.compaction, doc],
      );
      if (!lock?.acquired) return;
      const stored = await one<{ state: Buffer }>(client, 'SELECT state FROM doc_snapshots WHERE doc = $1', [doc]);
      const logged = await rows<{ seq: number; data: Buffer }>(
        client,
        'SELECT seq, data FROM doc_updates WHERE doc = $1 ORDER BY seq',
        [doc],
      );
      const merged = mergeDocState([...(stored ? [stored.state] : []), ...logged.map((row) => row.data), snapshot]);
      await writeSnapshot(client, doc, merged, Date.now());
      if (logged.length > 0) {
        await client.query('DELETE FROM doc_updates WHERE doc = $1 AND seq = ANY($2::bigint[])', [doc, logged.map((row) => row.seq)]);
      }
    });
  }
}

/** Used by compaction and by plan creation, inside their transactions. */
export async function writeSnapshot(db: Queryable, doc: string, state: Uint8Array, at: number): Promise<void> {
  await db.query(
    `INSERT INTO doc_snapshots (doc, state, updated_at) VALUES ($1, $2, $3)
     ON CONFLICT (doc) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at`,
    [doc, toBuffer(state), at],
  );
}
