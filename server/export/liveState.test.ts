import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { titleText } from '../../shared/plan/planDoc';
import { WholeState } from '../docs/wholeState';
import { encodedState } from './liveState';

/** A document as DocStore loads it: its whole state forgotten on every change. */
function loaded(doc: Y.Doc) {
  const wholeState = new WholeState(doc, null);
  doc.on('update', () => wholeState.forget());
  return { wholeState };
}

describe('a live document’s encoded state', () => {
  it('is encoded and hashed once while the document is unchanged', () => {
    const doc = new Y.Doc();
    titleText(doc).insert(0, 'Temaplan');
    const live = loaded(doc);
    const first = encodedState(live);
    expect(encodedState(live).bytes).toBe(first.bytes);
    expect(encodedState(live).hash).toBe(first.hash);
  });

  it('is encoded again after any change, a deletion too, and says so in its hash', () => {
    const doc = new Y.Doc();
    titleText(doc).insert(0, 'Temaplan');
    const live = loaded(doc);
    const before = encodedState(live);
    titleText(doc).delete(0, 4);
    const after = encodedState(live);
    expect(after.hash).not.toBe(before.hash);
    const replica = new Y.Doc();
    Y.applyUpdate(replica, after.bytes);
    expect(titleText(replica).toString()).toBe('plan');
    // A change from elsewhere (another server, a client) counts as well.
    const other = new Y.Doc();
    Y.applyUpdate(other, after.bytes);
    titleText(other).insert(0, 'Ny ');
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other));
    expect(encodedState(live).hash).not.toBe(after.hash);
  });
});
