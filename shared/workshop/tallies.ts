import type * as Y from 'yjs';
import { isRecord, num, numbers } from './fields';
import { talliesMap } from './publicDoc';
import type { Activity, ActivityTally } from './types';

/** The tally of an activity, or the empty one of its kind; null for kinds without a tally. */
export function readTally(doc: Y.Doc, activity: Activity): ActivityTally | null {
  const value = talliesMap(doc).get(activity.id);
  const stored = isRecord(value) && value.kind === activity.kind ? value : {};
  switch (activity.kind) {
    case 'brainstorm':
      return { kind: 'brainstorm', notes: num(stored, 'notes', 0) };
    case 'vote': {
      const totals = stored.totals;
      return {
        kind: 'vote',
        cast: num(stored, 'cast', 0),
        voters: num(stored, 'voters', 0),
        totals: isRecord(totals) ? readTotals(totals) : null,
      };
    }
    case 'poll': {
      const counts = numbers(stored, 'counts');
      return {
        kind: 'poll',
        counts: activity.options.map((_, index) => counts[index] ?? 0),
        respondents: num(stored, 'respondents', 0),
      };
    }
    case 'cluster':
    case 'discussion':
      return null;
    default: {
      const unknown: never = activity;
      throw new Error(`unknown activity ${JSON.stringify(unknown)}`);
    }
  }
}

function readTotals(record: Record<string, unknown>): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const [id, count] of Object.entries(record)) {
    if (typeof count === 'number' && Number.isFinite(count)) totals[id] = count;
  }
  return totals;
}

/** Replaced whole: a tally is small and written only by the server. */
export function writeTally(doc: Y.Doc, activityId: string, tally: ActivityTally): void {
  talliesMap(doc).set(activityId, structuredClone(tally));
}
