/**
 * The colours a person's presence (caret, chip) can have. Each is dark enough for white caret
 * label text (contrast at least 4.5:1, WCAG AA) and has a name, so colour is never the only cue.
 */
export const PRESENCE_PALETTE = [
  { name: 'blue', hex: '#0b5cad' },
  { name: 'red', hex: '#b3261e' },
  { name: 'green', hex: '#1e6b34' },
  { name: 'purple', hex: '#6f3b9c' },
  { name: 'brown', hex: '#8a4b08' },
  { name: 'teal', hex: '#005f6b' },
  { name: 'magenta', hex: '#a3206a' },
  { name: 'slate', hex: '#4a5568' },
] as const;

export type PresenceColorName = (typeof PRESENCE_PALETTE)[number]['name'];
export type PresenceColor = (typeof PRESENCE_PALETTE)[number]['hex'];

export const PRESENCE_COLORS: readonly PresenceColor[] = PRESENCE_PALETTE.map((entry) => entry.hex);

export function isPresenceColor(value: unknown): value is PresenceColor {
  return typeof value === 'string' && (PRESENCE_COLORS as readonly string[]).includes(value);
}

export function presenceColorName(color: string): PresenceColorName | null {
  return PRESENCE_PALETTE.find((entry) => entry.hex === color.toLowerCase())?.name ?? null;
}

/**
 * The colour of someone who has not chosen one: stable for the same key (their user or guest
 * id), so they look the same on every server and after every reconnect.
 */
export function derivedPresenceColor(key: string): PresenceColor {
  // FNV-1a: tiny, and spreads similar ids over the palette.
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return PRESENCE_COLORS[hash % PRESENCE_COLORS.length]!;
}

/** A stored choice when it is still in the palette, else the derived colour. */
export function effectivePresenceColor(chosen: string | null | undefined, key: string): PresenceColor {
  return isPresenceColor(chosen) ? chosen : derivedPresenceColor(key);
}
