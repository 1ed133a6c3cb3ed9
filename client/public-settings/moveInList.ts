/**
 * The order after moving one id a step up or down, or null when it cannot move (already at that
 * end, or not in the list). Pure, so the page can send the whole new order the server expects.
 */
export function moveInList(
  ids: readonly string[],
  id: string,
  direction: 'up' | 'down',
): string[] | null {
  const from = ids.indexOf(id);
  if (from < 0) return null;
  const to = direction === 'up' ? from - 1 : from + 1;
  if (to < 0 || to >= ids.length) return null;
  const next = [...ids];
  next[from] = ids[to] as string;
  next[to] = id;
  return next;
}
