import type { VoteOn } from '../../types';
import type { ActivityCommon } from '../activityCommon';

export interface VoteActivity extends ActivityCommon {
  kind: 'vote';
  /** The brainstorm whose notes, or whose clusters, are voted on. */
  sourceActivityId: string | null;
  voteOn: VoteOn;
  votesPerPerson: number;
  votesRevealed: boolean;
}

export interface VoteTally {
  kind: 'vote';
  cast: number;
  voters: number;
  /** Target id → votes, written once at reveal; null before. */
  totals: Record<string, number> | null;
}
