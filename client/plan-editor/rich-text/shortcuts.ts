/** Keys of a shortcut, e.g. ['Mod', 'Shift', 'Z']: Mod is ⌘ on Apple devices, Ctrl elsewhere. */
export type Shortcut = readonly string[];

export const SHORTCUTS = {
  bold: ['Mod', 'B'],
  italic: ['Mod', 'I'],
  bulletList: ['Mod', 'Shift', '8'],
  orderedList: ['Mod', 'Shift', '7'],
  link: ['Mod', 'K'],
  undo: ['Mod', 'Z'],
  redo: ['Mod', 'Shift', 'Z'],
  comment: ['Mod', 'Alt', 'M'],
} as const satisfies Record<string, Shortcut>;

export function isApple(platform: string): boolean {
  return /Mac|iPhone|iPad|iPod/i.test(platform);
}

const APPLE: Record<string, string> = { Mod: '⌘', Shift: '⇧', Alt: '⌥' };

/** "Ctrl+Shift+Z" or "⌘⇧Z". */
export function shortcutLabel(keys: Shortcut, apple: boolean): string {
  if (apple) return keys.map((key) => APPLE[key] ?? key).join('');
  return keys.map((key) => (key === 'Mod' ? 'Ctrl' : key)).join('+');
}

/** The `aria-keyshortcuts` value: "Control+Shift+Z" or "Meta+Shift+Z". */
export function ariaShortcut(keys: Shortcut, apple: boolean): string {
  return keys.map((key) => (key === 'Mod' ? (apple ? 'Meta' : 'Control') : key)).join('+');
}
