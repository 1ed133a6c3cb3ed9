import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { mergeDocState } from './mergeDocState';

function textOf(state: Uint8Array): string {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  const text = doc.getText('t').toString();
  doc.destroy();
  return text;
}

describe('mergeDocState', () => {
  it('gives the same document whatever the order and overlap of its parts', () => {
    const doc = new Y.Doc();
    const updates: Uint8Array[] = [];
    doc.on('update', (u: Uint8Array) => updates.push(u));
    const text = doc.getText('t');
    for (const word of ['Medverk ', 'for ', 'alle']) text.insert(text.length, word);
    const full = Y.encodeStateAsUpdate(doc);
    expect(textOf(mergeDocState([full, ...updates]))).toBe('Medverk for alle');
    expect(textOf(mergeDocState([...updates].reverse()))).toBe('Medverk for alle');
    expect(textOf(mergeDocState([updates[0]!, full, updates[2]!, updates[2]!]))).toBe('Medverk for alle');
    expect(textOf(mergeDocState([]))).toBe('');
  });

  it('drops the content of deleted text (garbage collection on)', () => {
    const doc = new Y.Doc();
    const updates: Uint8Array[] = [];
    doc.on('update', (u: Uint8Array) => updates.push(u));
    doc.getText('t').insert(0, 'x'.repeat(50_000));
    doc.getText('t').delete(0, 50_000);
    doc.getText('t').insert(0, 'igjen');
    const merged = mergeDocState(updates);
    expect(textOf(merged)).toBe('igjen');
    expect(merged.byteLength).toBeLessThan(200);
  });
});
