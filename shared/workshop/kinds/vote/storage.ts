import { bool, num, oneOf, strOrNull } from '../../fields';
import { ActivityKeys as K } from '../../keys';
import { VOTE_ON } from '../../types';
import type { KindStorage } from '../kindModule';
import type { VoteChanges } from './settings';
import { readVoteTally } from './tally';
import type { VoteActivity } from './types';

/** A vote activity in the public doc (see `KindStorage`). */
export const voteStorage = {
  kind: 'vote',
  read: (map, common) => ({
    ...common,
    kind: 'vote',
    sourceActivityId: strOrNull(map, K.sourceActivityId),
    voteOn: oneOf(map, K.voteOn, VOTE_ON, 'notes'),
    votesPerPerson: num(map, K.votesPerPerson, 1),
    votesRevealed: bool(map, K.votesRevealed),
  }),
  write(set, settings: VoteChanges) {
    set(K.sourceActivityId, settings.sourceActivityId);
    set(K.voteOn, settings.voteOn);
    set(K.votesPerPerson, settings.votesPerPerson);
  },
  initialize(map) {
    map.set(K.votesRevealed, false);
  },
  board: (activity: VoteActivity) => activity.sourceActivityId,
  readTally: (stored) => readVoteTally(stored),
} satisfies KindStorage<'vote'>;
