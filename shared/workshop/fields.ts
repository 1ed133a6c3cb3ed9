import * as Y from 'yjs';

/**
 * Typed reads from documents that came from storage or another version of the code: a field
 * of the wrong type reads as its fallback instead of throwing in a view.
 */
export type EntityMap = Y.Map<unknown>;

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

type Source = EntityMap | Record<string, unknown>;

function get(source: Source, key: string): unknown {
  return source instanceof Y.Map ? source.get(key) : source[key];
}

export function str(source: Source, key: string, fallback = ''): string {
  const value = get(source, key);
  return typeof value === 'string' ? value : fallback;
}

export function strOrNull(source: Source, key: string): string | null {
  const value = get(source, key);
  return typeof value === 'string' ? value : null;
}

export function num(source: Source, key: string, fallback: number): number {
  const value = get(source, key);
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

export function numOrNull(source: Source, key: string): number | null {
  const value = get(source, key);
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

export function bool(source: Source, key: string): boolean {
  return get(source, key) === true;
}

export function oneOf<T extends string>(
  source: Source,
  key: string,
  allowed: readonly T[],
  fallback: T,
): T {
  const value = get(source, key);
  return typeof value === 'string' && (allowed as readonly string[]).includes(value)
    ? (value as T)
    : fallback;
}

export function strings(source: Source, key: string): string[] {
  const value = get(source, key);
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string')
    : [];
}

export function numbers(source: Source, key: string): number[] {
  const value = get(source, key);
  return Array.isArray(value)
    ? value.filter((item): item is number => typeof item === 'number' && Number.isFinite(item))
    : [];
}
