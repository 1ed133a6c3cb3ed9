import type Database from 'better-sqlite3';
import type { DocStorage, LoggedUpdate, StoredDoc } from '../Storage';
import { run } from './run';
import { mergeDocState } from '../mergeDocState';

export class SqliteDocs implements DocStorage {
  private readonly statements;

  constructor(private readonly db: Database.Database) {
    this.statements = {
      snapshot: db.prepare<[string], { state: Buffer }>('SELECT state FROM doc_snapshots WHERE doc = ?'),
      updates: db.prepare<[string], { seq: number; data: Buffer }>('SELECT seq, data FROM doc_updates WHERE doc = ? ORDER BY seq'),
      append: db.prepare<[string, Uint8Array]>('INSERT INTO doc_updates (doc, data) VALUES (?, ?)'),
      upsertSnapshot: db.prepare<[string, Uint8Array, number]>(
        `INSERT INTO doc_snapshots (doc, state, updated_at) VALUES (?, ?, ?)
         ON CONFLICT (doc) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at`,
      ),
      dropLogUpTo: db.prepare<[string, number]>('DELETE FROM doc_updates WHERE doc = ? AND seq <= ?'),
    };
  }

  loadDoc(doc: string): Promise<StoredDoc> {
    return run(() => {
      const snapshot = this.statements.snapshot.get(doc);
      const rows = this.statements.updates.all(doc);
      let updateBytes = 0;
      const updates = rows.map((row) => {
        updateBytes += row.data.byteLength;
        return new Uint8Array(row.data.buffer, row.data.byteOffset, row.data.byteLength);
      });
      return { snapshot: snapshot ? new Uint8Array(snapshot.state) : null, updates, updateBytes };
    });
  }

  private readonly appendAll = (updates: readonly LoggedUpdate[]) => {
    for (const { doc, update } of updates) this.statements.append.run(doc, update);
  };

  appendUpdates(updates: readonly LoggedUpdate[]): Promise<void> {
    return run(() => this.db.transaction(this.appendAll)(updates));
  }

  /** One connection writes, so nothing can be appended between the read and the delete. */
  compactDoc(doc: string, snapshot: Uint8Array): Promise<void> {
    return run(() =>
      this.db.transaction(() => {
        const stored = this.statements.snapshot.get(doc);
        const rows = this.statements.updates.all(doc);
        const parts = [...(stored ? [stored.state] : []), ...rows.map((row) => row.data), snapshot];
        this.statements.upsertSnapshot.run(doc, mergeDocState(parts), Date.now());
        const last = rows.at(-1);
        if (last) this.statements.dropLogUpTo.run(doc, last.seq);
      })(),
    );
  }

  /** Used by plan creation, inside its own transaction. */
  writeSnapshot(doc: string, snapshot: Uint8Array, at: number): void {
    this.statements.upsertSnapshot.run(doc, snapshot, at);
  }
}
