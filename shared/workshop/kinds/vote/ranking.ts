import type * as Y from 'yjs';
import { getActivity } from '../../activities';
import { listNotes } from '../../board';
import { readTally } from '../../tallies';
import type { Note } from '../../types';
import { boardResult } from '../../views/boardResult';

/** What the results page and "turn into proposals" work from. Public data only. */
export interface RankedTarget {
  targetId: string;
  kind: 'note' | 'cluster';
  /** The note's text or the cluster's title. */
  label: string;
  groupId: string | null;
  votes: number;
  /** Competition ranking: equal votes share a rank, the next rank skips ("1, 2, 2, 4"). */
  rank: number;
  /** For a cluster, its visible notes in order; empty for a note. */
  notes: Note[];
}

/**
 * A revealed vote's targets, most votes first; equal votes keep board order, so the ranking
 * is the same on every screen. Targets deleted or hidden since are left out; targets nobody
 * voted for are in, with 0. Null before the reveal or for another kind of activity.
 */
export function rankedResults(pub: Y.Doc, activityId: string): RankedTarget[] | null {
  const activity = getActivity(pub, activityId);
  if (activity?.kind !== 'vote' || !activity.votesRevealed) return null;
  const tally = readTally(pub, activity);
  const totals = tally?.kind === 'vote' ? (tally.totals ?? {}) : {};
  const board = activity.sourceActivityId;
  if (board === null) return [];
  const targets: Omit<RankedTarget, 'rank'>[] =
    activity.voteOn === 'notes'
      ? listNotes(pub, board)
          .filter((note) => !note.hidden)
          .map((note) => ({
            targetId: note.id,
            kind: 'note' as const,
            label: note.text,
            groupId: note.groupId,
            votes: totals[note.id] ?? 0,
            notes: [],
          }))
      : boardResult(pub, board).clusters.map(({ cluster, notes }) => ({
          targetId: cluster.id,
          kind: 'cluster' as const,
          label: cluster.title,
          groupId: cluster.groupId,
          votes: totals[cluster.id] ?? 0,
          notes,
        }));
  const sorted = [...targets].sort((a, b) => b.votes - a.votes);
  return sorted.map((target) => ({
    ...target,
    rank: 1 + sorted.filter((other) => other.votes > target.votes).length,
  }));
}
