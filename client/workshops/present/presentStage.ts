import type { Activity, Cluster, Note } from '../../../shared/workshop/types';
import type { WorkshopView } from '../../../shared/workshop/views/workshopView';

/**
 * What the projector shows, decided from the public doc alone: people joining (before the
 * workshop or its current activity has started), the current activity, or the end.
 */
export type PresentStage =
  { stage: 'joining' } | { stage: 'activity'; activity: Activity } | { stage: 'ended' };

export function presentStage(view: WorkshopView): PresentStage {
  if (view.meta.status === 'ended') return { stage: 'ended' };
  const current = view.agenda.find((activity) => activity.id === view.meta.currentActivityId);
  // A finished activity stays on the wall (its results) until the facilitator moves on.
  if (view.meta.status === 'running' && current && current.state !== 'pending')
    return { stage: 'activity', activity: current };
  return { stage: 'joining' };
}

/** Changes only when the wall shows something else: what is announced, once. */
export function stageKey(stage: PresentStage): string {
  return stage.stage === 'activity' ? `activity:${stage.activity.id}` : stage.stage;
}

/** People in the room who joined to take part (hosts and removed people are not counted). */
export function joinedCount(view: WorkshopView): number {
  return view.participants.filter((person) => !person.removed && !person.facilitator).length;
}

export interface PresentTheme {
  cluster: Cluster;
  notes: Note[];
}

/** A brainstorm's notes as the room may see them: by theme, then those not in one. */
export interface PresentBoard {
  themes: PresentTheme[];
  unsorted: Note[];
}

/**
 * The board an activity puts on the wall: a brainstorm's own once its notes are revealed, a
 * clustering's source brainstorm once that one's are. Never a hidden note (its text is gone
 * anyway), never a note before reveal; null when there is no board to show (yet).
 */
export function presentBoard(view: WorkshopView, activity: Activity): PresentBoard | null {
  const sourceId =
    activity.kind === 'brainstorm'
      ? activity.id
      : activity.kind === 'cluster'
        ? activity.sourceActivityId
        : null;
  const source = view.agenda.find((candidate) => candidate.id === sourceId);
  if (source?.kind !== 'brainstorm' || !source.notesRevealed) return null;
  const notes = view.notes.filter((note) => note.activityId === source.id && !note.hidden);
  const clusters = view.clusters.filter((cluster) => cluster.activityId === source.id);
  const themed = new Set(clusters.map((cluster) => cluster.id));
  return {
    themes: clusters.map((cluster) => ({
      cluster,
      notes: notes.filter((note) => note.clusterId === cluster.id),
    })),
    unsorted: notes.filter((note) => note.clusterId === null || !themed.has(note.clusterId)),
  };
}

/** Share of all answers, rounded, for a poll option; 0 while nobody has answered. */
export function percentOf(count: number, counts: readonly number[]): number {
  const total = counts.reduce((sum, each) => sum + each, 0);
  return total === 0 ? 0 : Math.round((count / total) * 100);
}
