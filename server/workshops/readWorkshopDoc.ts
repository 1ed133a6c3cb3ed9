import type * as Y from 'yjs';
import { workshopDocName } from '../../shared/workshop';
import type { DocStore } from '../docs/DocStore';

/**
 * Reads a workshop's public document as it is live (loading it if needed, and letting it unload
 * again after the usual delay). Only reads: the WorkshopRunner is the only writer.
 */
export async function readWorkshopDoc<T>(docs: DocStore, workshopId: string, read: (doc: Y.Doc) => T): Promise<T> {
  const name = workshopDocName(workshopId);
  const live = await docs.open(name);
  try {
    return read(live.doc);
  } finally {
    docs.release(name);
  }
}
