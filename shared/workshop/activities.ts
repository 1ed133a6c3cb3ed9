import type * as Y from 'yjs';
import { orderedEntries } from '../plan/items';
import type { ActivityChanges, ActivityConfig } from './activityConfig';
import { bool, num, numOrNull, oneOf, str, strOrNull, strings, type EntityMap } from './fields';
import { ActivityKeys as K } from './keys';
import { activitiesMap } from './publicDoc';
import { ACTIVITY_KINDS, ACTIVITY_STATES, CLUSTERING_BY, VOTE_ON, type Activity } from './types';

export function readActivity(map: EntityMap): Activity {
  const common = {
    id: str(map, K.id),
    position: str(map, K.position),
    prompt: str(map, K.prompt),
    timeboxMinutes: numOrNull(map, K.timeboxMinutes),
    state: oneOf(map, K.state, ACTIVITY_STATES, 'pending'),
  };
  const kind = oneOf(map, K.kind, ACTIVITY_KINDS, 'discussion');
  switch (kind) {
    case 'brainstorm':
      return {
        ...common,
        kind,
        notesRevealed: bool(map, K.notesRevealed),
        clusteringBy: oneOf(map, K.clusteringBy, CLUSTERING_BY, 'facilitators'),
      };
    case 'cluster':
      return {
        ...common,
        kind,
        sourceActivityId: strOrNull(map, K.sourceActivityId),
        clusteringBy: oneOf(map, K.clusteringBy, CLUSTERING_BY, 'facilitators'),
      };
    case 'vote':
      return {
        ...common,
        kind,
        sourceActivityId: strOrNull(map, K.sourceActivityId),
        voteOn: oneOf(map, K.voteOn, VOTE_ON, 'notes'),
        votesPerPerson: num(map, K.votesPerPerson, 1),
        votesRevealed: bool(map, K.votesRevealed),
      };
    case 'poll':
      return {
        ...common,
        kind,
        options: strings(map, K.pollOptions),
        multiple: bool(map, K.pollMultiple),
      };
    case 'discussion':
      return { ...common, kind };
    default: {
      const unknownKind: never = kind;
      throw new Error(`unknown activity kind ${String(unknownKind)}`);
    }
  }
}

export function getActivity(doc: Y.Doc, id: string | null): Activity | null {
  if (id === null) return null;
  const map = activitiesMap(doc).get(id);
  return map ? readActivity(map) : null;
}

/** The agenda in order. */
export function listActivities(doc: Y.Doc): Activity[] {
  return orderedEntries(activitiesMap(doc)).map((entry) => readActivity(entry.map));
}

/** Writes the settings present in `settings`; fields of other kinds are never written. */
export function writeActivitySettings(map: EntityMap, settings: ActivityConfig | ActivityChanges) {
  const set = (key: string, value: unknown) => {
    if (value !== undefined) map.set(key, value);
  };
  set(K.kind, settings.kind);
  set(K.prompt, settings.prompt);
  set(K.timeboxMinutes, settings.timeboxMinutes);
  switch (settings.kind) {
    case 'brainstorm':
      set(K.clusteringBy, settings.clusteringBy);
      return;
    case 'cluster':
      set(K.sourceActivityId, settings.sourceActivityId);
      set(K.clusteringBy, settings.clusteringBy);
      return;
    case 'vote':
      set(K.sourceActivityId, settings.sourceActivityId);
      set(K.voteOn, settings.voteOn);
      set(K.votesPerPerson, settings.votesPerPerson);
      return;
    case 'poll':
      set(K.pollOptions, settings.options ? [...settings.options] : undefined);
      set(K.pollMultiple, settings.multiple);
      return;
    case 'discussion':
      return;
    default: {
      const unknown: never = settings;
      throw new Error(`unknown activity settings ${JSON.stringify(unknown)}`);
    }
  }
}

/**
 * The brainstorm whose notes an activity works on: its own for a brainstorm, the source for a
 * cluster or vote activity, none for polls and discussions.
 */
export function boardOf(activity: Activity): string | null {
  switch (activity.kind) {
    case 'brainstorm':
      return activity.id;
    case 'cluster':
    case 'vote':
      return activity.sourceActivityId;
    case 'poll':
    case 'discussion':
      return null;
    default: {
      const unknown: never = activity;
      throw new Error(`unknown activity ${JSON.stringify(unknown)}`);
    }
  }
}
