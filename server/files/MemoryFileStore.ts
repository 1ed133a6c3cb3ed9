import type { FileStore } from '../storage/Storage';

/** File bytes in memory, for a SQLite storage that lives in memory too (`:memory:`). */
export class MemoryFileStore implements FileStore {
  private readonly files = new Map<string, Uint8Array>();

  put(id: string, bytes: Uint8Array): Promise<void> {
    // Copies both ways: neither the caller's buffer nor a reader's may change what is stored.
    this.files.set(id, new Uint8Array(bytes));
    return Promise.resolve();
  }

  get(id: string): Promise<Uint8Array | null> {
    const bytes = this.files.get(id);
    return Promise.resolve(bytes ? new Uint8Array(bytes) : null);
  }

  delete(id: string): Promise<void> {
    this.files.delete(id);
    return Promise.resolve();
  }
}
