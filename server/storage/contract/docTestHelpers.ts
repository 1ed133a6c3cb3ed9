import * as Y from 'yjs';
import type { StoredDoc } from '../Storage';

/** A writer of real Yjs updates: each `add` appends one entry to a shared array and returns its update. */
export class ArrayWriter {
  readonly doc: Y.Doc;

  constructor(clientId: number) {
    this.doc = new Y.Doc();
    this.doc.clientID = clientId;
  }

  add(value: string): Uint8Array {
    let update: Uint8Array | null = null;
    const capture = (u: Uint8Array) => (update = u);
    this.doc.once('update', capture);
    this.doc.getArray<string>('items').push([value]);
    if (!update) throw new Error('no update');
    return update;
  }

  state(): Uint8Array {
    return Y.encodeStateAsUpdate(this.doc);
  }
}

/** The entries a stored document holds, sorted (order between writers is Yjs's business). */
export function itemsOf(stored: StoredDoc): string[] {
  const doc = new Y.Doc();
  if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
  for (const update of stored.updates) Y.applyUpdate(doc, update);
  const items = doc.getArray<string>('items').toArray();
  doc.destroy();
  return items.sort();
}
