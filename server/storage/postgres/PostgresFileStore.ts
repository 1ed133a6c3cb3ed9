import type pg from 'pg';
import type { FileStore } from '../Storage';
import { one, toBuffer, toBytes } from './db';

/** File bytes in the database (`file_blobs`), so every server sees every upload. */
export class PostgresFileStore implements FileStore {
  constructor(private readonly pool: pg.Pool) {}

  /** Resolves once committed, which is durable. Putting an id again replaces its bytes. */
  async put(id: string, bytes: Uint8Array): Promise<void> {
    await this.pool.query(
      'INSERT INTO file_blobs (id, data) VALUES ($1, $2) ON CONFLICT (id) DO UPDATE SET data = excluded.data',
      [id, toBuffer(bytes)],
    );
  }

  async get(id: string): Promise<Uint8Array | null> {
    const row = await one<{ data: Buffer }>(
      this.pool,
      'SELECT data FROM file_blobs WHERE id = $1',
      [id],
    );
    return row ? toBytes(row.data) : null;
  }

  async delete(id: string): Promise<void> {
    await this.pool.query('DELETE FROM file_blobs WHERE id = $1', [id]);
  }
}
