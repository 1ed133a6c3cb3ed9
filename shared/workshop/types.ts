/** The workshop's domain as plain data: what readers of either document return. */
import type { BrainstormActivity, BrainstormTally } from './kinds/brainstorm/types';
import type { ClusterActivity } from './kinds/cluster/types';
import type { DiscussionActivity } from './kinds/discussion/types';
import type { PollActivity, PollTally } from './kinds/poll/types';
import type { VoteActivity, VoteTally } from './kinds/vote/types';

export const WORKSHOP_STATUSES = ['draft', 'running', 'ended'] as const;
export type WorkshopStatus = (typeof WORKSHOP_STATUSES)[number];

export const ACTIVITY_KINDS = ['brainstorm', 'cluster', 'vote', 'poll', 'discussion'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

export const ACTIVITY_STATES = ['pending', 'active', 'done'] as const;
export type ActivityState = (typeof ACTIVITY_STATES)[number];

export const CLUSTERING_BY = ['facilitators', 'everyone'] as const;
export type ClusteringBy = (typeof CLUSTERING_BY)[number];

export const VOTE_ON = ['notes', 'clusters'] as const;
export type VoteOn = (typeof VOTE_ON)[number];

/** A fixed list rather than free text: it is shown to everyone and must be translatable. */
export const HIDE_REASONS = [
  'offensive',
  'personal-data',
  'off-topic',
  'duplicate',
  'other',
] as const;
export type HideReason = (typeof HIDE_REASONS)[number];

export interface WorkshopMeta {
  title: string;
  goal: string;
  /** ISO date or date-time, or null while undecided. */
  date: string | null;
  planId: string;
  /** Authors of notes are never written into the public doc. Fixed once started. */
  anonymous: boolean;
  /** In an anonymous workshop, facilitators may still see who wrote what. Fixed once started. */
  facilitatorSeesAuthors: boolean;
  status: WorkshopStatus;
  currentActivityId: string | null;
  /** Participants' screens follow the facilitator to the current activity. */
  followMe: boolean;
  /** "Pens down": participants' input is refused; facilitators may still act. */
  inputLocked: boolean;
}

// Each kind's own shape lives with the kind (kinds/<kind>/types.ts); the union is here.
export type { ActivityCommon } from './kinds/activityCommon';
export type { BrainstormActivity, BrainstormTally } from './kinds/brainstorm/types';
export type { ClusterActivity } from './kinds/cluster/types';
export type { VoteActivity, VoteTally } from './kinds/vote/types';
export type { PollActivity, PollTally, PollResultsShown } from './kinds/poll/types';
export { POLL_RESULTS_SHOWN } from './kinds/poll/types';
export type { DiscussionActivity } from './kinds/discussion/types';

export type Activity =
  BrainstormActivity | ClusterActivity | VoteActivity | PollActivity | DiscussionActivity;

/** A countdown in server time (epoch ms); clients render it with their measured clock offset. */
export type TimerState =
  | { type: 'idle' }
  | { type: 'running'; activityId: string; endsAt: number; durationMs: number }
  | { type: 'paused'; activityId: string; remainingMs: number; durationMs: number };

export interface Participant {
  id: string;
  name: string;
  association: string | null;
  /** The open breakout group they work in; null in plenary. */
  groupId: string | null;
  removed: boolean;
  /** Joined with a role that runs workshops: kept out of random splits, shown as host. */
  facilitator: boolean;
  /** A duplicate merged into this participant (then `removed` is true too); null otherwise. */
  mergedInto: string | null;
}

export interface Group {
  id: string;
  name: string;
  /** 1-based within its split, for "Group 3" when the name is empty. */
  number: number;
  /** Which split created it (1, 2, …); closed groups stay so old notes keep their group. */
  round: number;
  open: boolean;
}

export interface Note {
  id: string;
  position: string;
  /** The brainstorm it was written in. */
  activityId: string;
  groupId: string | null;
  clusterId: string | null;
  /** Empty while hidden: a hidden note's text stays in the private doc only. */
  text: string;
  /** Null in anonymous workshops, always. */
  authorId: string | null;
  /** Written by a facilitator for people in the room; such a note never has an author. */
  forRoom: boolean;
  hidden: boolean;
  hiddenReason: HideReason | null;
}

export interface Cluster {
  id: string;
  position: string;
  /** The brainstorm whose notes it groups, not the activity it was created in. */
  activityId: string;
  groupId: string | null;
  title: string;
}

/** Aggregates per activity. Only counts: a tally never holds a person's id. */
export type ActivityTally = BrainstormTally | VoteTally | PollTally;
