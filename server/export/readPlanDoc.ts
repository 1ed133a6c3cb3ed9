import * as Y from 'yjs';
import { planDocName } from '../../shared/protocol';
import type { DocStorage } from '../storage/Storage';

/**
 * A plan's document read straight from storage into a throwaway Y.Doc, for tools that run
 * beside a live server: it only reads (never compacts), so it cannot race the server's writes.
 */
export async function readPlanDoc(docs: DocStorage, planId: string): Promise<Y.Doc> {
  const stored = await docs.loadDoc(planDocName(planId));
  const doc = new Y.Doc();
  doc.transact(() => {
    if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
    for (const update of stored.updates) Y.applyUpdate(doc, update);
  });
  return doc;
}
