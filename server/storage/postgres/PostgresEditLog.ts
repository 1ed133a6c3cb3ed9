import type pg from 'pg';
import type { EditLogEntry, EditLogStorage } from '../Storage';
import { rows, transaction } from './db';

const MINUTE = 60_000;

export class PostgresEditLog implements EditLogStorage {
  constructor(private readonly pool: pg.Pool) {}

  async record(entries: readonly EditLogEntry[]): Promise<void> {
    if (entries.length === 0) return;
    // Row by row: one multi-row upsert may not touch the same key twice.
    await transaction(this.pool, async (client) => {
      for (const e of entries) {
        await client.query(
          `INSERT INTO edit_log (plan_id, section, editor, minute, first_at, last_at) VALUES ($1, $2, $3, $4, $5, $5)
           ON CONFLICT (plan_id, section, editor, minute) DO UPDATE SET
             first_at = LEAST(edit_log.first_at, excluded.first_at), last_at = GREATEST(edit_log.last_at, excluded.last_at)`,
          [e.planId, e.section, e.editor, Math.floor(e.at / MINUTE), e.at],
        );
      }
    });
  }

  async editorsBetween(planId: string, fromTime: number, toTime: number): Promise<Map<string, string[]>> {
    // A minute's row counts when its span overlaps the window (after `from`, up to and with `to`).
    const found = await rows<{ section: string; editor: string }>(
      this.pool,
      `SELECT section, editor FROM edit_log
       WHERE plan_id = $1 AND last_at > $2 AND first_at <= $3
       GROUP BY section, editor ORDER BY min(first_at), editor COLLATE "C"`,
      [planId, fromTime, toTime],
    );
    const editors = new Map<string, string[]>();
    for (const row of found) {
      const list = editors.get(row.section);
      if (list) list.push(row.editor);
      else editors.set(row.section, [row.editor]);
    }
    return editors;
  }
}
