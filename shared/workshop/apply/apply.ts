import type * as Y from 'yjs';
import type { Actor, ApplyContext, ApplyResult, CommandOutcome } from '../actor';
import type { WorkshopCommand } from '../commands';
import { validateCommand } from '../validate/validate';
import {
  addActivity,
  configure,
  moveActivity,
  removeActivity,
  updateActivity,
} from './applyAgenda';
import {
  addNote,
  createCluster,
  deleteCluster,
  deleteNote,
  editNote,
  moveNote,
  renameCluster,
} from './applyBoard';
import {
  endGroups,
  hideNote,
  join,
  removeParticipant,
  splitIntoGroups,
  unhideNote,
} from './applyPeople';
import {
  completeActivity,
  end,
  revealNotes,
  setSwitch,
  start,
  startActivity,
  timer,
} from './applyRun';
import { mergeParticipants } from './applyMerge';
import { isKindCommand, kindCommand } from '../kinds';
import { revealVotes } from '../kinds/vote/apply';
import { recountAll } from './tallying';
import { DONE, type Scope } from './scope';

/**
 * Validates `command` and, if it may be applied, applies it: the private doc first, then the
 * public one, each in one transaction (so each emits one update). `command` must have passed
 * `parseCommand`. Nothing here throws for a refused command; it returns why.
 */
export function applyCommand(
  pub: Y.Doc,
  priv: Y.Doc,
  actor: Actor,
  command: WorkshopCommand,
  ctx: ApplyContext,
): ApplyResult {
  const valid = validateCommand(pub, priv, actor, command);
  if (!valid.ok) return valid;
  const scope: Scope = { pub, priv, actor, ctx };
  let outcome: CommandOutcome = DONE;
  priv.transact(() => {
    pub.transact(() => {
      outcome = dispatch(scope, command);
    }, ctx.origin ?? null);
  }, ctx.origin ?? null);
  return { ok: true, outcome };
}

function dispatch(scope: Scope, command: WorkshopCommand): CommandOutcome {
  // A kind's own commands (vote, answerPoll, …) are applied by their kind (kinds/index.ts).
  if (isKindCommand(command)) return kindCommand(command.type).apply(scope, command);
  switch (command.type) {
    case 'join':
      return join(scope, command);
    case 'addNote':
      return addNote(scope, command);
    case 'editNote':
      return editNote(scope, command);
    case 'deleteNote':
      return deleteNote(scope, command);
    case 'moveNote':
      return moveNote(scope, command);
    case 'createCluster':
      return createCluster(scope, command);
    case 'renameCluster':
      return renameCluster(scope, command);
    case 'deleteCluster':
      return deleteCluster(scope, command);
    case 'configure':
      return configure(scope, command);
    case 'addActivity':
      return addActivity(scope, command);
    case 'updateActivity':
      return updateActivity(scope, command);
    case 'moveActivity':
      return moveActivity(scope, command);
    case 'removeActivity':
      return removeActivity(scope, command);
    case 'start':
      return start(scope, command);
    case 'startActivity':
      return startActivity(scope, command);
    case 'completeActivity':
      return completeActivity(scope, command);
    case 'timerStart':
    case 'timerPause':
    case 'timerResume':
    case 'timerAddMinutes':
      return timer(scope, command);
    case 'lockInput':
    case 'unlockInput':
    case 'setFollowMe':
      return setSwitch(scope, command);
    case 'revealNotes':
      return revealNotes(scope, command);
    case 'revealVotes':
      return revealVotes(scope, command);
    case 'hideNote':
      return hideNote(scope, command);
    case 'unhideNote':
      return unhideNote(scope, command);
    case 'removeParticipant':
      return removeParticipant(scope, command);
    case 'mergeParticipants':
      return mergeParticipants(scope, command);
    case 'splitIntoGroups':
      return splitIntoGroups(scope, command);
    case 'endGroups':
      return endGroups(scope);
    case 'end': {
      const outcome = end(scope);
      // Counts held back until a reveal (polls) may be public once the workshop is over.
      recountAll(scope.pub, scope.priv);
      return outcome;
    }
    default: {
      const unknown: never = command;
      throw new Error(`unknown command ${JSON.stringify(unknown)}`);
    }
  }
}
