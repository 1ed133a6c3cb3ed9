import type * as Y from 'yjs';
import { getActivity, listActivities } from '../activities';
import { moduleOf, type ActivityResult } from '../kinds';
import type { Activity } from '../types';

// The pieces of results moved to their kinds and to boardResult.ts; exported here as before.
export type { ActivityResult } from '../kinds';
export { boardResult, type BoardResult } from './boardResult';
export { rankedResults, type RankedTarget } from '../kinds/vote/ranking';

export function activityResults(pub: Y.Doc, activityId: string): ActivityResult | null {
  const activity = getActivity(pub, activityId);
  return activity ? resultOf(pub, activity) : null;
}

/** Every activity's results, in agenda order. */
export function workshopResults(pub: Y.Doc): ActivityResult[] {
  return listActivities(pub).map((activity) => resultOf(pub, activity));
}

function resultOf(pub: Y.Doc, activity: Activity): ActivityResult {
  return moduleOf(activity).result(pub, activity);
}
