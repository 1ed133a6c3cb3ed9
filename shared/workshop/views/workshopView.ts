import type * as Y from 'yjs';
import { listActivities } from '../activities';
import { listClusters, listNotes } from '../board';
import { listGroups, listParticipants } from '../people';
import { readMeta, readTimer } from '../publicDoc';
import { readTally } from '../tallies';
import type {
  Activity,
  ActivityTally,
  Cluster,
  Group,
  Note,
  Participant,
  TimerState,
  WorkshopMeta,
} from '../types';

/** The public doc as plain data, in display order; what every screen renders from. */
export interface WorkshopView {
  meta: WorkshopMeta;
  timer: TimerState;
  agenda: Activity[];
  participants: Participant[];
  groups: Group[];
  notes: Note[];
  clusters: Cluster[];
  /** Activity id → tally; only for kinds that have one. */
  tallies: Record<string, ActivityTally>;
}

export function workshopView(pub: Y.Doc): WorkshopView {
  const agenda = listActivities(pub);
  const tallies: Record<string, ActivityTally> = {};
  for (const activity of agenda) {
    const tally = readTally(pub, activity);
    if (tally) tallies[activity.id] = tally;
  }
  return {
    meta: readMeta(pub),
    timer: readTimer(pub),
    agenda,
    participants: listParticipants(pub),
    groups: listGroups(pub),
    notes: listNotes(pub),
    clusters: listClusters(pub),
    tallies,
  };
}
