import * as Y from 'yjs';
import { bytesHash } from './renderKey';

export interface EncodedState {
  /** `Y.encodeStateAsUpdate` of the document. Shared: never transfer or change it. */
  bytes: Uint8Array;
  hash: string;
}

/** Each loaded document's state as last encoded, until its next change; gone with the document. */
const encoded = new WeakMap<Y.Doc, EncodedState>();
const watched = new WeakSet<Y.Doc>();

/**
 * A live document's whole state, encoded once per change rather than once per export: encoding
 * a 150-strategy plan is ~10–20 ms on the event loop, and exports tend to come together (a case
 * officer's DOCX and PDF, ten people at a meeting). Any change, local or remote, forgets it.
 */
export function encodedState(doc: Y.Doc): EncodedState {
  const known = encoded.get(doc);
  if (known) return known;
  if (!watched.has(doc)) {
    watched.add(doc);
    doc.on('update', () => encoded.delete(doc));
  }
  const bytes = Y.encodeStateAsUpdate(doc);
  const state = { bytes, hash: bytesHash(bytes) };
  encoded.set(doc, state);
  return state;
}
