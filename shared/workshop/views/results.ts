import type * as Y from 'yjs';
import { getActivity, listActivities } from '../activities';
import { listClusters, listNotes } from '../board';
import { readTally } from '../tallies';
import type {
  Activity,
  BrainstormActivity,
  Cluster,
  ClusterActivity,
  DiscussionActivity,
  Note,
  PollActivity,
  VoteActivity,
} from '../types';

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

export interface BoardResult {
  clusters: { cluster: Cluster; notes: Note[] }[];
  unclustered: Note[];
  /** Hidden notes are left out of results; how many there were is still shown. */
  hiddenNotes: number;
}

export type ActivityResult =
  | { kind: 'brainstorm'; activity: BrainstormActivity; board: BoardResult; written: number }
  | { kind: 'cluster'; activity: ClusterActivity; board: BoardResult | null }
  | {
      kind: 'vote';
      activity: VoteActivity;
      /** Null until the votes are revealed. */
      ranking: RankedTarget[] | null;
      cast: number;
      voters: number;
    }
  | {
      kind: 'poll';
      activity: PollActivity;
      options: { label: string; count: number }[];
      respondents: number;
    }
  | { kind: 'discussion'; activity: DiscussionActivity };

export function boardResult(pub: Y.Doc, boardId: string): BoardResult {
  const notes = listNotes(pub, boardId);
  const visible = notes.filter((note) => !note.hidden);
  const clusters = listClusters(pub, boardId);
  const clusterIds = new Set(clusters.map((cluster) => cluster.id));
  return {
    clusters: clusters.map((cluster) => ({
      cluster,
      notes: visible.filter((note) => note.clusterId === cluster.id),
    })),
    unclustered: visible.filter(
      (note) => note.clusterId === null || !clusterIds.has(note.clusterId),
    ),
    hiddenNotes: notes.length - visible.length,
  };
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

export function activityResults(pub: Y.Doc, activityId: string): ActivityResult | null {
  const activity = getActivity(pub, activityId);
  return activity ? resultOf(pub, activity) : null;
}

/** Every activity's results, in agenda order. */
export function workshopResults(pub: Y.Doc): ActivityResult[] {
  return listActivities(pub).map((activity) => resultOf(pub, activity));
}

function resultOf(pub: Y.Doc, activity: Activity): ActivityResult {
  switch (activity.kind) {
    case 'brainstorm': {
      const tally = readTally(pub, activity);
      const written = tally?.kind === 'brainstorm' ? tally.notes : 0;
      return { kind: 'brainstorm', activity, board: boardResult(pub, activity.id), written };
    }
    case 'cluster': {
      const board = activity.sourceActivityId;
      return { kind: 'cluster', activity, board: board === null ? null : boardResult(pub, board) };
    }
    case 'vote': {
      const tally = readTally(pub, activity);
      return {
        kind: 'vote',
        activity,
        ranking: rankedResults(pub, activity.id),
        cast: tally?.kind === 'vote' ? tally.cast : 0,
        voters: tally?.kind === 'vote' ? tally.voters : 0,
      };
    }
    case 'poll': {
      const tally = readTally(pub, activity);
      const counts = tally?.kind === 'poll' ? tally.counts : [];
      return {
        kind: 'poll',
        activity,
        options: activity.options.map((label, index) => ({ label, count: counts[index] ?? 0 })),
        respondents: tally?.kind === 'poll' ? tally.respondents : 0,
      };
    }
    case 'discussion':
      return { kind: 'discussion', activity };
    default: {
      const unknown: never = activity;
      throw new Error(`unknown activity ${JSON.stringify(unknown)}`);
    }
  }
}
