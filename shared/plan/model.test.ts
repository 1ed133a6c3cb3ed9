import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addFocusArea,
  deleteFocusArea,
  getFocusArea,
  listFocusAreas,
  moveFocusArea,
  renameFocusArea,
} from './focusAreas';
import { initPlan, municipality, setMunicipality, titleText } from './planDoc';
import { planSnapshot } from './snapshot';
import { addStrategy, deleteStrategy, listStrategies, moveStrategy } from './strategies';
import { fragmentToPlainText, writeParagraphs } from './richText';

function newDoc(clientID = 1): Y.Doc {
  const doc = new Y.Doc();
  doc.clientID = clientID;
  return doc;
}

/** A replica of `source` with its own client id. */
function fork(source: Y.Doc, clientID: number): Y.Doc {
  const doc = newDoc(clientID);
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(source));
  return doc;
}

function syncAll(...docs: Y.Doc[]): void {
  for (const from of docs) {
    for (const to of docs) {
      if (from !== to) Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)));
    }
  }
}

/** The item at `index`, which the test knows is there. */
function at<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new Error(`no item at ${index}`);
  return item;
}

const titles = (doc: Y.Doc): string[] => listFocusAreas(doc).map((area) => area.title.toString());
const ids = (doc: Y.Doc): string[] => listFocusAreas(doc).map((area) => area.id);

describe('plan document', () => {
  it('is initialised with title and municipality', () => {
    const doc = newDoc();
    initPlan(doc, { title: 'Temaplan for medborgerskap', municipality: 'Asker' });
    expect(titleText(doc).toString()).toBe('Temaplan for medborgerskap');
    expect(municipality(doc)).toBe('Asker');
    setMunicipality(doc, 'Bærum');
    expect(planSnapshot(doc)).toMatchObject({
      title: 'Temaplan for medborgerskap',
      municipality: 'Bærum',
    });
  });

  it('snapshots an empty document without writing to it', () => {
    const doc = newDoc();
    let updates = 0;
    doc.on('update', () => updates++);
    expect(planSnapshot(doc)).toEqual({ title: '', municipality: '', purpose: [], focusAreas: [] });
    expect(updates).toBe(0);
  });
});

