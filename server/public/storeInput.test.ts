import { describe, expect, it } from 'vitest';
import type { UploadedFile } from '../files/readUpload';
import type { FileRecord, InputRecord, InputStorage } from '../storage/Storage';
import { storeInput } from './storeInput';

const input = { id: 'in1', planId: 'p1', receivedAt: 1_000 } as Omit<InputRecord, 'number'>;
const file = (name: string): UploadedFile => ({
  field: 'files',
  name,
  kind: 'pdf',
  bytes: Buffer.from(name),
  sha256: 'h',
});

function fakeStorage(options: { failPut?: string; failCreate?: boolean } = {}) {
  const blobs = new Map<string, Uint8Array>();
  const created: { input: Omit<InputRecord, 'number'>; files: readonly FileRecord[] }[] = [];
  return {
    blobs,
    created,
    storage: {
      blobs: {
        put: (id: string, bytes: Uint8Array) => {
          if (Buffer.from(bytes).toString() === options.failPut)
            return Promise.reject(new Error('disk full'));
          blobs.set(id, bytes);
          return Promise.resolve();
        },
        get: (id: string) => Promise.resolve(blobs.get(id) ?? null),
        delete: (id: string) => {
          blobs.delete(id);
          return Promise.resolve();
        },
      },
      inputs: {
        createInput: (i: Omit<InputRecord, 'number'>, files: readonly FileRecord[]) => {
          if (options.failCreate) return Promise.reject(new Error('storage down'));
          created.push({ input: i, files });
          return Promise.resolve(7);
        },
      } as unknown as InputStorage,
    },
  };
}

describe('storeInput', () => {
  it('stores the bytes, then the input with its files’ records', async () => {
    const fake = fakeStorage();
    expect(await storeInput(fake.storage, input, [file('a.pdf'), file('b.pdf')])).toBe(7);
    const records = fake.created[0]!.files;
    expect(
      records.map((r) => ({
        owner: r.ownerId,
        plan: r.planId,
        name: r.name,
        size: r.size,
        at: r.createdAt,
      })),
    ).toEqual([
      { owner: 'in1', plan: 'p1', name: 'a.pdf', size: 5, at: 1_000 },
      { owner: 'in1', plan: 'p1', name: 'b.pdf', size: 5, at: 1_000 },
    ]);
    expect([...fake.blobs.keys()].sort()).toEqual(records.map((r) => r.id).sort());
  });

  it('leaves no bytes behind when storing the input fails', async () => {
    const fake = fakeStorage({ failCreate: true });
    await expect(storeInput(fake.storage, input, [file('a.pdf'), file('b.pdf')])).rejects.toThrow(
      'storage down',
    );
    expect(fake.blobs.size).toBe(0);
  });

  it('leaves no bytes behind and stores no input when a file cannot be written', async () => {
    const fake = fakeStorage({ failPut: 'b.pdf' });
    await expect(storeInput(fake.storage, input, [file('a.pdf'), file('b.pdf')])).rejects.toThrow(
      'disk full',
    );
    expect(fake.blobs.size).toBe(0);
    expect(fake.created).toEqual([]);
  });
});
