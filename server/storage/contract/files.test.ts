import { it, expect } from 'vitest';
import type { FileRecord, Storage } from '../Storage';
import { describeEachEngine } from './engines';

function file(id: string, ownerId: string, createdAt = 10): FileRecord {
  return {
    id,
    planId: 'p',
    ownerId,
    name: `${id}.pdf`,
    kind: 'pdf',
    size: 1234,
    sha256: 'ab'.repeat(32),
    createdAt,
  };
}

describeEachEngine('files', (open) => {
  async function setup(): Promise<Storage> {
    const storage = await open();
    await storage.plans.createPlan(
      { id: 'p', title: 'p', municipality: 'Asker', createdAt: 1, updatedAt: 1 },
      'plan:p',
      new Uint8Array([0, 0]),
    );
    return storage;
  }

  it('keeps records per owner, oldest first (ties in the order added), and deletes by owner', async () => {
    const { files } = await setup();
    const big = {
      ...file('f1', 'k1', 20),
      kind: 'xlsx' as const,
      size: 20 * 1024 * 1024,
      name: 'Tall «2024».xlsx',
    };
    await files.addFile(big);
    await files.addFile(file('f2', 'k1', 5));
    await files.addFile(file('f3', 'i1', 5));
    await files.addFile(file('f4', 'i1', 5));
    await files.addFile(file('f5', 'other', 1));
    expect(await files.getFile('f1')).toEqual(big);
    expect(await files.getFile('missing')).toBeNull();
    expect((await files.listFilesOf(['k1', 'i1'])).map((f) => f.id)).toEqual([
      'f2',
      'f3',
      'f4',
      'f1',
    ]);
    expect(await files.listFilesOf([])).toEqual([]);

    expect((await files.deleteFilesOf('i1')).sort()).toEqual(['f3', 'f4']);
    expect(await files.deleteFilesOf('i1')).toEqual([]);
    expect((await files.listFilesOf(['k1', 'i1', 'other'])).map((f) => f.id)).toEqual([
      'f5',
      'f2',
      'f1',
    ]);
    await expect(files.addFile({ ...file('x', 'k1'), planId: 'nope' })).rejects.toThrow();
  });

  it('keeps bytes in the blob store, seen by another instance, until deleted', async () => {
    const first = await setup();
    const second = await open();
    const bytes = new Uint8Array(300_000).map((_, i) => (i * 7) % 256);
    await first.blobs.put('blob1', bytes);
    bytes[0] = 99; // what the caller does with its buffer afterwards is not stored
    const read = await second.blobs.get('blob1');
    expect(read).toBeInstanceOf(Uint8Array);
    expect(read?.length).toBe(300_000);
    expect(read?.[0]).toBe(0);
    expect(read?.[299_999]).toBe((299_999 * 7) % 256);

    await second.blobs.put('blob1', new Uint8Array([1, 2, 3]));
    expect(await first.blobs.get('blob1')).toEqual(new Uint8Array([1, 2, 3]));
    await first.blobs.put('empty', new Uint8Array(0));
    expect(await first.blobs.get('empty')).toEqual(new Uint8Array(0));

    await first.blobs.delete('blob1');
    expect(await second.blobs.get('blob1')).toBeNull();
    await expect(first.blobs.delete('blob1')).resolves.toBeUndefined();
    expect(await first.blobs.get('never')).toBeNull();
  });
});