describe('focus areas', () => {
  it('are added at the end, or at an index, in order', () => {
    const doc = newDoc();
    const a = addFocusArea(doc, { title: 'Møteplasser' });
    const c = addFocusArea(doc, { title: 'Frivillighet' });
    const b = addFocusArea(doc, { title: 'Lokaldemokrati', index: 1 });
    const first = addFocusArea(doc, { title: 'Først', index: 0 });
    expect(ids(doc)).toEqual([first, a, b, c]);
    expect(titles(doc)).toEqual(['Først', 'Møteplasser', 'Lokaldemokrati', 'Frivillighet']);
  });

  it('clamp an index out of range', () => {
    const doc = newDoc();
    const a = addFocusArea(doc, { index: -5 });
    const b = addFocusArea(doc, { index: 99 });
    expect(ids(doc)).toEqual([a, b]);
  });

  it('take a given id and refuse a duplicate one', () => {
    const doc = newDoc();
    expect(addFocusArea(doc, { id: 'area-1' })).toBe('area-1');
    expect(() => addFocusArea(doc, { id: 'area-1' })).toThrow(/exists/);
    expect(ids(doc)).toEqual(['area-1']);
  });

  it('are found by id, with their listed position, and missing ids give null', () => {
    const doc = newDoc();
    const id = addFocusArea(doc, { title: 'Kultur' });
    const found = getFocusArea(doc, id);
    expect(found?.title.toString()).toBe('Kultur');
    expect(found?.position).toBe(at(listFocusAreas(doc), 0).position);
    expect(getFocusArea(doc, 'nope')).toBeNull();
  });

  it('are renamed, and renaming a missing one reports false', () => {
    const doc = newDoc();
    const id = addFocusArea(doc, { title: 'Idrett' });
    expect(renameFocusArea(doc, id, 'Idrett og friluftsliv')).toBe(true);
    expect(getFocusArea(doc, id)?.title.toString()).toBe('Idrett og friluftsliv');
    expect(renameFocusArea(doc, 'nope', 'x')).toBe(false);
  });

  it('keep concurrent edits to different parts of a title when renamed', () => {
    const a = newDoc(1);
    const id = addFocusArea(a, { id: 'f', title: 'Helse' });
    const b = fork(a, 2);
    renameFocusArea(a, id, 'Helse og omsorg');
    renameFocusArea(b, id, 'Folkehelse');
    syncAll(a, b);
    // Rewriting the whole title would give "Helse og omsorgFolkehelse" (or the reverse).
    expect(getFocusArea(a, id)?.title.toString()).toBe('Folkehelse og omsorg');
    expect(getFocusArea(b, id)?.title.toString()).toBe('Folkehelse og omsorg');
  });

  it('are moved to an index in the order without the moved item', () => {
    const doc = newDoc();
    const a = addFocusArea(doc, { title: 'A' });
    const b = addFocusArea(doc, { title: 'B' });
    const c = addFocusArea(doc, { title: 'C' });
    const d = addFocusArea(doc, { title: 'D' });
    expect(moveFocusArea(doc, a, 2)).toBe(true);
    expect(titles(doc)).toEqual(['B', 'C', 'A', 'D']);
    moveFocusArea(doc, d, 0);
    expect(titles(doc)).toEqual(['D', 'B', 'C', 'A']);
    moveFocusArea(doc, d, 99);
    expect(titles(doc)).toEqual(['B', 'C', 'A', 'D']);
    moveFocusArea(doc, c, -1);
    expect(ids(doc)).toEqual([c, b, a, d]);
    expect(moveFocusArea(doc, 'nope', 0)).toBe(false);
  });

  it('are deleted with their strategies', () => {
    const doc = newDoc();
    const a = addFocusArea(doc, { title: 'A' });
    const b = addFocusArea(doc, { title: 'B' });
    addStrategy(doc, a);
    expect(deleteFocusArea(doc, a)).toBe(true);
    expect(deleteFocusArea(doc, a)).toBe(false);
    expect(ids(doc)).toEqual([b]);
    expect(listStrategies(doc, a)).toEqual([]);
    expect(addStrategy(doc, a)).toBeNull();
  });

  it('added concurrently at the same index are ordered the same way everywhere', () => {
    const a = newDoc(1);
    addFocusArea(a, { id: 'first', title: 'First' });
    const b = fork(a, 2);
    addFocusArea(a, { id: 'zz', index: 0 });
    addFocusArea(b, { id: 'aa', index: 0 });
    syncAll(a, b);
    const tied = listFocusAreas(a);
    expect(at(tied, 0).position).toBe(at(tied, 1).position);
    expect(ids(a)).toEqual(['aa', 'zz', 'first']);
    expect(ids(b)).toEqual(ids(a));
    // An insert next to a tie still works; it lands after the tied pair, never inside it.
    const c = addFocusArea(a, { id: 'c', index: 1 });
    expect(ids(a)).toEqual(['aa', 'zz', c, 'first']);
  });

  it('moved concurrently by several replicas converge on one position, last writer wins', () => {
    const a = newDoc(1);
    const x = addFocusArea(a, { title: 'X' });
    addFocusArea(a, { title: 'Y' });
    addFocusArea(a, { title: 'Z' });
    const b = fork(a, 2);
    const c = fork(a, 3);
    moveFocusArea(a, x, 1);
    moveFocusArea(b, x, 2);
    moveFocusArea(c, x, 2);
    syncAll(a, b, c);
    expect(titles(a)).toHaveLength(3);
    expect(new Set(ids(a)).size).toBe(3);
    expect(ids(b)).toEqual(ids(a));
    expect(ids(c)).toEqual(ids(a));
  });

  it('deleted while another replica moves it stay deleted', () => {
    const a = newDoc(1);
    const x = addFocusArea(a, { title: 'X' });
    addFocusArea(a, { title: 'Y' });
    const b = fork(a, 2);
    deleteFocusArea(a, x);
    moveFocusArea(b, x, 1);
    renameFocusArea(b, x, 'X2');
    syncAll(a, b);
    expect(titles(a)).toEqual(['Y']);
    expect(titles(b)).toEqual(['Y']);
  });
});

