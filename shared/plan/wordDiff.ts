import { diffArrays } from 'diff';

/** A run of text in a comparison: in both, only in the newer, or only in the older text. */
export interface DiffSegment {
  kind: 'same' | 'added' | 'removed';
  text: string;
  /**
   * Set on a removal and the addition after it when the paragraphs between them differed too much
   * to be compared word by word: they are shown replaced whole.
   */
  whole?: true;
}

/**
 * Most words (and the spaces between them, each a token) that may differ within one run of
 * changed paragraphs before it is shown replaced whole. Myers' cost grows with the square of the
 * edit distance, and a text rewritten that much reads better replaced whole anyway.
 */
export const MAX_EDIT_TOKENS = 400;

/** Words and the whitespace between them, so a diff never splits a word (æøå are letters too). */
export function tokenize(text: string): string[] {
  return text.match(/\s+|[^\s]+/gu) ?? [];
}

/** A blank line: richToPlainText puts one between blocks. */
function isParagraphBreak(token: string): boolean {
  return /\n\s*\n/u.test(token);
}

function push(segments: DiffSegment[], segment: DiffSegment): void {
  if (segment.text === '') return;
  const last = segments[segments.length - 1];
  if (last && last.kind === segment.kind && last.whole === segment.whole) last.text += segment.text;
  else segments.push(segment);
}

/** Paragraphs and the breaks between them, each one unit for the coarse pass. */
function paragraphs(tokens: readonly string[]): string[][] {
  const units: string[][] = [];
  let current: string[] = [];
  for (const token of tokens) {
    if (isParagraphBreak(token)) {
      if (current.length > 0) units.push(current);
      units.push([token]);
      current = [];
    } else {
      current.push(token);
    }
  }
  if (current.length > 0) units.push(current);
  return units;
}

/**
 * The fewest tokens that must change, whatever the order: a cheap lower bound on the edit
 * distance that spares Myers a search bound to fail.
 */
function editLowerBound(a: readonly string[], b: readonly string[]): number {
  const counts = new Map<string, number>();
  for (const token of a) counts.set(token, (counts.get(token) ?? 0) + 1);
  let shared = 0;
  for (const token of b) {
    const left = counts.get(token) ?? 0;
    if (left > 0) {
      shared++;
      counts.set(token, left - 1);
    }
  }
  return a.length + b.length - 2 * shared;
}

/** One run of changed paragraphs, word by word, or replaced whole when that would cost too much. */
function diffRun(a: readonly string[], b: readonly string[], out: DiffSegment[]): void {
  const changes =
    a.length === 0 || b.length === 0 || editLowerBound(a, b) > MAX_EDIT_TOKENS
      ? undefined
      : diffArrays(a as string[], b as string[], { maxEditLength: MAX_EDIT_TOKENS });
  if (!changes) {
    const whole = a.length > 0 && b.length > 0 ? { whole: true as const } : {};
    push(out, { kind: 'removed', text: a.join(''), ...whole });
    push(out, { kind: 'added', text: b.join(''), ...whole });
    return;
  }
  // Between two kept runs the removals come first, so a replaced word reads old → new.
  let added = '';
  for (const change of changes) {
    const text = change.value.join('');
    if (change.added) {
      added += text;
    } else if (change.removed) {
      push(out, { kind: 'removed', text });
    } else {
      push(out, { kind: 'added', text: added });
      added = '';
      push(out, { kind: 'same', text });
    }
  }
  push(out, { kind: 'added', text: added });
}

/** The changed middle: paragraphs matched whole first, so each changed run is priced alone. */
function diffMiddle(a: readonly string[], b: readonly string[], out: DiffSegment[]): void {
  const before = paragraphs(a);
  const after = paragraphs(b);
  const changes = diffArrays(
    before.map((unit) => unit.join('')),
    after.map((unit) => unit.join('')),
    { maxEditLength: MAX_EDIT_TOKENS },
  );
  if (!changes) {
    diffRun(a, b, out);
    return;
  }
  let oldIndex = 0;
  let newIndex = 0;
  let removed: string[][] = [];
  let added: string[][] = [];
  const flush = (): void => {
    diffRun(removed.flat(), added.flat(), out);
    removed = [];
    added = [];
  };
  for (const change of changes) {
    if (change.removed) {
      removed = removed.concat(before.slice(oldIndex, oldIndex + change.count));
      oldIndex += change.count;
    } else if (change.added) {
      added = added.concat(after.slice(newIndex, newIndex + change.count));
      newIndex += change.count;
    } else {
      flush();
      push(out, { kind: 'same', text: change.value.join('') });
      oldIndex += change.count;
      newIndex += change.count;
    }
  }
  flush();
}

/**
 * Word-level changes from `before` to `after` (Myers, via jsdiff); equal texts give one `same`
 * segment (or none).
 */
export function diffWords(before: string, after: string): DiffSegment[] {
  const segments: DiffSegment[] = [];
  if (before === after) {
    push(segments, { kind: 'same', text: before });
    return segments;
  }
  const a = tokenize(before);
  const b = tokenize(after);
  // Edits are local: the shared head and tail need no search.
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (
    tail < a.length - head &&
    tail < b.length - head &&
    a[a.length - 1 - tail] === b[b.length - 1 - tail]
  ) {
    tail++;
  }
  push(segments, { kind: 'same', text: a.slice(0, head).join('') });
  diffMiddle(a.slice(head, a.length - tail), b.slice(head, b.length - tail), segments);
  push(segments, { kind: 'same', text: a.slice(a.length - tail).join('') });
  return segments;
}
