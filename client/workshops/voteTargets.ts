import type { VoteActivity } from '../../shared/workshop/types';
import type { WorkshopView } from '../../shared/workshop/views/workshopView';

export interface VoteTarget {
  id: string;
  label: string;
  /** The breakout group whose board it is on, so equal titles from two groups can be told apart. */
  groupId: string | null;
}

/** What a vote is on: the source brainstorm's visible notes, or its clusters, in board order. */
export function voteTargets(view: WorkshopView, activity: VoteActivity): VoteTarget[] {
  const source = activity.sourceActivityId;
  if (!source) return [];
  if (activity.voteOn === 'clusters')
    return view.clusters
      .filter((cluster) => cluster.activityId === source)
      .map((cluster) => ({ id: cluster.id, label: cluster.title, groupId: cluster.groupId }));
  return view.notes
    .filter((note) => note.activityId === source && !note.hidden)
    .map((note) => ({ id: note.id, label: note.text, groupId: note.groupId }));
}

export interface RankedVote extends VoteTarget {
  votes: number;
  /** Competition ranking: equal votes share a rank. */
  rank: number;
}

/** The revealed totals, most votes first (ties keep board order); null before the reveal. */
export function rankVotes(view: WorkshopView, activity: VoteActivity): RankedVote[] | null {
  const tally = view.tallies[activity.id];
  if (!activity.votesRevealed || tally?.kind !== 'vote' || !tally.totals) return null;
  const totals = tally.totals;
  const sorted = voteTargets(view, activity)
    .map((target) => ({ ...target, votes: totals[target.id] ?? 0 }))
    .sort((a, b) => b.votes - a.votes);
  return sorted.map((target) => ({
    ...target,
    rank: 1 + sorted.filter((other) => other.votes > target.votes).length,
  }));
}
