import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { getSchema } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import StarterKit from '@tiptap/starter-kit';
import { initProseMirrorDoc } from '@tiptap/y-tiptap';
import { decodePosition, rangeText, resolvePoint, resolveRange } from '../../../shared/discussion/anchors';
import { planWithPurpose } from '../../../shared/discussion/testing';
import { purposeFragment } from '../../../shared/plan/planDoc';
import { selectionAnchor } from './selectionAnchor';
import { absoluteOf, absoluteOfEncoded, encodedAt, type NodeMapping, type YBinding } from './yPositions';

const schema = getSchema([StarterKit.configure({ undoRedo: false })]);
const PURPOSE = { kind: 'purpose' } as const;

/** The plan's purpose as the editor sees it: the ProseMirror document and y-tiptap's mapping. */
function editorView(plan: Y.Doc) {
  const fragment = purposeFragment(plan);
  const { doc, mapping } = initProseMirrorDoc(fragment, schema) as { doc: PMNode; mapping: NodeMapping };
  const binding: YBinding = { fragment, mapping };
  return { doc, binding, fragment };
}

function textOf(plan: Y.Doc, start: string, end: string): string | null {
  const fragment = purposeFragment(plan);
  const range = resolveRange(plan, fragment, start, end);
  return range ? rangeText(fragment, range) : null;
}

describe('selectionAnchor', () => {
  it('anchors a selection inside one paragraph to its words', () => {
    const { plan } = planWithPurpose(['Hello world', 'Second line']);
    const { doc, binding } = editorView(plan);
    // "Hello world": positions 1–12; "world" is 7–12.
    const anchor = selectionAnchor(doc, 7, 12, PURPOSE, binding);
    expect(anchor?.range?.quote).toBe('world');
    expect(textOf(plan, anchor!.range!.start, anchor!.range!.end)).toBe('world');
  });

  it('keeps text typed at either edge outside the range (start sticks right, end sticks left)', () => {
    const { plan, texts } = planWithPurpose(['Hello world']);
    const { doc, binding } = editorView(plan);
    const anchor = selectionAnchor(doc, 7, 12, PURPOSE, binding)!;
    texts[0]!.insert(11, '!');
    texts[0]!.insert(6, '>');
    expect(texts[0]!.toString()).toBe('Hello >world!');
    expect(textOf(plan, anchor.range!.start, anchor.range!.end)).toBe('world');
  });

  it('spans paragraphs, quoting them joined by a line break', () => {
    const { plan } = planWithPurpose(['Hello world', 'Second line']);
    const { doc, binding } = editorView(plan);
    // The second paragraph's text starts at 14.
    const anchor = selectionAnchor(doc, 7, 20, PURPOSE, binding)!;
    expect(anchor.range!.quote).toBe('world\nSecond');
    expect(textOf(plan, anchor.range!.start, anchor.range!.end)).toBe('world\nSecond');
  });

  it('narrows a selection of whole blocks to their text', () => {
    const { plan } = planWithPurpose(['Hello world', 'Second line']);
    const { doc, binding } = editorView(plan);
    const anchor = selectionAnchor(doc, 0, doc.content.size, PURPOSE, binding)!;
    expect(textOf(plan, anchor.range!.start, anchor.range!.end)).toBe('Hello world\nSecond line');
  });

  it('gives nothing for a selection without text', () => {
    const { plan } = planWithPurpose(['Hello world']);
    const { doc, binding } = editorView(plan);
    expect(selectionAnchor(doc, 3, 3, PURPOSE, binding)).toBeNull();
  });
});

describe('positions between ProseMirror and Yjs', () => {
  it('round-trips every text position, the document start included, with both associations', () => {
    const { plan } = planWithPurpose(['Hello world', 'Second line']);
    const { doc, binding } = editorView(plan);
    const positions: number[] = [];
    doc.descendants((node, pos) => {
      if (node.isTextblock) for (let p = pos + 1; p <= pos + 1 + node.content.size; p++) positions.push(p);
      return !node.isTextblock;
    });
    expect(positions).toContain(1);
    for (const pos of positions) {
      for (const assoc of [0, -1] as const) {
        const encoded = encodedAt(pos, binding, assoc);
        expect(encoded, `pos ${pos} assoc ${assoc}`).not.toBeNull();
        expect(absoluteOfEncoded(encoded!, binding), `pos ${pos} assoc ${assoc}`).toBe(pos);
      }
    }
  });

  it('follows remote edits: an insertion place sticks to the character after it', () => {
    const { plan, texts } = planWithPurpose(['Hello world']);
    const before = editorView(plan);
    const at = encodedAt(7, before.binding, 0)!;
    texts[0]!.insert(6, 'big ');
    const after = editorView(plan);
    expect(after.doc.textBetween(absoluteOfEncoded(at, after.binding)!, after.doc.content.size - 1)).toBe('world');
  });

  it('points into an empty paragraph as the server accepts it', () => {
    const plan = new Y.Doc();
    const fragment = purposeFragment(plan);
    plan.transact(() => {
      const full = new Y.XmlElement('paragraph');
      full.insert(0, [new Y.XmlText('Text')]);
      fragment.insert(0, [full, new Y.XmlElement('paragraph')]);
    });
    const { doc, binding } = editorView(plan);
    // "Text" fills 1–5; the empty paragraph's inside is 7.
    const encoded = encodedAt(7, binding, 0)!;
    expect(resolvePoint(plan, fragment, encoded)).not.toBeNull();
    expect(absoluteOfEncoded(encoded, binding)).toBe(7);
    expect(doc.resolve(7).parent.content.size).toBe(0);
  });

  it('gives null for a position whose paragraph was deleted', () => {
    const { plan } = planWithPurpose(['Hello world', 'Second line']);
    const { binding } = editorView(plan);
    const encoded = encodedAt(16, binding, 0)!;
    purposeFragment(plan).delete(1, 1);
    const after = editorView(plan);
    expect(absoluteOf(decodePosition(encoded)!, after.binding)).toBeNull();
  });
});
