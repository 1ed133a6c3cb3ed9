import type Database from 'better-sqlite3';
import type { FileRecord, FileStorage } from '../Storage';
import { run } from './run';
import { FILE_COLUMNS, fileValues, toFileRecord, type FileRow } from '../rows/files';

export class SqliteFiles implements FileStorage {
  private readonly s;

  constructor(db: Database.Database) {
    this.s = {
      insert: db.prepare<ReturnType<typeof fileValues>>(
        `INSERT INTO files (${FILE_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      get: db.prepare<[string], FileRow>(`SELECT ${FILE_COLUMNS} FROM files WHERE id = ?`),
      // The owner ids arrive as one JSON array: one prepared statement for any number of them.
      ofOwners: db.prepare<[string], FileRow>(
        `SELECT ${FILE_COLUMNS} FROM files WHERE owner_id IN (SELECT value FROM json_each(?)) ORDER BY created_at, rowid`,
      ),
      deleteOf: db.prepare<[string], { id: string }>(
        'DELETE FROM files WHERE owner_id = ? RETURNING id',
      ),
    };
  }

  addFile(file: FileRecord): Promise<void> {
    return run(() => void this.s.insert.run(...fileValues(file)));
  }

  getFile(id: string): Promise<FileRecord | null> {
    return run(() => {
      const row = this.s.get.get(id);
      return row ? toFileRecord(row) : null;
    });
  }

  listFilesOf(ownerIds: readonly string[]): Promise<FileRecord[]> {
    if (ownerIds.length === 0) return Promise.resolve([]);
    return run(() => this.s.ofOwners.all(JSON.stringify(ownerIds)).map(toFileRecord));
  }

  deleteFilesOf(ownerId: string): Promise<string[]> {
    return run(() => this.s.deleteOf.all(ownerId).map((row) => row.id));
  }
}
