import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { transformIndex, type DeltaOp } from './transformIndex';

/** Applies `change` to a Y.Text holding `text` and returns the reported delta. */
function deltaOf(text: string, change: (ytext: Y.Text) => void): DeltaOp[] {
  const doc = new Y.Doc();
  const ytext = doc.getText('t');
  ytext.insert(0, text);
  let delta: DeltaOp[] = [];
  ytext.observe((event) => {
    delta = event.delta;
  });
  change(ytext);
  return delta;
}

describe('transformIndex', () => {
  it('moves the caret right when text is inserted before it', () => {
    const delta = deltaOf('Frivillighet', (t) => t.insert(0, 'Ny '));
    expect(transformIndex(5, delta)).toBe(8);
  });

  it('keeps the caret when text is inserted after it', () => {
    const delta = deltaOf('Frivillighet', (t) => t.insert(10, 'xx'));
    expect(transformIndex(5, delta)).toBe(5);
  });

  it('keeps the caret before text inserted exactly at it', () => {
    const delta = deltaOf('abc', (t) => t.insert(2, 'XY'));
    expect(transformIndex(2, delta)).toBe(2);
  });

  it('moves the caret left when text before it is deleted', () => {
    const delta = deltaOf('abcdef', (t) => t.delete(0, 2));
    expect(transformIndex(4, delta)).toBe(2);
  });

  it('puts the caret at the start of a deleted span that held it', () => {
    const delta = deltaOf('abcdef', (t) => t.delete(1, 4));
    expect(transformIndex(3, delta)).toBe(1);
  });

  it('handles a replacement before the caret', () => {
    const delta = deltaOf('abcdef', (t) =>
      t.doc!.transact(() => {
        t.delete(1, 2);
        t.insert(1, 'XYZW');
      }),
    );
    expect(transformIndex(5, delta)).toBe(7);
  });

  it('never goes below zero', () => {
    expect(transformIndex(0, [{ delete: 3 }])).toBe(0);
  });
});
