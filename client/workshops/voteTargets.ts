import type { VoteActivity } from '../../shared/workshop/types';
import type { WorkshopView } from '../../shared/workshop/views/workshopView';

export interface VoteTarget {
  id: string;
  label: string;
}

/** What a vote is on: the source brainstorm's visible notes, or its clusters, in board order. */
export function voteTargets(view: WorkshopView, activity: VoteActivity): VoteTarget[] {
  const source = activity.sourceActivityId;
  if (!source) return [];
  if (activity.voteOn === 'clusters')
    return view.clusters
      .filter((cluster) => cluster.activityId === source)
      .map((cluster) => ({ id: cluster.id, label: cluster.title }));
  return view.notes
    .filter((note) => note.activityId === source && !note.hidden)
    .map((note) => ({ id: note.id, label: note.text }));
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
