import { z } from 'zod';
import type { Role } from '../auth/roles';
import type { DiscussionSettings, Person, SectionRef } from '../discussion/types';

/**
 * HTTP contract around a plan's discussion (the threads and suggestions themselves travel as a
 * read-only document plus socket commands): who can be mentioned, the owner's settings, what is
 * new since a person last looked, and which threads they have seen.
 */

/**
 * `GET /api/plans/:planId/discussion/people`: the asker, and everyone who reads the discussion
 * (the asker included) — whom a comment may mention. Sorted by name.
 */
export interface DiscussionPeopleResponse {
  me: Person;
  people: (Person & { role: Role })[];
}

/**
 * `PUT /api/plans/:planId/discussion/settings` (owner only) answers with the stored settings;
 * `GET` of the same path answers them to anyone who reads the plan.
 */
export const discussionSettingsSchema = z.strictObject({
  observersMayComment: z.boolean(),
  editorsMayDecide: z.boolean(),
  suggestOnly: z.boolean(),
}) satisfies z.ZodType<DiscussionSettings>;

export interface DiscussionSettingsResponse {
  settings: DiscussionSettings;
}

/**
 * `POST /api/plans/:planId/discussion/seen` (204): the person has read these threads up to `at`
 * (the thread's `activityAt` they saw). A later time per thread wins.
 */
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

/** What kind of section changed; the client names the title, municipality and purpose itself. */
export type ChangedSectionKind = 'title' | 'municipality' | 'purpose' | 'area' | 'strategy';

export interface ChangedSection {
  /** The edit log's key (see shared/plan/touchedSections.ts). */
  sectionKey: string;
  kind: ChangedSectionKind;
  /** Where to go in the discussion's terms; null for the title and municipality. */
  section: SectionRef | null;
  /** As readers see it ("2", "2.1"); null when not numbered or removed. */
  number: string | null;
  /** A focus area's title or a strategy's opening words; '' for the other kinds or when removed. */
  title: string;
  /** The section is no longer in the plan (it was removed since). */
  removed: boolean;
  /** Display names, first to edit first. */
  editors: string[];
}

/** At most this many entries per list; `totals` says how many there were. */
export const SINCE_LAST_VISIT_LIST_LIMIT = 100;

/**
 * `GET /api/plans/:planId/since-last-visit`: what happened since the person's previous visit.
 * On the first visit (`lastVisitAt` null) only `suggestionsWaiting` is filled: everything else
 * would be "all of it". `POST /api/plans/:planId/visit` starts a new visit (204).
 */
export interface SinceLastVisitResponse {
  lastVisitAt: number | null;
  /** Sections changed since then, and by whom (from the edit log), in plan order; removed ones last. */
  sections: ChangedSection[];
  /** Threads started since then, not by the asker; newest first. */
  newThreads: { threadId: string; section: SectionRef; author: Person }[];
  /** Replies (not by the asker, not deleted) since then in threads that are older; newest first. */
  newReplies: { threadId: string; count: number }[];
  /** Open suggestions by others, when the asker may decide on them (whatever their age); newest first. */
  suggestionsWaiting: { suggestionId: string; section: SectionRef; author: Person }[];
  /** The asker's suggestions someone else accepted or rejected since then; newest first. */
  ownSuggestionsDecided: { suggestionId: string; status: 'accepted' | 'rejected'; by: Person }[];
  /** Entries before the lists were cut to `SINCE_LAST_VISIT_LIST_LIMIT`. */
  totals: { sections: number; newThreads: number; newReplies: number; suggestionsWaiting: number; ownSuggestionsDecided: number };
}
