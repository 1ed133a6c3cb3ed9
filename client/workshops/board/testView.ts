import type { Cluster, Group, Note, Participant } from '../../../shared/workshop/types';
import type { WorkshopView } from '../../../shared/workshop/views/workshopView';

/** Small hand-made views for the board and group helpers' unit tests. */

export function note(id: string, extra: Partial<Note> = {}): Note {
  return {
    id,
    position: id,
    activityId: 'b1',
    groupId: null,
    clusterId: null,
    text: `text ${id}`,
    authorId: null,
    forRoom: false,
    hidden: false,
    hiddenReason: null,
    ...extra,
  };
}

export function cluster(id: string, extra: Partial<Cluster> = {}): Cluster {
  return { id, position: id, activityId: 'b1', groupId: null, title: `title ${id}`, ...extra };
}

export function group(id: string, number: number, extra: Partial<Group> = {}): Group {
  return { id, name: '', number, round: 1, open: true, ...extra };
}

export function person(id: string, extra: Partial<Participant> = {}): Participant {
  return {
    id,
    name: id,
    association: null,
    groupId: null,
    removed: false,
    facilitator: false,
    mergedInto: null,
    ...extra,
  };
}

export function testView(parts: Partial<WorkshopView> = {}): WorkshopView {
  return {
    meta: {
      title: 'W',
      goal: '',
      date: null,
      planId: 'p',
      anonymous: true,
      facilitatorSeesAuthors: false,
      status: 'running',
      currentActivityId: 'b1',
      followMe: false,
      inputLocked: false,
    },
    timer: { type: 'idle' },
    agenda: [
      {
        id: 'b1',
        kind: 'brainstorm',
        position: 'a',
        prompt: 'What?',
        timeboxMinutes: null,
        state: 'active',
        notesRevealed: true,
        clusteringBy: 'facilitators',
      },
    ],
    participants: [],
    groups: [],
    notes: [],
    clusters: [],
    tallies: {},
    ...parts,
  };
}
