import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { LoggedUpdate, PlanRecord, Storage, StoredDoc } from '../Storage';
import { migrate } from './migrations';

export interface SqliteOptions {
  file: string;
  /**
   * NORMAL in WAL mode: a commit survives a killed process (what an ack promises against a
   * crash of the server); FULL also survives power loss at the cost of an fsync per batch.
   */
  synchronous: 'normal' | 'full';
}

interface PlanRow {
  id: string;
  title: string;
  municipality: string;
  created_at: number;
  updated_at: number;
}

function toPlan(row: PlanRow): PlanRecord {
  return {
    id: row.id,
    title: row.title,
    municipality: row.municipality,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** One writer connection; better-sqlite3 is synchronous, so each call commits before it returns. */
export class SqliteStorage implements Storage {
  readonly kind = 'sqlite' as const;
  private readonly db: Database.Database;
  private readonly statements;

  constructor(options: SqliteOptions) {
    if (options.file !== ':memory:') mkdirSync(dirname(options.file), { recursive: true });
    this.db = new Database(options.file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma(`synchronous = ${options.synchronous.toUpperCase()}`);
    this.db.pragma('foreign_keys = ON');
    migrate(this.db);
    this.statements = {
      snapshot: this.db.prepare<[string], { state: Buffer }>(
        'SELECT state FROM doc_snapshots WHERE doc = ?',
      ),
      updates: this.db.prepare<[string], { data: Buffer }>(
        'SELECT data FROM doc_updates WHERE doc = ? ORDER BY seq',
      ),
      append: this.db.prepare<[string, Uint8Array]>('INSERT INTO doc_updates (doc, data) VALUES (?, ?)'),
      upsertSnapshot: this.db.prepare<[string, Uint8Array, number]>(
        `INSERT INTO doc_snapshots (doc, state, updated_at) VALUES (?, ?, ?)
         ON CONFLICT (doc) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at`,
      ),
      dropLog: this.db.prepare<[string]>('DELETE FROM doc_updates WHERE doc = ?'),
      listPlans: this.db.prepare<[], PlanRow>('SELECT * FROM plans ORDER BY updated_at DESC'),
      getPlan: this.db.prepare<[string], PlanRow>('SELECT * FROM plans WHERE id = ?'),
      insertPlan: this.db.prepare<[string, string, string, number, number]>(
        'INSERT INTO plans (id, title, municipality, created_at, updated_at) VALUES (?, ?, ?, ?, ?)',
      ),
      touchPlan: this.db.prepare<[string, number, string]>(
        'UPDATE plans SET title = ?, updated_at = ? WHERE id = ?',
      ),
    };
  }

  /** better-sqlite3 throws synchronously; callers of an async interface expect a rejection. */
  private run<T>(work: () => T): Promise<T> {
    try {
      return Promise.resolve(work());
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }

  loadDoc(doc: string): Promise<StoredDoc> {
    return this.run(() => {
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
    return this.run(() => this.db.transaction(this.appendAll)(updates));
  }

  compactDoc(doc: string, snapshot: Uint8Array): Promise<void> {
    return this.run(() =>
      this.db.transaction(() => {
        this.statements.upsertSnapshot.run(doc, snapshot, Date.now());
        this.statements.dropLog.run(doc);
      })(),
    );
  }

  listPlans(): Promise<PlanRecord[]> {
    return this.run(() => this.statements.listPlans.all().map(toPlan));
  }

  getPlan(id: string): Promise<PlanRecord | null> {
    return this.run(() => {
      const row = this.statements.getPlan.get(id);
      return row ? toPlan(row) : null;
    });
  }

  createPlan(plan: PlanRecord, docName: string, initialState: Uint8Array): Promise<void> {
    return this.run(() =>
      this.db.transaction(() => {
        this.statements.insertPlan.run(plan.id, plan.title, plan.municipality, plan.createdAt, plan.updatedAt);
        this.statements.upsertSnapshot.run(docName, initialState, plan.createdAt);
      })(),
    );
  }

  touchPlan(id: string, title: string, updatedAt: number): Promise<void> {
    return this.run(() => void this.statements.touchPlan.run(title, updatedAt, id));
  }

  close(): Promise<void> {
    return this.run(() => void (this.db.open && this.db.close()));
  }
}
