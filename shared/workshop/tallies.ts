import type * as Y from 'yjs';
import { isRecord } from './fields';
import { kindStorage } from './kinds/storage';
import { talliesMap } from './publicDoc';
import type { Activity, ActivityTally } from './types';

/** The tally of an activity, or the empty one of its kind; null for kinds without a tally. */
export function readTally(doc: Y.Doc, activity: Activity): ActivityTally | null {
  const value = talliesMap(doc).get(activity.id);
  const stored = isRecord(value) && value.kind === activity.kind ? value : {};
  return kindStorage(activity.kind).readTally(stored, activity);
}

/** Replaced whole: a tally is small and written only by the server. */
export function writeTally(doc: Y.Doc, activityId: string, tally: ActivityTally): void {
  talliesMap(doc).set(activityId, structuredClone(tally));
}
