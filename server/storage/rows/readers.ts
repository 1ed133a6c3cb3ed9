import type { ReaderRecord } from '../Storage';

/**
 * Threads remembered per reader and plan. Beyond this the least recently active are forgotten
 * (they show as unread again, which is the harmless way to be wrong); it bounds the JSON read
 * and written on every "seen".
 */
export const MAX_SEEN_THREADS = 20_000;

/** `last_visit_at` before the first visit: the column is NOT NULL and no real visit is at 0. */
export const NEVER_VISITED = 0;

export interface ReaderRow {
  last_visit_at: number;
  seen_threads: string;
}

export function toReaderRecord(row: ReaderRow): ReaderRecord {
  return {
    lastVisitAt: row.last_visit_at === NEVER_VISITED ? null : row.last_visit_at,
    seenThreads: parseSeen(row.seen_threads),
  };
}

/** The stored map; anything that is not a thread id → time counts as not seen. */
export function parseSeen(json: string): Record<string, number> {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return {};
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  // fromEntries defines properties: a thread id such as `__proto__` stays an ordinary key.
  return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, number] => typeof entry[1] === 'number' && Number.isFinite(entry[1])));
}

/** The seen map with these entries merged in (the later time wins), trimmed to the cap, as JSON. */
export function mergeSeen(
  json: string,
  entries: readonly { threadId: string; at: number }[],
  max = MAX_SEEN_THREADS,
): string {
  const seen = new Map(Object.entries(parseSeen(json)));
  for (const { threadId, at } of entries) {
    const before = seen.get(threadId);
    if (before === undefined || at > before) seen.set(threadId, at);
  }
  let kept = [...seen];
  if (kept.length > max) kept = kept.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, max);
  return JSON.stringify(Object.fromEntries(kept));
}
