/** One step of a Y.Text change as Yjs reports it (`YTextEvent.delta`). */
export interface DeltaOp {
  insert?: unknown;
  retain?: number;
  delete?: number;
}

/**
 * Where a caret at `index` ends up after someone else's change: text inserted before it pushes
 * it right, text deleted before it pulls it left, and a deletion around it leaves it where the
 * deleted span began. Text inserted exactly at the caret goes after it, so another person's
 * typing never drags our caret along.
 */
export function transformIndex(index: number, delta: readonly DeltaOp[]): number {
  // `old` walks the text as it was before the change.
  let old = 0;
  let result = index;
  for (const op of delta) {
    if (old >= index) break;
    if (op.retain !== undefined) {
      old += op.retain;
    } else if (op.insert !== undefined) {
      result += typeof op.insert === 'string' ? op.insert.length : 1;
    } else if (op.delete !== undefined) {
      result -= Math.min(op.delete, index - old);
      old += op.delete;
    }
  }
  return Math.max(0, result);
}
