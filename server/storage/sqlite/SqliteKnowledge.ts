import type Database from 'better-sqlite3';
import type { KnowledgeRecord, KnowledgeStorage } from '../Storage';
import { run } from './run';
import {
  KNOWLEDGE_COLUMNS,
  knowledgeValues,
  toKnowledgeRecord,
  type KnowledgeRow,
} from '../rows/knowledge';

export class SqliteKnowledge implements KnowledgeStorage {
  private readonly s;
  private readonly reposition;

  constructor(db: Database.Database) {
    this.s = {
      // Positions compare as bytes (BINARY, as fractional-indexing expects); rowid breaks ties.
      list: db.prepare<[string], KnowledgeRow>(
        `SELECT ${KNOWLEDGE_COLUMNS} FROM knowledge_items WHERE plan_id = ? ORDER BY position, rowid`,
      ),
      get: db.prepare<[string], KnowledgeRow>(
        `SELECT ${KNOWLEDGE_COLUMNS} FROM knowledge_items WHERE id = ?`,
      ),
      insert: db.prepare<ReturnType<typeof knowledgeValues>>(
        `INSERT INTO knowledge_items (${KNOWLEDGE_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      update: db.prepare<[string | null, string | null, string | null, string]>(
        `UPDATE knowledge_items SET title = COALESCE(?, title), description = COALESCE(?, description), url = COALESCE(?, url)
         WHERE id = ?`,
      ),
      setPosition: db.prepare<[string, string]>(
        'UPDATE knowledge_items SET position = ? WHERE id = ?',
      ),
      remove: db.prepare<[string]>('DELETE FROM knowledge_items WHERE id = ?'),
    };
    this.reposition = db.transaction((entries: readonly { id: string; position: string }[]) => {
      for (const { id, position } of entries) this.s.setPosition.run(position, id);
    });
  }

  list(planId: string): Promise<KnowledgeRecord[]> {
    return run(() => this.s.list.all(planId).map(toKnowledgeRecord));
  }

  get(id: string): Promise<KnowledgeRecord | null> {
    return run(() => {
      const row = this.s.get.get(id);
      return row ? toKnowledgeRecord(row) : null;
    });
  }

  add(item: KnowledgeRecord): Promise<void> {
    return run(() => void this.s.insert.run(...knowledgeValues(item)));
  }

  update(
    id: string,
    fields: { title?: string; description?: string; url?: string },
  ): Promise<void> {
    return run(
      () =>
        void this.s.update.run(
          fields.title ?? null,
          fields.description ?? null,
          fields.url ?? null,
          id,
        ),
    );
  }

  setPositions(entries: readonly { id: string; position: string }[]): Promise<void> {
    return run(() => void this.reposition(entries));
  }

  remove(id: string): Promise<void> {
    return run(() => void this.s.remove.run(id));
  }
}
