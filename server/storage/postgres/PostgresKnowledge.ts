import type pg from 'pg';
import type { KnowledgeRecord, KnowledgeStorage } from '../Storage';
import { one, rows } from './db';
import {
  KNOWLEDGE_COLUMNS,
  knowledgeValues,
  toKnowledgeRecord,
  type KnowledgeRow,
} from '../rows/knowledge';

export class PostgresKnowledge implements KnowledgeStorage {
  constructor(private readonly pool: pg.Pool) {}

  async list(planId: string): Promise<KnowledgeRecord[]> {
    // COLLATE "C": positions compare as bytes, as fractional-indexing (and SQLite) order them; seq breaks ties.
    const found = await rows<KnowledgeRow>(
      this.pool,
      `SELECT ${KNOWLEDGE_COLUMNS} FROM knowledge_items WHERE plan_id = $1 ORDER BY position COLLATE "C", seq`,
      [planId],
    );
    return found.map(toKnowledgeRecord);
  }

  async get(id: string): Promise<KnowledgeRecord | null> {
    const row = await one<KnowledgeRow>(
      this.pool,
      `SELECT ${KNOWLEDGE_COLUMNS} FROM knowledge_items WHERE id = $1`,
      [id],
    );
    return row ? toKnowledgeRecord(row) : null;
  }

  async add(item: KnowledgeRecord): Promise<void> {
    await this.pool.query(
      `INSERT INTO knowledge_items (${KNOWLEDGE_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      knowledgeValues(item),
    );
  }

  async update(
    id: string,
    fields: { title?: string; description?: string; url?: string },
  ): Promise<void> {
    await this.pool.query(
      `UPDATE knowledge_items SET title = COALESCE($1, title), description = COALESCE($2, description), url = COALESCE($3, url)
       WHERE id = $4`,
      [fields.title ?? null, fields.description ?? null, fields.url ?? null, id],
    );
  }

  async setPositions(entries: readonly { id: string; position: string }[]): Promise<void> {
    if (entries.length === 0) return;
    // One statement, so the new order lands all at once.
    await this.pool.query(
      `UPDATE knowledge_items SET position = moved.position
       FROM unnest($1::text[], $2::text[]) AS moved (id, position) WHERE knowledge_items.id = moved.id`,
      [entries.map((e) => e.id), entries.map((e) => e.position)],
    );
  }

  async remove(id: string): Promise<void> {
    await this.pool.query('DELETE FROM knowledge_items WHERE id = $1', [id]);
  }
}
