import type * as Y from 'yjs';
import type { z } from 'zod';
import type { Actor, CommandOutcome } from '../actor';
import type { Validation } from '../errors';
import type { EntityMap } from '../fields';
import type { ResultsLabels } from '../export/labels';
import type { Scope } from '../apply/scope';
import type { Activity, ActivityKind, ActivityTally } from '../types';
import type { ActivityCommon } from './activityCommon';

export type ActivityOf<K extends ActivityKind> = Extract<Activity, { kind: K }>;

/** Writes one setting onto an activity's map; `undefined` (not given) writes nothing. */
export type SetSetting = (key: string, value: unknown) => void;

/** A participant's (or facilitator's) command that belongs to one kind: answerPoll, vote, … */
export interface KindCommand<C extends { type: string }> {
  /** The zod schema of the command (a strict object tagged by `type`). */
  schema: z.ZodObject;
  /** Whether the facilitator runs it (else anyone taking part). */
  facilitator: boolean;
  validate(pub: Y.Doc, priv: Y.Doc, actor: Actor, command: C): Validation;
  apply(scope: Scope, command: C): CommandOutcome;
}

/** What `resultsMarkdown` hands each kind besides its result. */
export interface MarkdownContext {
  pub: Y.Doc;
  labels: ResultsLabels;
  /** Revealed votes per note or cluster, shown beside them on a board. */
  votes: ReadonlyMap<string, number>;
  /** Text people typed as one escaped Markdown line. */
  line: (text: string) => string;
}

/**
 * How one activity kind is stored in the public doc: reading and writing its fields and its
 * tally, and which board it works on. Apart from the rest of `KindModule` (and registered
 * apart, in `storage.ts`) because every screen reads activities while only the server validates
 * and applies commands: reading must not pull in the zod schemas (issue #16's participant
 * bundle).
 */
export interface KindStorage<K extends ActivityKind> {
  kind: K;
  /** Reads the kind's fields from the activity's map (the public doc). */
  read(map: EntityMap, common: ActivityCommon): ActivityOf<K>;
  /** Writes the settings present; fields of other kinds are never written. */
  write(set: SetSetting, settings: { kind: K }): void;
  /** The state a new activity of this kind starts in (e.g. "not revealed"). */
  initialize?(map: EntityMap): void;
  /** The brainstorm whose notes the activity works on; null for kinds without a board. */
  board(activity: ActivityOf<K>): string | null;
  /** The tally as stored (or `{}`), completed with the kind's empty values; null if none. */
  readTally(stored: Record<string, unknown>, activity: ActivityOf<K>): ActivityTally | null;
}

/**
 * Everything one activity kind brings, so generic code (reading and writing activities,
 * validation, application, tallies, results, exports) dispatches here instead of switching on
 * the kind. Methods (not function properties) on purpose: each kind's implementation takes its
 * own narrower types, and the registry hands them only activities of that kind.
 */
export interface KindModule<K extends ActivityKind, R = unknown> extends KindStorage<K> {
  /** The settings a facilitator chooses: a zod strict object with `kind`, prompt and timebox. */
  configSchema: z.ZodObject;
  /** The commands only this kind has (its participants' input, its reveal), by type. */
  commands?: Record<string, KindCommand<{ type: string }>>;
  /**
   * Which setting changes are allowed once the activity has started: what participants' input
   * is measured against stays fixed.
   */
  checkStartedChange(activity: ActivityOf<K>, changes: { kind: K }): Validation;
  /** Recounts the public tally from the private doc (see apply/tallying.ts). */
  recount?(pub: Y.Doc, priv: Y.Doc, activity: ActivityOf<K>): void;
  /** After its settings changed (e.g. new poll options). */
  afterUpdate?(scope: Scope, activity: ActivityOf<K>): void;
  /** Folds `mergeId`'s input in this activity into `keepId`'s (mergeParticipants). */
  mergeParticipant?(scope: Scope, activity: ActivityOf<K>, keepId: string, mergeId: string): void;
  /** What the results page and exports show. */
  result(pub: Y.Doc, activity: ActivityOf<K>): R;
  /** The Markdown summary's paragraphs for this activity (after its heading). */
  markdown(result: R, context: MarkdownContext): string[];
}
