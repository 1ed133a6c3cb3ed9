import type * as Y from 'yjs';
import { listActivities } from '../activities';
import { moduleOf } from '../kinds';
export { recountBrainstorm } from '../kinds/brainstorm/tally';
export { recountVotes, revealVoteTotals } from '../kinds/vote/tally';
export { recountPoll } from '../kinds/poll/tally';

/**
 * Tallies are recounted from the private doc rather than incremented: a recount cannot drift,
 * and removing a person (whose input stops counting) is just another recount. Sizes are small
 * (tens of people, hundreds of votes), so this costs nothing that matters. Each kind counts its
 * own (kinds/<kind>/tally.ts).
 */

/** Everything still open to counting; revealed vote totals stay as they were revealed. */
export function recountAll(pub: Y.Doc, priv: Y.Doc): void {
  for (const activity of listActivities(pub)) moduleOf(activity).recount?.(pub, priv, activity);
}
