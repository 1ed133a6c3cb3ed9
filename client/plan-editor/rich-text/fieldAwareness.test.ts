import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyAwarenessUpdate, Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import { writeParagraphs } from '../../../shared/plan/richText';
import { cursorIn, fieldAwareness } from './fieldAwareness';

/** A plan with two fields, and another person's awareness whose changes reach ours as over the wire. */
function setting() {
  const doc = new Y.Doc();
  const first = doc.getXmlFragment('first');
  const second = doc.getXmlFragment('second');
  writeParagraphs(first, ['Første felt']);
  writeParagraphs(second, ['Andre felt']);
  const theirDoc = new Y.Doc();
  Y.applyUpdate(theirDoc, Y.encodeStateAsUpdate(doc));
  const ours = new Awareness(doc);
  const theirs = new Awareness(theirDoc);
  const deliver = () => applyAwarenessUpdate(ours, encodeAwarenessUpdate(theirs, [theirs.clientID]), 'remote');
  return { doc, first, second, ours, theirs, deliver };
}

/** A caret at the start of a field's first paragraph's text, as y-tiptap writes it. */
function caretIn(fragment: Y.XmlFragment): { anchor: unknown; head: unknown } {
  const text = (fragment.get(0) as Y.XmlElement).get(0) as Y.XmlText;
  const position: unknown = Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(text, 0));
  return { anchor: position, head: position };
}

describe('cursorIn', () => {
  it('tells which field a caret is in', () => {
    const { first, second } = setting();
    expect(cursorIn(first, caretIn(first))).toBe(true);
    expect(cursorIn(second, caretIn(first))).toBe(false);
    expect(cursorIn(first, null)).toBe(false);
  });
});

describe('fieldAwareness', () => {
  it('passes on another person’s caret changes in its field, and their leaving it, and nothing else', () => {
    const { first, second, ours, theirs, deliver } = setting();
    const heardInFirst: number[] = [];
    const heardInSecond: number[] = [];
    fieldAwareness(ours, first).on('change', () => heardInFirst.push(1));
    fieldAwareness(ours, second).on('change', () => heardInSecond.push(1));

    theirs.setLocalStateField('cursor', caretIn(first));
    deliver();
    expect([heardInFirst.length, heardInSecond.length]).toEqual([1, 0]);

    // The person's own caret moving (each keystroke) is drawn by no editor: no field hears it.
    ours.setLocalStateField('cursor', caretIn(second));
    expect([heardInFirst.length, heardInSecond.length]).toEqual([1, 0]);

    // They move to the second field: the first must take their caret away, the second draw it.
    theirs.setLocalStateField('cursor', caretIn(second));
    deliver();
    expect([heardInFirst.length, heardInSecond.length]).toEqual([2, 1]);
  });

  it('does not let an editor that goes away clear the person’s caret in another field', () => {
    const { first, second, ours } = setting();
    ours.setLocalStateField('cursor', caretIn(second));
    fieldAwareness(ours, first).setLocalStateField('cursor', null);
    expect(ours.getLocalState()?.cursor).toEqual(caretIn(second));
    fieldAwareness(ours, second).setLocalStateField('cursor', null);
    expect(ours.getLocalState()?.cursor).toBeNull();
  });

  it('stops passing changes on once the listener is removed', () => {
    const { first, ours, theirs, deliver } = setting();
    const field = fieldAwareness(ours, first);
    let heard = 0;
    const listener = () => heard++;
    field.on('change', listener);
    field.off('change', listener);
    theirs.setLocalStateField('cursor', caretIn(first));
    deliver();
    expect(heard).toBe(0);
  });
});
