/**
 * Where focus goes after moving an item: the same button of the moved item in its new place,
 * or its other move button when that end of the list disables the first (useFocusRequest skips
 * disabled matches).
 */
export function moveFocusSelectors(id: string, direction: 'up' | 'down'): string[] {
  const item = `[data-item-id="${CSS.escape(id)}"]`;
  const other = direction === 'up' ? 'down' : 'up';
  return [`${item} [data-move="${direction}"]`, `${item} [data-move="${other}"]`];
}
