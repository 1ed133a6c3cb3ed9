import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { FileStore } from '../storage/Storage';

/**
 * What an id may be: the characters of our ids (`idSchema`), so a name can never leave the folder
 * (no `/`, `\`, `..`, NUL) nor clash with a temporary file (those contain a dot).
 */
const SAFE_ID = /^[A-Za-z0-9_-]{1,128}$/;

/**
 * File bytes as files in one folder (beside the SQLite database). `put` writes a temporary file,
 * flushes it to disk, renames it into place and flushes the folder, so after it resolves the
 * bytes survive a crash or power loss, and a reader never sees a half-written file.
 */
export class DiskFileStore implements FileStore {
  readonly folder: string;
  private ready: Promise<void> | null = null;

  constructor(folder: string) {
    this.folder = resolve(folder);
  }

  async put(id: string, bytes: Uint8Array): Promise<void> {
    const path = this.pathOf(id);
    await this.ensureFolder();
    const temp = join(this.folder, `${id}.${randomBytes(8).toString('hex')}.tmp`);
    try {
      const handle = await open(temp, 'wx', 0o600);
      try {
        await handle.writeFile(bytes);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(temp, path);
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
    await syncFolder(this.folder);
  }

  async get(id: string): Promise<Uint8Array | null> {
    const path = this.pathOf(id);
    try {
      const buffer = await readFile(path);
      return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async delete(id: string): Promise<void> {
    const path = this.pathOf(id);
    try {
      await rm(path);
    } catch (error) {
      if (isMissing(error)) return;
      throw error;
    }
    // Deleted for good (a person's request), not back after a power loss.
    await syncFolder(this.folder);
  }

  private pathOf(id: string): string {
    if (!SAFE_ID.test(id))
      throw new Error(`DiskFileStore: unsafe file id ${JSON.stringify(id.slice(0, 140))}`);
    return join(this.folder, id);
  }

  /** Makes the folder once; the entries of the folders this made are flushed too. */
  private ensureFolder(): Promise<void> {
    this.ready ??= (async () => {
      const created = await mkdir(this.folder, { recursive: true });
      if (created === undefined) return;
      // `created` is the outermost folder made; flush each new entry from the inside out.
      for (let folder = this.folder; ; folder = dirname(folder)) {
        await syncFolder(dirname(folder));
        if (folder === created || dirname(folder) === folder) break;
      }
    })().catch((error: unknown) => {
      this.ready = null;
      throw error;
    });
    return this.ready;
  }
}

/** fsync on a folder makes its entries (a rename, a new or removed file) durable. */
async function syncFolder(folder: string): Promise<void> {
  // Windows cannot open a folder for fsync; NTFS journals its metadata instead.
  if (process.platform === 'win32') return;
  const handle = await open(folder, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

function isMissing(error: unknown): boolean {
  return (error as { code?: unknown }).code === 'ENOENT';
}
