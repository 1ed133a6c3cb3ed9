import { describe, expect, it } from 'vitest';
import { backspace, composeText, continuesAt, deleteForward, replaceSelection, typeText, type Pending } from './pendingSuggestion';
import { LEAF } from './textRuns';

// "Hello world" as the first paragraph: its text starts at position 1.
const block = { start: 1, text: 'Hello world' };

describe('typing a suggestion', () => {
  it('gathers consecutive typing into one insertion at the caret', () => {
    let step = typeText(null, 6, ' big');
    expect(step.flush).toBeNull();
    step = typeText(step.pending, step.caret, 'ger');
    expect(step.pending).toEqual({ deletes: [], insert: { at: 6, text: ' bigger' } });
    expect(step.caret).toBe(6);
  });

  it('sends what came before when typing starts elsewhere', () => {
    const first = typeText(null, 6, 'a');
    const second = typeText(first.pending, 3, 'b');
    expect(second.flush).toEqual(first.pending);
    expect(second.pending).toEqual({ deletes: [], insert: { at: 3, text: 'b' } });
  });

  it('takes typed characters back with Backspace before marking text', () => {
    let step = typeText(null, 6, 'ab');
    step = backspace(step.pending, step.caret, block);
    expect(step.pending?.insert?.text).toBe('a');
    step = backspace(step.pending, step.caret, block);
    expect(step.pending).toBeNull();
    step = backspace(step.pending, step.caret, block);
    expect(step.pending).toEqual({ deletes: [{ from: 5, to: 6 }], insert: null });
  });

  it('takes back a whole emoji, not half of it', () => {
    const step = backspace(typeText(null, 6, 'x😀').pending, 6, block);
    expect(step.pending?.insert?.text).toBe('x');
  });
});

describe('marking text for deletion', () => {
  it('merges repeated Backspace into one stretch, the caret moving left', () => {
    let step = backspace(null, 12, block); // after "world"
    step = backspace(step.pending, step.caret, block);
    step = backspace(step.pending, step.caret, block);
    expect(step.pending).toEqual({ deletes: [{ from: 9, to: 12 }], insert: null });
    expect(step.caret).toBe(9);
    expect(step.flush).toBeNull();
  });

  it('merges repeated Delete into one stretch, the caret moving right', () => {
    let step = deleteForward(null, 1, block);
    step = deleteForward(step.pending, step.caret, block);
    expect(step.pending).toEqual({ deletes: [{ from: 1, to: 3 }], insert: null });
    expect(step.caret).toBe(3);
  });

  it('grows the same stretch with Backspace after Delete', () => {
    let step = deleteForward(null, 6, block);
    step = backspace(step.pending, step.caret, block);
    expect(step.pending).toEqual({ deletes: [{ from: 5, to: 7 }], insert: null });
  });

  it('refuses to cross the paragraph edge or an inline break, changing nothing', () => {
    expect(backspace(null, 1, block)).toMatchObject({ pending: null, refused: 'paragraph-edge' });
    expect(deleteForward(null, 12, block)).toMatchObject({ pending: null, refused: 'paragraph-edge' });
    const broken = { start: 1, text: `ab${LEAF}cd` };
    expect(backspace(null, 4, broken).refused).toBe('paragraph-edge');
    const marked = backspace(null, 3, block).pending;
    expect(backspace(marked, 2, block).pending).toEqual({ deletes: [{ from: 1, to: 3 }], insert: null });
    expect(backspace(backspace(marked, 2, block).pending, 1, block)).toMatchObject({ refused: 'paragraph-edge', caret: 1 });
  });

  it('starts a new stretch (sending the old) when the caret moved away', () => {
    const first = backspace(null, 12, block);
    const second = backspace(first.pending, 4, block);
    expect(second.flush).toEqual(first.pending);
    expect(second.pending).toEqual({ deletes: [{ from: 3, to: 4 }], insert: null });
  });
});

describe('typing over a selection', () => {
  it('deletes each run of text and inserts after the last one', () => {
    const runs = [
      { from: 7, to: 12 },
      { from: 14, to: 20 },
    ];
    const step = replaceSelection(null, runs, 'X')!;
    expect(step.pending).toEqual({ deletes: runs, insert: { at: 20, text: 'X' } });
    expect(step.caret).toBe(20);
  });

  it('keeps typing after a deleted selection in the same suggestion', () => {
    const deleted = replaceSelection(null, [{ from: 7, to: 12 }], '')!;
    const typed = typeText(deleted.pending, deleted.caret, 'earth');
    expect(typed.flush).toBeNull();
    expect(typed.pending).toEqual({ deletes: [{ from: 7, to: 12 }], insert: { at: 12, text: 'earth' } });
  });

  it('has nothing to do without text in the selection', () => {
    expect(replaceSelection(null, [], 'x')).toBeNull();
  });
});

describe('continuesAt', () => {
  it('knows where each kind of pending suggestion goes on', () => {
    const insert: Pending = { deletes: [], insert: { at: 5, text: 'a' } };
    expect(continuesAt(insert, 5)).toBe(true);
    expect(continuesAt(insert, 6)).toBe(false);
    const remove: Pending = { deletes: [{ from: 3, to: 6 }], insert: null };
    expect(continuesAt(remove, 3)).toBe(true);
    expect(continuesAt(remove, 6)).toBe(true);
    expect(continuesAt(remove, 4)).toBe(false);
  });
});

describe('composeText', () => {
  it('takes an input method\'s word as whatever it says now, after what was typed before it', () => {
    let step = typeText(null, 6, 'ab');
    const base = step.pending!.insert!.text;
    for (const word of ['h', 'he', 'hei', 'hei']) step = composeText(step.pending, 6, base, word);
    expect(step.pending).toEqual({ deletes: [], insert: { at: 6, text: 'abhei' } });
  });

  it('starts an insertion when there was none at the caret', () => {
    let step = composeText(null, 3, '', 'h');
    step = composeText(step.pending, 3, '', 'hå');
    expect(step.pending).toEqual({ deletes: [], insert: { at: 3, text: 'hå' } });
  });
});
