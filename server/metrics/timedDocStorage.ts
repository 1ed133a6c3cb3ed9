import type { DocStorage } from '../storage/Storage';
import type { MedverkMetrics } from './MedverkMetrics';

/** The document storage, with each committed batch counted and timed (the writer batches per turn). */
export function timedDocStorage(storage: DocStorage, metrics: MedverkMetrics): DocStorage {
  return {
    loadDoc: (doc) => storage.loadDoc(doc),
    compactDoc: (doc, snapshot) => storage.compactDoc(doc, snapshot),
    async appendUpdates(updates) {
      const started = process.hrtime.bigint();
      await storage.appendUpdates(updates);
      metrics.updatesCommitted(updates.length, Number(process.hrtime.bigint() - started) / 1e9);
    },
  };
}
