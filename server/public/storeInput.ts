import { newId } from '../../shared/plan/items';
import type { UploadedFile } from '../files/readUpload';
import type { FileRecord, InputRecord, Storage } from '../storage/Storage';

/**
 * Stores an input with its attachments: the bytes first (durable before anything points at
 * them), then the input and its files' records in one transaction. When either fails, the bytes
 * already written are deleted again, so a refused or failed input leaves no orphaned files.
 * Resolves to the input's running number in its plan.
 */
export async function storeInput(
  storage: Pick<Storage, 'blobs' | 'inputs'>,
  input: Omit<InputRecord, 'number'>,
  files: readonly UploadedFile[],
): Promise<number> {
  const records: FileRecord[] = files.map((file) => ({
    id: newId(),
    planId: input.planId,
    ownerId: input.id,
    name: file.name,
    kind: file.kind,
    size: file.bytes.byteLength,
    sha256: file.sha256,
    createdAt: input.receivedAt,
  }));
  const removeBytes = () => Promise.allSettled(records.map((record) => storage.blobs.delete(record.id)));
  const puts = await Promise.allSettled(records.map((record, i) => storage.blobs.put(record.id, files[i]!.bytes)));
  const failed = puts.find((put) => put.status === 'rejected');
  if (failed) {
    await removeBytes();
    throw failed.reason;
  }
  try {
    return await storage.inputs.createInput(input, records);
  } catch (error) {
    await removeBytes();
    throw error;
  }
}
