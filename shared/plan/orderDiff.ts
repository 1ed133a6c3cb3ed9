/** How one item of an ordered list fares between two versions of the list. */
export interface OrderedMatch<T> {
  id: string;
  before: T | null;
  after: T | null;
  /** Kept, but its place relative to the other kept items changed. */
  moved: boolean;
}

/** Ids on a longest common subsequence of two id orders: the items that stayed in place. */
function stayedInPlace(before: readonly string[], after: readonly string[]): Set<string> {
  const n = before.length;
  const m = after.length;
  const width = m + 1;
  const table = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i * width + j] =
        before[i] === after[j]
          ? (table[(i + 1) * width + j + 1] ?? 0) + 1
          : Math.max(table[(i + 1) * width + j] ?? 0, table[i * width + j + 1] ?? 0);
    }
  }
  const stayed = new Set<string>();
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    const id = before[i];
    if (id !== undefined && id === after[j]) {
      stayed.add(id);
      i++;
      j++;
    } else if ((table[(i + 1) * width + j] ?? 0) > (table[i * width + j + 1] ?? 0)) i++;
    else j++;
  }
  return stayed;
}

/**
 * Matches two lists by id, in the newer list's order with removed items shown where they used
 * to be (after the item that preceded them). An item counts as moved only when it left the
 * longest run of items that kept their relative order: inserting one item at the top shifts
 * every number but moves nothing.
 */
export function matchOrdered<T extends { id: string }>(
  before: readonly T[],
  after: readonly T[],
): OrderedMatch<T>[] {
  const beforeById = new Map(before.map((item) => [item.id, item]));
  const afterById = new Map(after.map((item) => [item.id, item]));
  const keptBefore = before.filter((item) => afterById.has(item.id)).map((item) => item.id);
  const keptAfter = after.filter((item) => beforeById.has(item.id)).map((item) => item.id);
  const stayed = stayedInPlace(keptBefore, keptAfter);

  // Removed items hang off the nearest earlier item that is still there (or the start).
  const removedAfter = new Map<string | null, T[]>();
  let anchor: string | null = null;
  for (const item of before) {
    if (afterById.has(item.id)) {
      anchor = item.id;
      continue;
    }
    const list = removedAfter.get(anchor) ?? [];
    list.push(item);
    removedAfter.set(anchor, list);
  }
  const removed = (key: string | null): OrderedMatch<T>[] =>
    (removedAfter.get(key) ?? []).map((item) => ({
      id: item.id,
      before: item,
      after: null,
      moved: false,
    }));

  const result: OrderedMatch<T>[] = removed(null);
  for (const item of after) {
    const old = beforeById.get(item.id) ?? null;
    result.push({
      id: item.id,
      before: old,
      after: item,
      moved: old !== null && !stayed.has(item.id),
    });
    if (old) result.push(...removed(item.id));
  }
  return result;
}
