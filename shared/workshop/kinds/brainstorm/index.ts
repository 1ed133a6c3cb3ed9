import { boardMarkdown } from '../../export/boardMarkdown';
import { bool, num, oneOf } from '../../fields';
import { ActivityKeys as K } from '../../keys';
import { OK } from '../../errors';
import { readTally } from '../../tallies';
import { CLUSTERING_BY } from '../../types';
import { boardResult, type BoardResult } from '../../views/boardResult';
import type { KindModule } from '../kindModule';
import { brainstormConfig, type BrainstormChanges } from './settings';
import { recountBrainstorm } from './tally';
import type { BrainstormActivity } from './types';

export interface BrainstormResult {
  kind: 'brainstorm';
  activity: BrainstormActivity;
  board: BoardResult;
  written: number;
}

/** Notes written privately, revealed by the facilitator, then clustered on its own board. */
export const brainstormKind = {
  kind: 'brainstorm',
  configSchema: brainstormConfig,
  read: (map, common) => ({
    ...common,
    kind: 'brainstorm',
    notesRevealed: bool(map, K.notesRevealed),
    clusteringBy: oneOf(map, K.clusteringBy, CLUSTERING_BY, 'facilitators'),
  }),
  write(set, settings: BrainstormChanges) {
    set(K.clusteringBy, settings.clusteringBy);
  },
  initialize(map) {
    map.set(K.notesRevealed, false);
  },
  checkStartedChange: () => OK,
  board: (activity: BrainstormActivity) => activity.id,
  readTally: (stored) => ({ kind: 'brainstorm', notes: num(stored, 'notes', 0) }),
  recount(pub, priv, activity: BrainstormActivity) {
    recountBrainstorm(pub, priv, activity.id);
  },
  result(pub, activity: BrainstormActivity): BrainstormResult {
    const tally = readTally(pub, activity);
    const written = tally?.kind === 'brainstorm' ? tally.notes : 0;
    return { kind: 'brainstorm', activity, board: boardResult(pub, activity.id), written };
  },
  markdown: (result: BrainstormResult, context) => boardMarkdown(context.pub, result.board, context),
} satisfies KindModule<'brainstorm', BrainstormResult>;
