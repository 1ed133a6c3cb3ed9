import { sectionKey } from '../../../shared/discussion/sections';
import type { DiscussionView, ThreadView } from '../../../shared/discussion/view';

/** Thread id → the `activityAt` the person has seen (from the server's seen marks). */
export type SeenMarks = Readonly<Record<string, number>>;

/**
 * The latest thing anyone did in a thread that left a trace (a message written, edited or
 * deleted, a resolve), and who did it. A reopen leaves none: then the actor is unknown (null).
 */
export function latestActor(thread: ThreadView): string | null {
  let at = thread.createdAt;
  let by: string | null = thread.author.id;
  const consider = (time: number | null, person: string) => {
    if (time !== null && time >= at) {
      at = time;
      by = person;
    }
  };
  for (const message of thread.messages) {
    consider(message.createdAt, message.author.id);
    consider(message.editedAt, message.author.id);
    consider(message.deletedAt, message.author.id);
  }
  if (thread.resolved) consider(thread.resolved.at, thread.resolved.by.id);
  return at >= thread.activityAt ? by : null;
}

/**
 * Unread: something happened since the person last saw the thread, and it was not them (their
 * own reply must not light up their own marker).
 */
export function isUnread(thread: ThreadView, seenAt: number | undefined, meId: string | null): boolean {
  if (seenAt !== undefined && thread.activityAt <= seenAt) return false;
  return meId === null || latestActor(thread) !== meId;
}

export interface UnreadSummary {
  ids: ReadonlySet<string>;
  total: number;
  /** sectionKey → unread threads there. */
  bySection: ReadonlyMap<string, number>;
}

export const NOTHING_UNREAD: UnreadSummary = { ids: new Set(), total: 0, bySection: new Map() };

/** Unread threads; none until the seen marks have arrived (no flash of "everything is new"). */
export function unreadSummary(threads: readonly ThreadView[], seen: SeenMarks | null, meId: string | null): UnreadSummary {
  if (!seen || meId === null) return NOTHING_UNREAD;
  const ids = new Set<string>();
  const bySection = new Map<string, number>();
  for (const thread of threads) {
    if (!isUnread(thread, seen[thread.id], meId)) continue;
    ids.add(thread.id);
    const key = sectionKey(thread.anchor.section);
    bySection.set(key, (bySection.get(key) ?? 0) + 1);
  }
  return { ids, total: ids.size, bySection };
}

export interface SectionCounts {
  /** Open threads. */
  threads: number;
  /** Open suggestions. */
  suggestions: number;
  unread: number;
}

/** What the badge beside each section heading says; sections with nothing are left out. */
export function sectionCounts(view: DiscussionView, unread: UnreadSummary): Map<string, SectionCounts> {
  const counts = new Map<string, SectionCounts>();
  const at = (key: string) => {
    let entry = counts.get(key);
    if (!entry) {
      entry = { threads: 0, suggestions: 0, unread: unread.bySection.get(key) ?? 0 };
      counts.set(key, entry);
    }
    return entry;
  };
  for (const thread of view.threads) {
    if (thread.resolved === null) at(sectionKey(thread.anchor.section)).threads++;
  }
  for (const suggestion of view.suggestions) {
    if (suggestion.status === 'open') at(sectionKey(suggestion.section)).suggestions++;
  }
  for (const key of unread.bySection.keys()) at(key);
  return counts;
}

/** The seen marks to send for threads just looked at: only those that moved on since. */
export function marksToSend(threads: readonly ThreadView[], seen: SeenMarks | null): { threadId: string; at: number }[] {
  return threads
    .filter((thread) => seen === null || (seen[thread.id] ?? -1) < thread.activityAt)
    .map((thread) => ({ threadId: thread.id, at: thread.activityAt }));
}
