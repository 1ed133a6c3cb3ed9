/**
 * Where focus moves in a horizontal toolbar with one tab stop: arrows step (and wrap), Home and
 * End jump to the ends. Null for any other key, which the toolbar leaves alone (Tab leaves it).
 */
export function rovingIndex(current: number, key: string, count: number): number | null {
  if (count <= 0) return null;
  switch (key) {
    case 'ArrowRight':
      return (current + 1) % count;
    case 'ArrowLeft':
      return (current - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}

/** The tab stop after the buttons changed: the same one while it exists, else the nearest. */
export function clampIndex(current: number, count: number): number {
  return Math.max(0, Math.min(current, count - 1));
}
