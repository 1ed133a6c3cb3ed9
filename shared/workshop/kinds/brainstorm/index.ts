import { boardMarkdown } from '../../export/boardMarkdown';
import { OK } from '../../errors';
import { readTally } from '../../tallies';
import { boardResult, type BoardResult } from '../../views/boardResult';
import type { KindModule } from '../kindModule';
import { brainstormConfig } from './settings';
import { brainstormStorage } from './storage';
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
  ...brainstormStorage,
  configSchema: brainstormConfig,
  checkStartedChange: () => OK,
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
