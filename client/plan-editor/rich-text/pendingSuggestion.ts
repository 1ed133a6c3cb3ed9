import { LEAF, type Span, type TextBlock } from './textRuns';

/**
 * What a person is suggesting right now, before it is sent: text to delete (one stretch per run
 * of text) and text to insert at one place. Positions are ProseMirror positions in the current
 * document; the suggesting plugin keeps them as Yjs positions between keystrokes.
 */
export interface Pending {
  deletes: Span[];
  insert: { at: number; text: string } | null;
}

/**
 * The result of one keystroke: the pending suggestion after it, what must be sent first (an
 * earlier suggestion the keystroke does not continue), and where the caret goes. `refused`
 * says why nothing happened (joining paragraphs cannot be suggested).
 */
export interface Step {
  pending: Pending | null;
  flush: Pending | null;
  caret: number;
  refused?: 'paragraph-edge';
}

export function isEmptyPending(pending: Pending | null): boolean {
  return !pending || (pending.deletes.length === 0 && !pending.insert);
}

const normalise = (pending: Pending): Pending | null => (isEmptyPending(pending) ? null : pending);

/** Whether the caret is at an edge of the (last) stretch being deleted. */
function atDeleteEdge(pending: Pending, caret: number): boolean {
  const last = pending.deletes[pending.deletes.length - 1];
  return !!last && (caret === last.from || caret === last.to);
}

/** Typing `text` at an empty selection. */
export function typeText(pending: Pending | null, caret: number, text: string): Step {
  if (pending?.insert && pending.insert.at === caret) {
    return { pending: { ...pending, insert: { at: caret, text: pending.insert.text + text } }, flush: null, caret };
  }
  if (pending && !pending.insert && atDeleteEdge(pending, caret)) {
    return { pending: { ...pending, insert: { at: caret, text } }, flush: null, caret };
  }
  return { pending: { deletes: [], insert: { at: caret, text } }, flush: pending, caret };
}

/**
 * Typing over (or deleting) a selection: its runs of text are to be deleted, and what was typed
 * goes after the last of them.
 */
export function replaceSelection(pending: Pending | null, runs: Span[], text: string): Step | null {
  const last = runs[runs.length - 1];
  if (!last) return null;
  const next: Pending = { deletes: runs, insert: text ? { at: last.to, text } : null };
  return { pending: next, flush: pending, caret: last.to };
}

/** How many positions the character before `offset` takes (two for a surrogate pair). */
function sizeBefore(text: string, offset: number): number {
  const code = text.charCodeAt(offset - 1);
  const previous = text.charCodeAt(offset - 2);
  return code >= 0xdc00 && code <= 0xdfff && previous >= 0xd800 && previous <= 0xdbff ? 2 : 1;
}

function sizeAfter(text: string, offset: number): number {
  const code = text.charCodeAt(offset);
  const next = text.charCodeAt(offset + 1);
  return code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
}

/** Backspace at an empty selection: takes back typed text first, then marks text before the caret. */
export function backspace(pending: Pending | null, caret: number, block: TextBlock): Step {
  if (pending?.insert && pending.insert.at === caret) {
    const chars = Array.from(pending.insert.text);
    chars.pop();
    const insert = chars.length ? { at: caret, text: chars.join('') } : null;
    return { pending: normalise({ ...pending, insert }), flush: null, caret };
  }
  const only = pending && !pending.insert && pending.deletes.length === 1 ? pending.deletes[0] : undefined;
  const extending = !!only && caret >= only.from && caret <= only.to;
  const edge = extending ? only.from : caret;
  const offset = edge - block.start;
  if (offset <= 0 || block.text[offset - 1] === LEAF) return { pending, flush: null, caret, refused: 'paragraph-edge' };
  const from = edge - sizeBefore(block.text, offset);
  if (extending) return { pending: { deletes: [{ from, to: only.to }], insert: null }, flush: null, caret: from };
  return { pending: { deletes: [{ from, to: caret }], insert: null }, flush: pending, caret: from };
}

/** Delete at an empty selection: marks text after the caret, growing a stretch already marked. */
export function deleteForward(pending: Pending | null, caret: number, block: TextBlock): Step {
  const only = pending && !pending.insert && pending.deletes.length === 1 ? pending.deletes[0] : undefined;
  const extending = !!only && caret >= only.from && caret <= only.to;
  const edge = extending ? only.to : caret;
  const offset = edge - block.start;
  if (offset >= block.text.length || block.text[offset] === LEAF) return { pending, flush: null, caret, refused: 'paragraph-edge' };
  const to = edge + sizeAfter(block.text, offset);
  if (extending) return { pending: { deletes: [{ from: only.from, to }], insert: null }, flush: null, caret: to };
  return { pending: { deletes: [{ from: caret, to }], insert: null }, flush: pending, caret: to };
}

/** Whether a caret at `head` (an empty selection) is still where the pending suggestion continues. */
export function continuesAt(pending: Pending, head: number): boolean {
  if (pending.insert) return pending.insert.at === head;
  return atDeleteEdge(pending, head);
}

/**
 * Pasted or composed text as one paragraph may hold it: line breaks and tabs become spaces and
 * other control characters go (the server refuses them in a suggestion).
 */
export function singleLine(text: string): string {
  return text.replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ').replace(/\t/g, ' ').replace(/\p{Cc}/gu, '');
}

/**
 * An input method's word so far (it reports the whole word at each step, and again when done)
 * replaces what it reported before: `base` is the insertion's text from before the word began.
 */
export function composeText(pending: Pending | null, caret: number, base: string, text: string): Step {
  if (pending?.insert && pending.insert.at === caret) {
    return { pending: { ...pending, insert: { at: caret, text: base + text } }, flush: null, caret };
  }
  return typeText(pending, caret, text);
}