describe('updates arriving out of order', () => {
  it('leave an item without position for a while, sorted last, and inserts still work', () => {
    const a = newDoc(1);
    addFocusArea(a, { id: 'x', title: 'X' });
    addFocusArea(a, { id: 'y', title: 'Y' });
    const b = fork(a, 2);
    const updates: Uint8Array[] = [];
    a.on('update', (update: Uint8Array) => updates.push(update));
    renameFocusArea(a, 'y', 'Y2');
    moveFocusArea(a, 'x', 1);
    // b hears of the move before the rename: Yjs deletes x's old position at once but holds
    // the new one back until the rename (an earlier clock of the same client) has arrived.
    Y.applyUpdate(b, at(updates, 1));
    expect(listFocusAreas(b).map((area) => [area.id, area.position === ''])).toEqual([
      ['y', false],
      ['x', true],
    ]);
    addFocusArea(b, { id: 'z', index: 1 });
    moveFocusArea(b, 'y', 2);
    Y.applyUpdate(b, at(updates, 0));
    syncAll(a, b);
    expect(ids(b)).toEqual(ids(a));
    expect(listFocusAreas(a).every((area) => area.position !== '')).toBe(true);
  });
});

describe('strategies', () => {
  it('are added, listed in order, moved and deleted within their focus area', () => {
    const doc = newDoc();
    const area = addFocusArea(doc, { title: 'A' });
    const s1 = addStrategy(doc, area, { id: 's1' });
    const s2 = addStrategy(doc, area, { id: 's2' });
    const s0 = addStrategy(doc, area, { id: 's0', index: 0 });
    const list = (): string[] => listStrategies(doc, area).map((strategy) => strategy.id);
    expect([s0, s1, s2]).toEqual(['s0', 's1', 's2']);
    expect(list()).toEqual(['s0', 's1', 's2']);
    expect(moveStrategy(doc, area, 's0', 2)).toBe(true);
    expect(list()).toEqual(['s1', 's2', 's0']);
    expect(deleteStrategy(doc, area, 's2')).toBe(true);
    expect(deleteStrategy(doc, area, 's2')).toBe(false);
    expect(list()).toEqual(['s1', 's0']);
  });

  it('report false or null for a missing focus area or strategy', () => {
    const doc = newDoc();
    const area = addFocusArea(doc);
    const other = addFocusArea(doc);
    const s = addStrategy(doc, area) ?? '';
    expect(addStrategy(doc, 'nope')).toBeNull();
    expect(listStrategies(doc, 'nope')).toEqual([]);
    expect(moveStrategy(doc, 'nope', s, 0)).toBe(false);
    expect(moveStrategy(doc, other, s, 0)).toBe(false);
    expect(moveStrategy(doc, area, 'nope', 0)).toBe(false);
    expect(deleteStrategy(doc, other, s)).toBe(false);
    expect(deleteStrategy(doc, 'nope', s)).toBe(false);
  });

  it('have a body of rich text', () => {
    const doc = newDoc();
    const area = addFocusArea(doc);
    const s = addStrategy(doc, area) ?? '';
    writeParagraphs(at(listStrategies(doc, area), 0).body, ['Tilrettelegge for lag og foreninger']);
    expect(fragmentToPlainText(at(listStrategies(doc, area), 0).body)).toBe(
      'Tilrettelegge for lag og foreninger',
    );
    expect(at(at(planSnapshot(doc).focusAreas, 0).strategies, 0)).toMatchObject({
      id: s,
      number: '1.1',
    });
  });
});

describe('snapshot numbering', () => {
  it('numbers focus areas 1, 2 and strategies 1.1, 1.2 in display order', () => {
    const doc = newDoc();
    const a = addFocusArea(doc, { title: 'A' });
    const b = addFocusArea(doc, { title: 'B', index: 0 });
    addStrategy(doc, a, { id: 'a1' });
    addStrategy(doc, a, { id: 'a0', index: 0 });
    addStrategy(doc, b, { id: 'b0' });
    const snapshot = planSnapshot(doc);
    expect(snapshot.focusAreas.map((area) => [area.number, area.title])).toEqual([
      ['1', 'B'],
      ['2', 'A'],
    ]);
    expect(
      snapshot.focusAreas.flatMap((area) => area.strategies.map((s) => [s.number, s.id])),
    ).toEqual([
      ['1.1', 'b0'],
      ['2.1', 'a0'],
      ['2.2', 'a1'],
    ]);
    expect(JSON.parse(JSON.stringify(snapshot))).toEqual(snapshot);
  });
});
