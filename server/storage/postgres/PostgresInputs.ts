import type pg from 'pg';
import type { FileRecord, InputHandling, InputRecord, InputStorage } from '../Storage';
import { one, rows, transaction } from './db';
import { deleteFilesOf, insertFile } from './PostgresFiles';
import {
  handlingAssignments,
  INPUT_COLUMNS,
  inputValues,
  toInputRecord,
  type InputRow,
} from '../rows/inputs';

const COLUMNS = INPUT_COLUMNS.join(', ');
const INSERT = `INSERT INTO inputs (${COLUMNS}) VALUES (${INPUT_COLUMNS.map((_, i) => `$${i + 1}`).join(', ')})`;
const flag = (value: boolean): boolean => value;

export class PostgresInputs implements InputStorage {
  constructor(private readonly pool: pg.Pool) {}

  createInput(input: Omit<InputRecord, 'number'>, files: readonly FileRecord[]): Promise<number> {
    return transaction(this.pool, async (client) => {
      // The counter's row stays locked until COMMIT, so servers storing input for the same plan
      // take turns; a counter rather than MAX(number) + 1, so a deleted input's reference is
      // never given out again.
      const row = await one<{ next: number }>(
        client,
        `INSERT INTO input_counters (plan_id, last_number) VALUES ($1, 1)
         ON CONFLICT (plan_id) DO UPDATE SET last_number = input_counters.last_number + 1
         RETURNING last_number AS next`,
        [input.planId],
      );
      const number = row?.next ?? 1;
      await client.query(INSERT, inputValues(input, number, flag));
      for (const file of files) await insertFile(client, file);
      return number;
    });
  }

  async getInput(id: string): Promise<InputRecord | null> {
    const row = await one<InputRow>(this.pool, `SELECT ${COLUMNS} FROM inputs WHERE id = $1`, [id]);
    return row ? toInputRecord(row) : null;
  }

  async listInputs(planId: string): Promise<InputRecord[]> {
    const found = await rows<InputRow>(
      this.pool,
      `SELECT ${COLUMNS} FROM inputs WHERE plan_id = $1 ORDER BY received_at DESC, number DESC`,
      [planId],
    );
    return found.map(toInputRecord);
  }

  async updateInput(id: string, changes: InputHandling, updatedAt: number): Promise<void> {
    // The columns come from a fixed list (handlingAssignments), never from the caller.
    const assignments = [
      ...handlingAssignments(changes),
      { column: 'updated_at', value: updatedAt },
    ];
    const set = assignments.map((a, i) => `${a.column} = $${i + 1}`).join(', ');
    await this.pool.query(`UPDATE inputs SET ${set} WHERE id = $${assignments.length + 1}`, [
      ...assignments.map((a) => a.value),
      id,
    ]);
  }

  deleteInput(id: string): Promise<string[]> {
    return transaction(this.pool, async (client) => {
      const fileIds = await deleteFilesOf(client, id);
      await client.query('DELETE FROM inputs WHERE id = $1', [id]);
      return fileIds;
    });
  }

  async findByEmail(email: string): Promise<InputRecord[]> {
    const wanted = email.trim().toLowerCase();
    if (wanted === '') return [];
    // E-mails are stored lower-cased; lower() also finds any stored with capitals (index inputs_by_email).
    const found = await rows<InputRow>(
      this.pool,
      `SELECT ${COLUMNS} FROM inputs WHERE lower(email) = $1 ORDER BY received_at DESC, plan_id COLLATE "C", number DESC`,
      [wanted],
    );
    return found.map(toInputRecord);
  }

  async removeExpiredPersonalData(
    planId: string,
    receivedBefore: number,
    at: number,
  ): Promise<string[]> {
    const cleared = await rows<{ id: string }>(
      this.pool,
      `UPDATE inputs SET name = '', email = '', personal_data_removed_at = $1
       WHERE plan_id = $2 AND received_at < $3 AND (name <> '' OR email <> '') RETURNING id`,
      [at, planId, receivedBefore],
    );
    return cleared.map((row) => row.id);
  }

  async removePersonalData(ids: readonly string[], at: number): Promise<void> {
    if (ids.length === 0) return;
    await this.pool.query(
      `UPDATE inputs SET name = '', email = '', personal_data_removed_at = $1
       WHERE id = ANY ($2::text[]) AND (name <> '' OR email <> '')`,
      [at, [...ids]],
    );
  }
}
