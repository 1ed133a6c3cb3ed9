import { describe, it, expect } from 'vitest';
import * as Y from 'yjs';
import { storedOrigin } from './DocLifecycle';
import { DocStore } from './DocStore';
import { holdsNoneOf, WholeState } from './wholeState';
import type { DocStorage, LoggedUpdate, StoredDoc } from '../storage/Storage';

const DOC = 'plan:whole-state';

function docWith(text: string, clientID?: number): Y.Doc {
  const doc = new Y.Doc();
  if (clientID !== undefined) doc.clientID = clientID;
  doc.getText('t').insert(0, text);
  return doc;
}

/** The text a fresh client ends up with after applying `update`. */
function textAfter(update: Uint8Array): string {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, update);
  return doc.getText('t').toString();
}

/** Storage that hands back exactly the stored state it is given and records appends. */
class FixedStorage implements DocStorage {
  readonly appended: LoggedUpdate[] = [];
  constructor(private readonly stored: StoredDoc) {}
  loadDoc(): Promise<StoredDoc> {
    return Promise.resolve(this.stored);
  }
  appendUpdates(updates: readonly LoggedUpdate[]): Promise<void> {
    this.appended.push(...updates);
    return Promise.resolve();
  }
  compactDoc(): Promise<void> {
    return Promise.resolve();
  }
}

function storeOver(storage: DocStorage): DocStore {
  return new DocStore(storage, {
    unloadDelayMs: 60_000,
    compactAfterUpdates: 1_000,
    compactAfterBytes: 1024 * 1024,
    maxConcurrentLoads: 1,
  });
}

describe('holdsNoneOf', () => {
  const ours = new Map([
    [1, 5],
    [2, 3],
  ]);

  it('is true for an empty state vector and for clients we do not know or hold nothing of', () => {
    expect(holdsNoneOf(new Map(), ours)).toBe(true);
    expect(holdsNoneOf(new Map([[99, 7]]), ours)).toBe(true);
    expect(holdsNoneOf(new Map([[1, 0]]), ours)).toBe(true);
  });

  it('is false as soon as the peer holds any struct of ours', () => {
    expect(holdsNoneOf(new Map([[2, 1]]), ours)).toBe(false);
    expect(holdsNoneOf(new Map([[99, 7], [1, 5]]), ours)).toBe(false);
  });
});

describe('WholeState', () => {
  it('answers a peer that holds nothing of ours with the shared whole state, encoded once', () => {
    const doc = docWith('hello');
    const whole = new WholeState(doc, null);
    const first = whole.missingFor(Y.encodeStateVector(new Y.Doc()));
    expect(whole.missingFor(Y.encodeStateVector(docWith('mine', 4242)))).toBe(first);
    expect(textAfter(first)).toBe('hello');
  });

  it('answers a peer that holds part of ours with the difference only', () => {
    const doc = docWith('hello');
    const peer = new Y.Doc();
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
    doc.getText('t').insert(5, ' world');
    const whole = new WholeState(doc, null);
    const missing = whole.missingFor(Y.encodeStateVector(peer));
    expect(missing).toEqual(Y.encodeStateAsUpdate(doc, Y.encodeStateVector(peer)));
    expect(missing.byteLength).toBeLessThan(whole.get().byteLength);
  });

  it('encodes again after forget', () => {
    const doc = docWith('a');
    const whole = new WholeState(doc, null);
    expect(textAfter(whole.get())).toBe('a');
    doc.getText('t').insert(1, 'b');
    whole.forget();
    expect(textAfter(whole.get())).toBe('ab');
  });

  it('throws on a malformed state vector', () => {
    const whole = new WholeState(docWith('a'), null);
    expect(() => whole.missingFor(new Uint8Array([0xff, 0xff, 0xff]))).toThrow();
  });
});

describe('DocStore: the whole state of a loaded document', () => {
  it('serves a stored snapshot with nothing logged after it as it is, without encoding', async () => {
    // A snapshot from a doc without garbage collection: re-encoding it after loading would give
    // other bytes, so only the stored bytes themselves pass.
    const source = new Y.Doc({ gc: false });
    source.getText('t').insert(0, 'abc');
    source.getText('t').delete(1, 1);
    const snapshot = Y.encodeStateAsUpdate(source);
    const store = storeOver(new FixedStorage({ snapshot, updates: [], updateBytes: 0 }));
    const live = await store.open(DOC);
    const served = live.wholeState.missingFor(Y.encodeStateVector(new Y.Doc()));
    expect(served).toBe(snapshot);
    expect(Y.encodeStateAsUpdate(live.doc)).not.toEqual(snapshot);
    expect(textAfter(served)).toBe('ac');
    await store.close();
  });

  it('never serves the snapshot alone when a newer update is logged after it', async () => {
    const source = docWith('old');
    const snapshot = Y.encodeStateAsUpdate(source);
    const before = Y.encodeStateVector(source);
    source.getText('t').insert(3, ' and new');
    const newer = Y.encodeStateAsUpdate(source, before);
    const store = storeOver(new FixedStorage({ snapshot, updates: [newer], updateBytes: newer.byteLength }));
    const live = await store.open(DOC);
    expect(textAfter(live.wholeState.missingFor(Y.encodeStateVector(new Y.Doc())))).toBe('old and new');
    await store.close();
  });

  it('never serves a state missing an acknowledged change, nor one relayed from another server', async () => {
    const source = docWith('stored');
    const store = storeOver(new FixedStorage({ snapshot: Y.encodeStateAsUpdate(source), updates: [], updateBytes: 0 }));
    const live = await store.open(DOC);
    const empty = Y.encodeStateVector(new Y.Doc());
    expect(textAfter(live.wholeState.missingFor(empty))).toBe('stored');

    // A person's change, applied and durable: what a step 1 ack promises.
    const editor = new Y.Doc();
    Y.applyUpdate(editor, Y.encodeStateAsUpdate(live.doc));
    const seen = Y.encodeStateVector(editor);
    editor.getText('t').insert(6, ' +edit');
    Y.applyUpdate(live.doc, Y.encodeStateAsUpdate(editor, seen), 'peer');
    await store.whenDurable();
    expect(textAfter(live.wholeState.missingFor(empty))).toBe('stored +edit');

    // Another server's change, stored there already.
    const other = Y.encodeStateVector(editor);
    editor.getText('t').insert(0, 'relayed ');
    Y.applyUpdate(live.doc, Y.encodeStateAsUpdate(editor, other), storedOrigin);
    expect(textAfter(live.wholeState.missingFor(empty))).toBe('relayed stored +edit');
    await store.close();
  });
});
