/**
 * How others see a person in a plan: the name from their account or invitation, and a colour
 * chosen in this browser (not stored on the server).
 */
export interface Identity {
  name: string;
  color: string;
}

/**
 * Colours dark enough for white caret labels (contrast at least 4.5:1) and distinct from each
 * other; each has a name, so colour is never the only way to tell people apart.
 */
export const IDENTITY_COLORS = {
  blue: '#0b5cad',
  red: '#b3261e',
  green: '#1e6b34',
  purple: '#6f3b9c',
  brown: '#8a4b08',
  teal: '#005f6b',
  magenta: '#a3206a',
  slate: '#4a5568',
} as const;

export type IdentityColorName = keyof typeof IDENTITY_COLORS;

export const IDENTITY_COLOR_NAMES = Object.keys(IDENTITY_COLORS) as IdentityColorName[];

const STORAGE_KEY = 'medverk.color';
/** Where an earlier version kept `{ name, color }`; only the colour is still read from it. */
const OLD_STORAGE_KEY = 'medverk.identity';

export function isColor(value: unknown): value is string {
  return typeof value === 'string' && /^#[0-9a-fA-F]{6}$/.test(value);
}

export function colorNameOf(color: string): IdentityColorName | null {
  const lower = color.toLowerCase();
  return IDENTITY_COLOR_NAMES.find((name) => IDENTITY_COLORS[name] === lower) ?? null;
}

export function randomColor(): string {
  const name = IDENTITY_COLOR_NAMES[Math.floor(Math.random() * IDENTITY_COLOR_NAMES.length)];
  return IDENTITY_COLORS[name ?? 'blue'];
}

function readOldColor(): string | null {
  const raw = localStorage.getItem(OLD_STORAGE_KEY);
  if (!raw) return null;
  const parsed: unknown = JSON.parse(raw);
  const color =
    typeof parsed === 'object' && parsed !== null ? (parsed as { color?: unknown }).color : null;
  return isColor(color) ? color : null;
}

/** The colour chosen in this browser (or one picked now, and remembered). */
export function loadColor(): string {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (isColor(stored)) return stored;
    const color = readOldColor() ?? randomColor();
    saveColor(color);
    return color;
  } catch {
    return randomColor();
  }
}

export function saveColor(color: string): void {
  try {
    localStorage.setItem(STORAGE_KEY, color);
  } catch {
    // Without storage the colour lasts for this page only.
  }
}
