import type * as Y from 'yjs';
import { orderedEntries } from '../plan/items';
import type { ActivityChanges, ActivityConfig } from './activityConfig';
import { numOrNull, oneOf, str, type EntityMap } from './fields';
import { ActivityKeys as K } from './keys';
// The kinds' storage only, not `activityKinds`: every screen reads activities (see storage.ts).
import { kindStorage } from './kinds/storage';
import { activitiesMap } from './publicDoc';
import { ACTIVITY_KINDS, ACTIVITY_STATES, type Activity } from './types';

export function readActivity(map: EntityMap): Activity {
  const common = {
    id: str(map, K.id),
    position: str(map, K.position),
    prompt: str(map, K.prompt),
    timeboxMinutes: numOrNull(map, K.timeboxMinutes),
    state: oneOf(map, K.state, ACTIVITY_STATES, 'pending'),
  };
  const kind = oneOf(map, K.kind, ACTIVITY_KINDS, 'discussion');
  return kindStorage(kind).read(map, common);
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
  kindStorage(settings.kind).write(set, settings);
}

/**
 * The brainstorm whose notes an activity works on: its own for a brainstorm, the source for a
 * cluster or vote activity, none for polls and discussions.
 */
export function boardOf(activity: Activity): string | null {
  return kindStorage(activity.kind).board(activity);
}
