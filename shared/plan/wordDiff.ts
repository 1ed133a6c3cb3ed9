/** A run of text in a comparison: in both, only in the newer, or only in the older text. */
export interface DiffSegment {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/**
 * Beyond this many cells the middle of a comparison is shown as one removal plus one addition:
 * a quadratic table over a whole rewritten chapter would stall the server for everyone.
 */
const MAX_TABLE_CELLS = 4_000_000;

/** Words and the whitespace between them, so a diff never splits a word (æøå are letters too). */
export function tokenize(text: string): string[] {
  return text.match(/\s+|[^\s]+/gu) ?? [];
}

function push(segments: DiffSegment[], kind: DiffSegment['kind'], text: string): void {
  if (text === '') return;
  const last = segments[segments.length - 1];
  if (last && last.kind === kind) last.text += text;
  else segments.push({ kind, text });
}

/** Longest common subsequence over tokens, walked forwards into segments. */
function lcsSegments(a: readonly string[], b: readonly string[], out: DiffSegment[]): void {
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0 || (n + 1) * (m + 1) > MAX_TABLE_CELLS) {
    push(out, 'removed', a.join(''));
    push(out, 'added', b.join(''));
    return;
  }
  // table[i][j]: LCS length of a[i..] and b[j..], flattened.
  const width = m + 1;
  const table = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i * width + j] =
        a[i] === b[j]
          ? (table[(i + 1) * width + j + 1] ?? 0) + 1
          : Math.max(table[(i + 1) * width + j] ?? 0, table[i * width + j + 1] ?? 0);
    }
  }
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      push(out, 'same', a[i] ?? '');
      i++;
      j++;
    } else if ((table[(i + 1) * width + j] ?? 0) >= (table[i * width + j + 1] ?? 0)) {
      push(out, 'removed', a[i] ?? '');
      i++;
    } else {
      push(out, 'added', b[j] ?? '');
      j++;
    }
  }
  push(out, 'removed', a.slice(i).join(''));
  push(out, 'added', b.slice(j).join(''));
}

/** Word-level changes from `before` to `after`; equal texts give one `same` segment (or none). */
export function diffWords(before: string, after: string): DiffSegment[] {
  const segments: DiffSegment[] = [];
  if (before === after) {
    push(segments, 'same', before);
    return segments;
  }
  const a = tokenize(before);
  const b = tokenize(after);
  // Edits are local: the shared head and tail need no table.
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
  push(segments, 'same', a.slice(0, head).join(''));
  lcsSegments(a.slice(head, a.length - tail), b.slice(head, b.length - tail), segments);
  push(segments, 'same', a.slice(a.length - tail).join(''));
  return segments;
}
