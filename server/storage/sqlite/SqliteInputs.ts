import type Database from 'better-sqlite3';
import type { FileRecord, InputHandling, InputRecord, InputStorage } from '../Storage';
import { run } from './run';
import { FILE_COLUMNS, fileValues } from '../rows/files';
import {
  handlingAssignments,
  INPUT_COLUMNS,
  inputValues,
  toInputRecord,
  type InputRow,
} from '../rows/inputs';

const COLUMNS = INPUT_COLUMNS.join(', ');
const flag = (value: boolean): number => (value ? 1 : 0);

export class SqliteInputs implements InputStorage {
  private readonly s;
  private readonly create;
  private readonly remove;

  constructor(private readonly db: Database.Database) {
    this.s = {
      // A counter, not MAX(number) + 1: a deleted input's reference is never given out again.
      nextNumber: db.prepare<[string], { next: number }>(
        `INSERT INTO input_counters (plan_id, last_number) VALUES (?, 1)
         ON CONFLICT (plan_id) DO UPDATE SET last_number = last_number + 1 RETURNING last_number AS next`,
      ),
      insert: db.prepare(
        `INSERT INTO inputs (${COLUMNS}) VALUES (${INPUT_COLUMNS.map(() => '?').join(', ')})`,
      ),
      insertFile: db.prepare<ReturnType<typeof fileValues>>(
        `INSERT INTO files (${FILE_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      get: db.prepare<[string], InputRow>(`SELECT ${COLUMNS} FROM inputs WHERE id = ?`),
      list: db.prepare<[string], InputRow>(
        `SELECT ${COLUMNS} FROM inputs WHERE plan_id = ? ORDER BY received_at DESC, number DESC`,
      ),
      // E-mails are stored lower-cased; lower() (ASCII here) also finds any stored with capitals.
      byEmail: db.prepare<[string], InputRow>(
        `SELECT ${COLUMNS} FROM inputs WHERE lower(email) = ? ORDER BY received_at DESC, plan_id, number DESC`,
      ),
      deleteFiles: db.prepare<[string], { id: string }>(
        'DELETE FROM files WHERE owner_id = ? RETURNING id',
      ),
      deleteInput: db.prepare<[string]>('DELETE FROM inputs WHERE id = ?'),
      expire: db.prepare<[number, string, number], { id: string }>(
        `UPDATE inputs SET name = '', email = '', personal_data_removed_at = ?
         WHERE plan_id = ? AND received_at < ? AND (name <> '' OR email <> '') RETURNING id`,
      ),
      erase: db.prepare<[number, string]>(
        `UPDATE inputs SET name = '', email = '', personal_data_removed_at = ?
         WHERE id IN (SELECT value FROM json_each(?)) AND (name <> '' OR email <> '')`,
      ),
    };
    // One writer connection and a synchronous transaction: nothing can number in between.
    this.create = db.transaction(
      (input: Omit<InputRecord, 'number'>, files: readonly FileRecord[]): number => {
        const number = this.s.nextNumber.get(input.planId)?.next ?? 1;
        this.s.insert.run(...inputValues(input, number, flag));
        for (const file of files) this.s.insertFile.run(...fileValues(file));
        return number;
      },
    );
    this.remove = db.transaction((id: string): string[] => {
      const fileIds = this.s.deleteFiles.all(id).map((row) => row.id);
      this.s.deleteInput.run(id);
      return fileIds;
    });
  }

  createInput(input: Omit<InputRecord, 'number'>, files: readonly FileRecord[]): Promise<number> {
    return run(() => this.create.immediate(input, files));
  }

  getInput(id: string): Promise<InputRecord | null> {
    return run(() => {
      const row = this.s.get.get(id);
      return row ? toInputRecord(row) : null;
    });
  }

  listInputs(planId: string): Promise<InputRecord[]> {
    return run(() => this.s.list.all(planId).map(toInputRecord));
  }

  updateInput(id: string, changes: InputHandling, updatedAt: number): Promise<void> {
    return run(() => {
      // The columns come from a fixed list (handlingAssignments), never from the caller.
      const assignments = [
        ...handlingAssignments(changes),
        { column: 'updated_at', value: updatedAt },
      ];
      const set = assignments.map((a) => `${a.column} = ?`).join(', ');
      this.db
        .prepare(`UPDATE inputs SET ${set} WHERE id = ?`)
        .run(...assignments.map((a) => a.value), id);
    });
  }

  deleteInput(id: string): Promise<string[]> {
    return run(() => this.remove.immediate(id));
  }

  findByEmail(email: string): Promise<InputRecord[]> {
    const wanted = email.trim().toLowerCase();
    if (wanted === '') return Promise.resolve([]);
    return run(() => this.s.byEmail.all(wanted).map(toInputRecord));
  }

  removeExpiredPersonalData(planId: string, receivedBefore: number, at: number): Promise<string[]> {
    return run(() => this.s.expire.all(at, planId, receivedBefore).map((row) => row.id));
  }

  removePersonalData(ids: readonly string[], at: number): Promise<void> {
    if (ids.length === 0) return Promise.resolve();
    return run(() => void this.s.erase.run(at, JSON.stringify(ids)));
  }
}
