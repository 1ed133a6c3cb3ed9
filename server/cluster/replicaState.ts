import { createHash } from 'node:crypto';
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';

/**
 * What one replica has, small enough to publish every few seconds: its state vector (which
 * insertions it has seen) and a digest of its delete set. A deletion does not advance the
 * state vector, so without the digest a lost delete-only update could never be noticed.
 */
export interface ReplicaSummary {
  stateVector: Uint8Array;
  deletesDigest: Uint8Array;
}

export function summarise(doc: Y.Doc): ReplicaSummary {
  const stateVector = Y.encodeStateVector(doc);
  // An update against our own state vector carries no insertions, only the (sorted, hence
  // deterministic) delete set.
  const deletes = Y.encodeStateAsUpdate(doc, stateVector);
  return { stateVector, deletesDigest: createHash('sha256').update(deletes).digest().subarray(0, 16) };
}

export interface SummaryAnswer {
  /** What the other replica lacks (an update to publish), or null when it lacks nothing we can tell. */
  diff: Uint8Array | null;
  /** The other replica has insertions or deletions we lack: publish our summary so it answers too. */
  askBack: boolean;
}

/**
 * How a replica answers another's summary (pure apart from reading `doc`); `ours` is the
 * replica's own summary when the caller has it at hand.
 */
export function answerSummary(doc: Y.Doc, theirs: ReplicaSummary, ours: ReplicaSummary = summarise(doc)): SummaryAnswer {
  const ourClocks = Y.decodeStateVector(ours.stateVector);
  const theirClocks = decodeStateVectorSafely(theirs.stateVector);
  if (!theirClocks) return { diff: null, askBack: false };
  let weAreAhead = false;
  for (const [client, clock] of ourClocks) if (clock > (theirClocks.get(client) ?? 0)) weAreAhead = true;
  let theyAreAhead = false;
  for (const [client, clock] of theirClocks) if (clock > (ourClocks.get(client) ?? 0)) theyAreAhead = true;
  const deletesDiffer = !Buffer.from(ours.deletesDigest).equals(Buffer.from(theirs.deletesDigest));
  // Differing deletes cannot tell who has more: both sides send theirs (merging is idempotent).
  const diff = weAreAhead || deletesDiffer ? Y.encodeStateAsUpdate(doc, theirs.stateVector) : null;
  return { diff, askBack: theyAreAhead || deletesDiffer };
}

function decodeStateVectorSafely(stateVector: Uint8Array): Map<number, number> | null {
  try {
    const decoder = decoding.createDecoder(stateVector);
    const clocks = new Map<number, number>();
    const count = decoding.readVarUint(decoder);
    for (let i = 0; i < count; i++) clocks.set(decoding.readVarUint(decoder), decoding.readVarUint(decoder));
    return clocks;
  } catch {
    return null;
  }
}
