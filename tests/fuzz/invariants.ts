import * as Y from 'yjs';
import { planSnapshot } from '../../shared/plan/snapshot';

/** A broken promise of the sync stack, found by the fuzzer. */
export class InvariantViolation extends Error {
  override name = 'InvariantViolation';
}

function check(condition: boolean, message: () => string): void {
  if (!condition) throw new InvariantViolation(message());
}

function vector(doc: Y.Doc): Map<number, number> {
  return Y.decodeStateVector(Y.encodeStateVector(doc));
}

function vectorText(doc: Y.Doc): string {
  return JSON.stringify([...vector(doc)].sort(([a], [b]) => a - b));
}

/**
 * How many of this replica's own insertions `stored` lacks. Only its own: others' changes reach
 * it relayed before their commit, and "saved" speaks for the changes made here.
 */
export function ownInsertionsMissing(doc: Y.Doc, stored: Y.Doc): number {
  const own = vector(doc).get(doc.clientID) ?? 0;
  return Math.max(0, own - (vector(stored).get(doc.clientID) ?? 0));
}

/** Yjs parked nothing: every struct and deletion it received is integrated. */
export function checkNothingPending(doc: Y.Doc, what: string): void {
  check(
    doc.store.pendingStructs === null,
    () => `${what} holds pending structs (an update it could not integrate)`,
  );
  check(doc.store.pendingDs === null, () => `${what} holds pending deletions`);
}

/** Same state (state vectors) and the same plan as read by every exporter (planSnapshot). */
export function checkSameDoc(doc: Y.Doc, stored: Y.Doc, what: string): void {
  const actual = vectorText(doc);
  const expected = vectorText(stored);
  check(actual === expected, () => `${what}: state vector ${actual}, stored ${expected}`);
  const plan = JSON.stringify(planSnapshot(doc));
  const storedPlan = JSON.stringify(planSnapshot(stored));
  check(
    plan === storedPlan,
    () => `${what}: plan differs from the stored one\n  ${plan}\n  stored ${storedPlan}`,
  );
}

/** Whether applying `updates` to a copy of `stored` leaves it as it was. */
function holds(stored: Y.Doc, updates: readonly Uint8Array[]): boolean {
  const copy = new Y.Doc({ gc: true });
  try {
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(stored));
    const before = Y.encodeStateAsUpdate(copy);
    copy.transact(() => updates.forEach((update) => Y.applyUpdate(copy, update)));
    return (
      copy.store.pendingStructs === null &&
      copy.store.pendingDs === null &&
      equalBytes(before, Y.encodeStateAsUpdate(copy))
    );
  } finally {
    copy.destroy();
  }
}

/**
 * Every update acknowledged as stored is in `stored`: applying it changes nothing there. All at
 * once first; when that fails, one by one, so the message names the first missing one.
 */
export function checkAckedStored(
  acked: readonly { client: string; update: Uint8Array }[],
  stored: Y.Doc,
): void {
  if (
    holds(
      stored,
      acked.map(({ update }) => update),
    )
  )
    return;
  acked.forEach(({ client, update }, index) => {
    check(
      holds(stored, [update]),
      () => `update #${index} acknowledged to ${client} as stored is missing from storage`,
    );
  });
  throw new InvariantViolation('the acknowledged updates together are not all in storage');
}

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.byteLength === b.byteLength && a.every((byte, index) => byte === b[index]);
}
