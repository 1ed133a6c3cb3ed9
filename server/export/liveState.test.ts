import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { titleText } from '../../shared/plan/planDoc';
import { encodedState } from './liveState';

describe('a live document’s encoded state', () => {
  it('is encoded once while the document is unchanged', () => {
    const doc = new Y.Doc();
    titleText(doc).insert(0, 'Temaplan');
    expect(encodedState(doc)).toBe(encodedState(doc));
  });

  it('is encoded again after any change, a deletion too, and says so in its hash', () => {
    const doc = new Y.Doc();
    titleText(doc).insert(0, 'Temaplan');
    const before = encodedState(doc);
    titleText(doc).delete(0, 4);
    const after = encodedState(doc);
    expect(after.hash).not.toBe(before.hash);
    const replica = new Y.Doc();
    Y.applyUpdate(replica, after.bytes);
    expect(titleText(replica).toString()).toBe('plan');
    // A change from elsewhere (another server, a client) counts as well.
    const other = new Y.Doc();
    Y.applyUpdate(other, after.bytes);
    titleText(other).insert(0, 'Ny ');
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other));
    expect(encodedState(doc).hash).not.toBe(after.hash);
  });
});
