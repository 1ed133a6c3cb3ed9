import { boardOf } from '../../../shared/workshop/activities';
import { mayOrganize } from '../../../shared/workshop/actor';
import type { Role } from '../../../shared/auth/roles';
import type { Activity, BrainstormActivity, ClusterActivity } from '../../../shared/workshop/types';
import type { WorkshopView } from '../../../shared/workshop/views/workshopView';

/** Who is looking at the board: what the client knows of the person the server acts for. */
export interface BoardViewer {
  role: Role;
  /** Null when not known (then no group and no sorting rights are assumed beyond the role's). */
  participantId: string | null;
  /** Facilitators (RunWorkshops) moderate and may sort at any time the core allows. */
  host: boolean;
}

export type BoardActivity = BrainstormActivity | ClusterActivity;

/**
 * The board an activity shows, if any: a brainstorm's own once its notes are revealed, or the
 * brainstorm a cluster activity works on.
 */
export function shownBoard(
  activity: Activity,
): { activity: BoardActivity; boardId: string } | null {
  if (activity.kind === 'brainstorm') {
    return activity.notesRevealed ? { activity, boardId: activity.id } : null;
  }
  if (activity.kind === 'cluster') {
    const boardId = boardOf(activity);
    return boardId ? { activity, boardId } : null;
  }
  return null;
}

/**
 * Whether the viewer may sort right now, mirroring the core's checks so no control is offered
 * that the server would refuse: the activity is the running one, the workshop runs, input is
 * open (hosts are never stopped), and `clusteringBy` lets this role sort.
 */
export function mayOrganizeNow(
  view: WorkshopView,
  activity: BoardActivity,
  viewer: BoardViewer,
  removed: boolean,
): boolean {
  if (removed || view.meta.status !== 'running') return false;
  if (view.meta.currentActivityId !== activity.id || activity.state !== 'active') return false;
  if (view.meta.inputLocked && !viewer.host) return false;
  return mayOrganize(
    { participantId: viewer.participantId ?? '', role: viewer.role },
    activity.clusteringBy,
  );
}

/** The open breakout group the viewer works in, or undefined in plenary (and for hosts). */
export function viewerGroup(view: WorkshopView, viewer: BoardViewer): string | undefined {
  if (viewer.host || viewer.participantId === null) return undefined;
  const me = view.participants.find((person) => person.id === viewer.participantId);
  const group = me?.groupId ? view.groups.find((g) => g.id === me.groupId && g.open) : undefined;
  return group?.id;
}
