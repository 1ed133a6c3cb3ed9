import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as prng from 'lib0/prng';
import { applyTextChange, diffText } from './textDiff';

function replica(clientID: number, initial?: Uint8Array): { doc: Y.Doc; text: Y.Text } {
  const doc = new Y.Doc();
  doc.clientID = clientID;
  if (initial) Y.applyUpdate(doc, initial);
  return { doc, text: doc.getText('title') };
}

function exchange(a: Y.Doc, b: Y.Doc): void {
  const toB = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
  const toA = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
  Y.applyUpdate(b, toB);
  Y.applyUpdate(a, toA);
}

const hasLoneSurrogate = (value: string): boolean =>
  /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(value);

describe('diffText', () => {
  it('finds nothing to do for equal strings', () => {
    expect(diffText('Medborgerskap', 'Medborgerskap')).toBeNull();
  });

  it.each([
    [
      'insert in the middle',
      'Temaplan medborgerskap',
      'Temaplan for medborgerskap',
      { index: 9, remove: 0, insert: 'for ' },
    ],
    ['delete at the end', 'Frivillighet!', 'Frivillighet', { index: 12, remove: 1, insert: '' }],
    ['replace at the start', 'Utkast plan', 'Ny plan', { index: 0, remove: 6, insert: 'Ny' }],
    ['clear', 'abc', '', { index: 0, remove: 3, insert: '' }],
    ['fill', '', 'æøå', { index: 0, remove: 0, insert: 'æøå' }],
    // Prefix and suffix must not overlap when a repeated letter is typed.
    ['repeated letter', 'aa', 'aaa', { index: 2, remove: 0, insert: 'a' }],
    ['repeated removal', 'aaa', 'a', { index: 1, remove: 2, insert: '' }],
  ])('%s', (_name, prev, next, change) => {
    expect(diffText(prev, next)).toEqual(change);
  });

  it('never splits a surrogate pair that shares its high half', () => {
    // 😀 = D83D DE00, 😁 = D83D DE01: the high halves match, the low halves do not.
    expect(diffText('a😀b', 'a😁b')).toEqual({ index: 1, remove: 2, insert: '😁' });
  });

  it('never splits a surrogate pair that shares its low half', () => {
    // U+1F600 (D83D DE00) and U+20600 (D841 DE00) end in the same low surrogate.
    const a = String.fromCodePoint(0x1f600);
    const b = String.fromCodePoint(0x20600);
    expect(a.charCodeAt(1)).toBe(b.charCodeAt(1));
    expect(diffText(`x${a}y`, `x${b}y`)).toEqual({ index: 1, remove: 2, insert: b });
  });

  it('keeps every result well-formed on random emoji-heavy edits', () => {
    const gen = prng.create(7);
    const alphabet = ['a', 'ø', '😀', '😁', '👍🏽', String.fromCodePoint(0x20600), ' '];
    const randomString = (): string =>
      Array.from({ length: prng.int32(gen, 0, 8) }, () => prng.oneOf(gen, alphabet)).join('');
    for (let i = 0; i < 2000; i++) {
      const prev = randomString();
      const next = randomString();
      const change = diffText(prev, next);
      if (!change) {
        expect(prev).toBe(next);
        continue;
      }
      const removed = prev.slice(change.index, change.index + change.remove);
      expect(hasLoneSurrogate(removed), `${prev} → ${next}`).toBe(false);
      expect(hasLoneSurrogate(change.insert), `${prev} → ${next}`).toBe(false);
      const applied =
        prev.slice(0, change.index) + change.insert + prev.slice(change.index + change.remove);
      expect(applied).toBe(next);
    }
  });
});

describe('applyTextChange', () => {
  it('turns the Y.Text into the new value', () => {
    const { text } = replica(1);
    applyTextChange(text, 'Temaplan for medborgerskap');
    applyTextChange(text, 'Temaplan for 👍 medborgerskap');
    expect(text.toString()).toBe('Temaplan for 👍 medborgerskap');
  });

  it('produces no update when nothing changed', () => {
    const { doc, text } = replica(1);
    applyTextChange(text, 'Medborgerskap');
    let updates = 0;
    doc.on('update', () => updates++);
    expect(applyTextChange(text, 'Medborgerskap')).toBe(false);
    expect(updates).toBe(0);
  });

  it('replaces in one transaction', () => {
    const { doc, text } = replica(1);
    applyTextChange(text, 'Utkast');
    let updates = 0;
    doc.on('update', () => updates++);
    applyTextChange(text, 'Vedtatt');
    expect(updates).toBe(1);
  });

  it('keeps concurrent edits at both ends of a title', () => {
    const a = replica(1);
    applyTextChange(a.text, 'Temaplan for medborgerskap');
    const b = replica(2, Y.encodeStateAsUpdate(a.doc));

    applyTextChange(a.text, 'Utkast: Temaplan for medborgerskap');
    applyTextChange(b.text, 'Temaplan for medborgerskap 2025');
    exchange(a.doc, b.doc);

    expect(a.text.toString()).toBe('Utkast: Temaplan for medborgerskap 2025');
    expect(b.text.toString()).toBe(a.text.toString());
  });

  it('keeps a concurrent edit in the middle while the other replica retypes a word', () => {
    const a = replica(1);
    applyTextChange(a.text, 'Plan for frivillighet i Asker');
    const b = replica(2, Y.encodeStateAsUpdate(a.doc));

    applyTextChange(a.text, 'Plan for frivillighet i Asker kommune');
    applyTextChange(b.text, 'Temaplan for frivillighet i Asker');
    exchange(a.doc, b.doc);

    expect(a.text.toString()).toBe('Temaplan for frivillighet i Asker kommune');
    expect(b.text.toString()).toBe(a.text.toString());
  });

  it('leaves no broken characters when replicas change neighbouring emoji', () => {
    const a = replica(1);
    applyTextChange(a.text, '😀😀');
    const b = replica(2, Y.encodeStateAsUpdate(a.doc));

    applyTextChange(a.text, '😁😀');
    applyTextChange(b.text, '😀😁');
    exchange(a.doc, b.doc);

    expect(hasLoneSurrogate(a.text.toString())).toBe(false);
    expect(a.text.toString()).toBe('😁😁');
    expect(b.text.toString()).toBe(a.text.toString());
  });
});
