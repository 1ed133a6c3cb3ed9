/** Who a person is in this browser: no account, just a name and a colour others will see. */
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

export const MAX_NAME_LENGTH = 60;

const STORAGE_KEY = 'medverk.identity';

export function isIdentity(value: unknown): value is Identity {
  if (typeof value !== 'object' || value === null) return false;
  const { name, color } = value as Record<string, unknown>;
  return (
    typeof name === 'string' &&
    name.trim().length > 0 &&
    typeof color === 'string' &&
    /^#[0-9a-fA-F]{6}$/.test(color)
  );
}

export function colorNameOf(color: string): IdentityColorName | null {
  const lower = color.toLowerCase();
  return IDENTITY_COLOR_NAMES.find((name) => IDENTITY_COLORS[name] === lower) ?? null;
}

export function randomColor(): string {
  const name = IDENTITY_COLOR_NAMES[Math.floor(Math.random() * IDENTITY_COLOR_NAMES.length)];
  return IDENTITY_COLORS[name ?? 'blue'];
}

export function loadIdentity(): Identity | null {
  try {
    const raw = localStorage.getItem(STORAGE_KEY);
    if (!raw) return null;
    const parsed: unknown = JSON.parse(raw);
    return isIdentity(parsed) ? { name: parsed.name.trim(), color: parsed.color } : null;
  } catch {
    return null;
  }
}

export function saveIdentity(identity: Identity): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(identity));
  } catch {
    // Without storage the identity lasts for this page only; the person is asked again later.
  }
}
