import type Database from 'better-sqlite3';
import type { EditLogEntry, EditLogStorage } from '../Storage';
import { run } from './run';

const MINUTE = 60_000;

interface EditorRow {
  section: string;
  editor: string;
}

export class SqliteEditLog implements EditLogStorage {
  private readonly s;
  private readonly recordAll;

  constructor(db: Database.Database) {
    this.s = {
      upsert: db.prepare<[string, string, string, number, number, number]>(
        `INSERT INTO edit_log (plan_id, section, editor, minute, first_at, last_at) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (plan_id, section, editor, minute) DO UPDATE SET
           first_at = min(first_at, excluded.first_at), last_at = max(last_at, excluded.last_at)`,
      ),
      // A minute's row counts when its span overlaps the window (after `from`, up to and with `to`).
      between: db.prepare<[string, number, number], EditorRow>(
        `SELECT section, editor FROM edit_log
         WHERE plan_id = ? AND last_at > ? AND first_at <= ?
         GROUP BY section, editor ORDER BY min(first_at), editor`,
      ),
    };
    this.recordAll = db.transaction((entries: readonly EditLogEntry[]) => {
      for (const e of entries) {
        this.s.upsert.run(e.planId, e.section, e.editor, Math.floor(e.at / MINUTE), e.at, e.at);
      }
    });
  }

  record(entries: readonly EditLogEntry[]): Promise<void> {
    if (entries.length === 0) return Promise.resolve();
    return run(() => void this.recordAll(entries));
  }

  editorsBetween(planId: string, fromTime: number, toTime: number): Promise<Map<string, string[]>> {
    return run(() => {
      const editors = new Map<string, string[]>();
      for (const row of this.s.between.all(planId, fromTime, toTime)) {
        const list = editors.get(row.section);
        if (list) list.push(row.editor);
        else editors.set(row.section, [row.editor]);
      }
      return editors;
    });
  }
}
