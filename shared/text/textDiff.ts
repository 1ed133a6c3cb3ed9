import type * as Y from 'yjs';

/** One contiguous replacement: remove `remove` code units at `index`, then insert `insert`. */
export interface TextChange {
  index: number;
  remove: number;
  insert: string;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * The smallest single replacement that turns `prev` into `next` (common prefix and suffix kept).
 * Its bounds never split a surrogate pair: Yjs counts UTF-16 code units, and deleting half an
 * emoji would leave a broken character behind on every replica.
 */
export function diffText(prev: string, next: string): TextChange | null {
  if (prev === next) return null;
  const shorter = Math.min(prev.length, next.length);
  let prefix = 0;
  while (prefix < shorter && prev.charCodeAt(prefix) === next.charCodeAt(prefix)) prefix++;
  if (prefix > 0 && isHighSurrogate(prev.charCodeAt(prefix - 1))) prefix--;

  let suffix = 0;
  const maxSuffix = shorter - prefix;
  while (
    suffix < maxSuffix &&
    prev.charCodeAt(prev.length - 1 - suffix) === next.charCodeAt(next.length - 1 - suffix)
  ) {
    suffix++;
  }
  if (suffix > 0 && isLowSurrogate(prev.charCodeAt(prev.length - suffix))) suffix--;

  return {
    index: prefix,
    remove: prev.length - prefix - suffix,
    insert: next.slice(prefix, next.length - suffix),
  };
}

/**
 * Applies the new value of a plain input to a collaborative Y.Text as one delete + insert over
 * the changed span only, so concurrent edits elsewhere in the text survive instead of being
 * overwritten by the whole value. Returns whether anything changed.
 */
export function applyTextChange(ytext: Y.Text, next: string): boolean {
  const change = diffText(ytext.toString(), next);
  if (!change) return false;
  const apply = (): void => {
    if (change.remove > 0) ytext.delete(change.index, change.remove);
    if (change.insert !== '') ytext.insert(change.index, change.insert);
  };
  if (ytext.doc) ytext.doc.transact(apply);
  else apply();
  return true;
}
