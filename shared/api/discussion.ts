import { z } from 'zod';
import type { Role } from '../auth/roles';
import type { Person, SectionRef } from '../discussion/types';

/**
 * HTTP contract around a plan's discussion (the threads and suggestions themselves travel as a
 * read-only document plus socket commands): who can be mentioned, the owner's settings, what is
 * new since a person last looked, and which threads they have seen.
 */

/** `GET /api/plans/:planId/discussion/people`: the asker, and everyone they may mention. */
export interface DiscussionPeopleResponse {
  me: Person;
  people: (Person & { role: Role })[];
}

/** `PUT /api/plans/:planId/discussion/settings` (owner only); answers with the stored settings. */
export const discussionSettingsSchema = z.strictObject({
  observersMayComment: z.boolean(),
  editorsMayDecide: z.boolean(),
  suggestOnly: z.boolean(),
});

/** `POST /api/plans/:planId/discussion/seen`: the person has read these threads up to `at`. */
export const threadsSeenSchema = z.strictObject({
  threads: z
    .array(z.strictObject({ threadId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/), at: z.number().int().min(0) }))
    .min(1)
    .max(500),
});

/** `GET /api/plans/:planId/discussion/seen`: thread id → the activity time last seen. */
export interface ThreadsSeenResponse {
  seen: Record<string, number>;
}

/**
 * `GET /api/plans/:planId/since-last-visit`: what happened since the person's previous visit
 * (null on the first one). `POST /api/plans/:planId/visit` starts a new visit.
 */
export interface SinceLastVisitResponse {
  lastVisitAt: number | null;
  /** Sections changed since then, and by whom (from the edit log), in plan order. */
  sections: { section: SectionRef | null; sectionKey: string; title: string; editors: string[] }[];
  /** Threads started since then (not by the asker). */
  newThreads: { threadId: string; section: SectionRef; author: string }[];
  /** Replies in older threads since then (not by the asker). */
  newReplies: { threadId: string; count: number }[];
  /** Open suggestions the asker may decide on; or, for others, their own decided since then. */
  suggestionsWaiting: { suggestionId: string; section: SectionRef; author: string }[];
  ownSuggestionsDecided: { suggestionId: string; status: 'accepted' | 'rejected' }[];
}
