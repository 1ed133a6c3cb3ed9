import type { LiveDoc } from '../docs/DocStore';
import { bytesHash } from './renderKey';

export interface EncodedState {
  /** `Y.encodeStateAsUpdate` of the document. Shared: never transfer or change it. */
  bytes: Uint8Array;
  hash: string;
}

/** The hash of each encoding handed out, kept as long as the encoding itself is. */
const hashes = new WeakMap<Uint8Array, string>();

/**
 * A live document's whole state with its hash, both made once per change rather than once per
 * export: encoding a 150-strategy plan is ~10–20 ms on the event loop, and exports tend to come
 * together (a case officer's DOCX and PDF, ten people at a meeting). The bytes are the ones new
 * clients are sent (LiveDoc.wholeState, which any change forgets), so a change gives new bytes
 * and with them a new hash.
 */
export function encodedState(live: Pick<LiveDoc, 'wholeState'>): EncodedState {
  const bytes = live.wholeState.get();
  let hash = hashes.get(bytes);
  if (hash === undefined) {
    hash = bytesHash(bytes);
    hashes.set(bytes, hash);
  }
  return { bytes, hash };
}
