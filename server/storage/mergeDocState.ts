import * as Y from 'yjs';

/**
 * One self-contained document state from a stored snapshot, logged updates and a replica's state,
 * in any order and with any overlap: Yjs updates are idempotent and commutative. Applied to a
 * fresh document with garbage collection on, so deleted content shrinks to tombstones.
 */
export function mergeDocState(parts: readonly Uint8Array[]): Uint8Array {
  const doc = new Y.Doc({ gc: true });
  try {
    for (const part of parts) Y.applyUpdate(doc, part);
    return Y.encodeStateAsUpdate(doc);
  } finally {
    doc.destroy();
  }
}
