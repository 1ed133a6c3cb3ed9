import { bool, oneOf, strings } from '../../fields';
import { ActivityKeys as K } from '../../keys';
import type { KindStorage } from '../kindModule';
import type { PollChanges } from './settings';
import { readPollTally } from './tally';
import { POLL_RESULTS_SHOWN, type PollActivity } from './types';

/** A poll in the public doc (see `KindStorage`). */
export const pollStorage = {
  kind: 'poll',
  read: (map, common) => ({
    ...common,
    kind: 'poll',
    options: strings(map, K.pollOptions),
    multiple: bool(map, K.pollMultiple),
    resultsShown: oneOf(map, K.pollResultsShown, POLL_RESULTS_SHOWN, 'afterAnswering'),
    resultsRevealed: bool(map, K.pollResultsRevealed),
  }),
  write(set, settings: PollChanges) {
    set(K.pollOptions, settings.options ? [...settings.options] : undefined);
    set(K.pollMultiple, settings.multiple);
    set(K.pollResultsShown, settings.resultsShown);
  },
  // The map is not in the document yet here (reads would see nothing), and write() has set what
  // the facilitator chose: only the state every new poll starts in. An unset resultsShown reads
  // as 'afterAnswering'.
  initialize(map) {
    map.set(K.pollResultsRevealed, false);
  },
  board: () => null,
  readTally: (stored, activity: PollActivity) => readPollTally(stored, activity),
} satisfies KindStorage<'poll'>;
