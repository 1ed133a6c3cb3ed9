import type * as Y from 'yjs';
import type { Actor, ApplyContext, CommandOutcome } from '../actor';

/** What every apply function works with. They run after validation, inside transactions. */
export interface Scope {
  pub: Y.Doc;
  priv: Y.Doc;
  actor: Actor;
  ctx: ApplyContext;
}

export const DONE: CommandOutcome = { type: 'done' };
