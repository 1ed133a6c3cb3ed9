import type * as Y from 'yjs';
import type { Actor } from '../actor';
import type { WorkshopCommand } from '../commands';
import { fail, WorkshopErrorCode, type Validation } from '../errors';
import { entityId } from '../schemaFields';
import {
  validateAddActivity,
  validateConfigure,
  validateMoveActivity,
  validateRemoveActivity,
  validateUpdateActivity,
} from './validateAgenda';
import {
  validateAddNote,
  validateCreateCluster,
  validateDeleteCluster,
  validateDeleteNote,
  validateEditNote,
  validateMoveNote,
  validateRenameCluster,
} from './validateBoard';
import {
  validateEndGroups,
  validateHideNote,
  validateJoin,
  validateMergeParticipants,
  validateRemoveParticipant,
  validateSplitIntoGroups,
} from './validatePeople';
import {
  validateCompleteActivity,
  validateEnd,
  validateRevealNotes,
  validateRevealVotes,
  validateStart,
  validateStartActivity,
  validateSwitch,
  validateTimer,
} from './validateRun';
import { isKindCommand, kindCommand } from '../kinds';

/**
 * Whether `actor` may apply `command` to the workshop as it is now: role, workshop status,
 * current activity and its state, input lock, ownership, vote budget, breakout group, limits.
 * `command` must have passed `parseCommand`; this only reads the documents.
 */
export function validateCommand(
  pub: Y.Doc,
  priv: Y.Doc,
  actor: Actor,
  command: WorkshopCommand,
): Validation {
  // Private records are keyed by `activity:participant:target`; an id with ':' would blur them.
  if (!entityId.safeParse(actor.participantId).success) {
    return fail(WorkshopErrorCode.Forbidden, 'the server gave this person an invalid id');
  }
  // A kind's own commands (vote, answerPoll, …) are checked by their kind (kinds/index.ts).
  if (isKindCommand(command)) return kindCommand(command.type).validate(pub, priv, actor, command);
  switch (command.type) {
    case 'join':
      return validateJoin(pub, actor);
    case 'addNote':
      return validateAddNote(pub, priv, actor, command);
    case 'editNote':
      return validateEditNote(pub, priv, actor, command);
    case 'deleteNote':
      return validateDeleteNote(pub, priv, actor, command);
    case 'moveNote':
      return validateMoveNote(pub, priv, actor, command);
    case 'createCluster':
      return validateCreateCluster(pub, priv, actor, command);
    case 'renameCluster':
      return validateRenameCluster(pub, priv, actor, command);
    case 'deleteCluster':
      return validateDeleteCluster(pub, priv, actor, command);
    case 'configure':
      return validateConfigure(pub, priv, actor, command);
    case 'addActivity':
      return validateAddActivity(pub, priv, actor, command);
    case 'updateActivity':
      return validateUpdateActivity(pub, priv, actor, command);
    case 'moveActivity':
      return validateMoveActivity(pub, priv, actor, command);
    case 'removeActivity':
      return validateRemoveActivity(pub, priv, actor, command);
    case 'start':
      return validateStart(pub, actor);
    case 'startActivity':
      return validateStartActivity(pub, priv, actor, command);
    case 'completeActivity':
      return validateCompleteActivity(pub, priv, actor, command);
    case 'timerStart':
    case 'timerPause':
    case 'timerResume':
    case 'timerAddMinutes':
      return validateTimer(pub, priv, actor, command);
    case 'lockInput':
    case 'unlockInput':
    case 'setFollowMe':
      return validateSwitch(pub, actor, command);
    case 'revealNotes':
      return validateRevealNotes(pub, priv, actor, command);
    case 'revealVotes':
      return validateRevealVotes(pub, priv, actor, command);
    case 'hideNote':
    case 'unhideNote':
      return validateHideNote(pub, priv, actor, command);
    case 'removeParticipant':
      return validateRemoveParticipant(pub, priv, actor, command);
    case 'mergeParticipants':
      return validateMergeParticipants(pub, priv, actor, command);
    case 'splitIntoGroups':
      return validateSplitIntoGroups(pub, priv, actor, command);
    case 'endGroups':
      return validateEndGroups(pub, actor);
    case 'end':
      return validateEnd(pub, actor);
    default: {
      const unknown: never = command;
      throw new Error(`unknown command ${JSON.stringify(unknown)}`);
    }
  }
}
