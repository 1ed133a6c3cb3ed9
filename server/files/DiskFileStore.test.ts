import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { useTestEnv } from '../testing/testEnv';
import { DiskFileStore } from './DiskFileStore';

describe('DiskFileStore', () => {
  const env = useTestEnv();

  it('writes each file under its id in its folder, made on first use, leaving no temporary files', async () => {
    const folder = join(env().dir, 'data', 'files');
    const store = new DiskFileStore(folder);
    expect(existsSync(folder)).toBe(false);
    await store.put('abc_1-X', new Uint8Array([1, 2, 3]));
    await store.put('second', new Uint8Array([4]));
    await store.put('abc_1-X', new Uint8Array([5, 6]));
    expect(readdirSync(folder).sort()).toEqual(['abc_1-X', 'second']);
    expect([...readFileSync(join(folder, 'abc_1-X'))]).toEqual([5, 6]);
    expect(await new DiskFileStore(folder).get('second')).toEqual(new Uint8Array([4]));
    await store.delete('second');
    expect(readdirSync(folder)).toEqual(['abc_1-X']);
  });

  it('refuses ids that could name anything outside its folder', async () => {
    const dir = env().dir;
    const store = new DiskFileStore(join(dir, 'files'));
    writeFileSync(join(dir, 'secret'), 'outside');
    for (const id of [
      '../secret',
      '..',
      '.',
      '',
      'a/b',
      'a\\b',
      'x.tmp',
      '/etc/passwd',
      'a\0b',
      'æ',
      'x'.repeat(129),
    ]) {
      await expect(store.put(id, new Uint8Array([1])), id).rejects.toThrow(/unsafe file id/);
      await expect(store.get(id), id).rejects.toThrow(/unsafe file id/);
      await expect(store.delete(id), id).rejects.toThrow(/unsafe file id/);
    }
    expect(readFileSync(join(dir, 'secret'), 'utf8')).toBe('outside');
  });

  it('answers null for a missing file and deletes a missing file quietly', async () => {
    const store = new DiskFileStore(join(env().dir, 'files'));
    expect(await store.get('missing')).toBeNull();
    await expect(store.delete('missing')).resolves.toBeUndefined();
  });

  it('leaves the old bytes and no temporary file when a write fails', async () => {
    const folder = join(env().dir, 'files');
    const store = new DiskFileStore(folder);
    await store.put('doc', new Uint8Array([1]));
    const broken = {
      byteLength: 1,
      get length(): number {
        throw new Error('read failed');
      },
    } as unknown as Uint8Array;
    await expect(store.put('doc', broken)).rejects.toThrow();
    expect(readdirSync(folder)).toEqual(['doc']);
    expect(await store.get('doc')).toEqual(new Uint8Array([1]));
  });
});
