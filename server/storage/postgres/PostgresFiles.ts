import type pg from 'pg';
import type { FileRecord, FileStorage } from '../Storage';
import { one, rows, type Queryable } from './db';
import { FILE_COLUMNS, fileValues, toFileRecord, type FileRow } from '../rows/files';

/** Also used inside PostgresInputs' transaction, with the input's files. */
export async function insertFile(db: Queryable, file: FileRecord): Promise<void> {
  await db.query(
    `INSERT INTO files (${FILE_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    fileValues(file),
  );
}

export async function deleteFilesOf(db: Queryable, ownerId: string): Promise<string[]> {
  return (
    await rows<{ id: string }>(db, 'DELETE FROM files WHERE owner_id = $1 RETURNING id', [ownerId])
  ).map((row) => row.id);
}

export class PostgresFiles implements FileStorage {
  constructor(private readonly pool: pg.Pool) {}

  addFile(file: FileRecord): Promise<void> {
    return insertFile(this.pool, file);
  }

  async getFile(id: string): Promise<FileRecord | null> {
    const row = await one<FileRow>(this.pool, `SELECT ${FILE_COLUMNS} FROM files WHERE id = $1`, [
      id,
    ]);
    return row ? toFileRecord(row) : null;
  }

  async listFilesOf(ownerIds: readonly string[]): Promise<FileRecord[]> {
    if (ownerIds.length === 0) return [];
    const found = await rows<FileRow>(
      this.pool,
      `SELECT ${FILE_COLUMNS} FROM files WHERE owner_id = ANY ($1::text[]) ORDER BY created_at, seq`,
      [[...ownerIds]],
    );
    return found.map(toFileRecord);
  }

  deleteFilesOf(ownerId: string): Promise<string[]> {
    return deleteFilesOf(this.pool, ownerId);
  }
}
