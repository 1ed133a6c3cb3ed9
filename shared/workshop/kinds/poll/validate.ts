import type * as Y from 'yjs';
import type { Actor } from '../../actor';
import { fail, OK, WorkshopErrorCode as E, type Validation } from '../../errors';
import { asMember, currentActivity, inputOpen, revealable } from '../../validate/guards';
import type { AnswerPollCommand, RevealPollCommand } from './commands';

/** An answer replaces the person's previous one, so changing one's mind needs no undo. */
export function validateAnswerPoll(
  pub: Y.Doc,
  _priv: Y.Doc,
  actor: Actor,
  command: AnswerPollCommand,
): Validation {
  const member = asMember(pub, actor);
  if (!member.ok) return member;
  const found = currentActivity(pub, member.meta, command.activityId, ['poll']);
  if (!found.ok) return found;
  const open = inputOpen(member.meta, member.host);
  if (!open.ok) return open;
  const { options, multiple } = found.activity;
  if (new Set(command.options).size !== command.options.length) {
    return fail(E.InvalidPollAnswer, 'an option is chosen twice');
  }
  if (command.options.some((index) => index >= options.length)) {
    return fail(E.InvalidPollAnswer, `the poll has ${options.length} options`);
  }
  if (!multiple && command.options.length !== 1) {
    return fail(E.InvalidPollAnswer, 'choose exactly one option');
  }
  return OK;
}

/** Any poll that has run or runs now; revealing twice is refused so a double click is harmless. */
export function validateRevealPoll(
  pub: Y.Doc,
  _priv: Y.Doc,
  actor: Actor,
  command: RevealPollCommand,
): Validation {
  return revealable(pub, actor, command.activityId, 'poll', (activity) => activity.resultsRevealed);
}
