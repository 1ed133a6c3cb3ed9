import { describe, expect, it, vi } from 'vitest';
import type * as fsPromises from 'node:fs/promises';
import { join } from 'node:path';
import { useTestEnv } from '../testing/testEnv';
import { DiskFileStore } from './DiskFileStore';

/** Every fsync DiskFileStore asks for, by path, in order. */
const synced = vi.hoisted(() => [] as string[]);

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof fsPromises>();
  const open: typeof real.open = async (...args) => {
    const handle = await real.open(...args);
    const sync = handle.sync.bind(handle);
    handle.sync = async () => {
      await sync();
      synced.push(String(args[0]));
    };
    return handle;
  };
  return { ...real, open };
});

describe.skipIf(process.platform === 'win32')('DiskFileStore durability', () => {
  const env = useTestEnv();

  it('flushes the file, then the folder holding its new name, before put resolves', async () => {
    const parent = env().dir;
    const folder = join(parent, 'files');
    const store = new DiskFileStore(folder);
    synced.length = 0;
    await store.put('first', new Uint8Array([1]));
    // The new folder's entry in its parent too, on first use.
    expect(synced).toEqual([
      parent,
      expect.stringMatching(/\/files\/first\.[0-9a-f]+\.tmp$/),
      folder,
    ]);

    synced.length = 0;
    await store.put('second', new Uint8Array([2]));
    expect(synced).toEqual([expect.stringMatching(/\/files\/second\.[0-9a-f]+\.tmp$/), folder]);

    synced.length = 0;
    await store.delete('second');
    expect(synced).toEqual([folder]);
  });
});
