import type * as Y from 'yjs';
import { getActivity } from '../activities';
import type { Actor } from '../actor';
import type { CommandOf, WorkshopCommand } from '../commands';
import { fail, OK, WorkshopErrorCode as E, type Validation } from '../errors';
import { readTimer } from '../publicDoc';
import type { Activity } from '../types';
import { asHost, existingActivity, revealable } from './guards';

/** Running the workshop: its status, the current activity, the timer, reveals. */

/**
 * Starting the workshop may start its first activity too (`firstActivity`), so one click gets
 * everyone going; an agenda whose first activity cannot start yet still lets the workshop start.
 */
export function validateStart(pub: Y.Doc, actor: Actor): Validation {
  const host = asHost(pub, actor, ['draft']);
  return host.ok ? OK : host;
}

/** A cluster or vote works on a brainstorm, so it cannot start before one is chosen. */
export function readyToStart(pub: Y.Doc, activity: Activity): boolean {
  if (activity.kind !== 'cluster' && activity.kind !== 'vote') return true;
  return getActivity(pub, activity.sourceActivityId)?.kind === 'brainstorm';
}

export function validateEnd(pub: Y.Doc, actor: Actor): Validation {
  const host = asHost(pub, actor, ['running']);
  return host.ok ? OK : host;
}

/**
 * Starting an activity ends the one running (there is one current activity for everyone,
 * breakouts included). A done activity may be started again: facilitators do go back.
 */
export function validateStartActivity(
  pub: Y.Doc,
  _priv: Y.Doc,
  actor: Actor,
  command: CommandOf<'startActivity'>,
): Validation {
  const host = asHost(pub, actor, ['running']);
  if (!host.ok) return host;
  const found = existingActivity(pub, command.activityId);
  if (!found.ok) return found;
  const { activity } = found;
  if (activity.state === 'active') return fail(E.InvalidTransition, 'the activity is running');
  if (!readyToStart(pub, activity)) {
    return fail(E.ActivityNotReady, 'choose the brainstorm this activity works on');
  }
  if (command.startTimer === true && activity.timeboxMinutes === null) {
    return fail(E.ActivityNotReady, 'the activity has no timebox to start a timer with');
  }
  return OK;
}

export function validateCompleteActivity(
  pub: Y.Doc,
  _priv: Y.Doc,
  actor: Actor,
  command: CommandOf<'completeActivity'>,
): Validation {
  const host = asHost(pub, actor, ['running']);
  if (!host.ok) return host;
  const found = existingActivity(pub, command.activityId);
  if (!found.ok) return found;
  return found.activity.state === 'active'
    ? OK
    : fail(E.ActivityNotActive, `the activity is ${found.activity.state}`);
}

type TimerCommand = Extract<
  WorkshopCommand,
  { type: 'timerStart' | 'timerPause' | 'timerResume' | 'timerAddMinutes' }
>;

/** The timer belongs to the current activity, which must be running to start one. */
export function validateTimer(pub: Y.Doc, _priv: Y.Doc, actor: Actor, command: TimerCommand) {
  const host = asHost(pub, actor, ['running']);
  if (!host.ok) return host;
  const timer = readTimer(pub);
  switch (command.type) {
    case 'timerStart': {
      const activity = getActivity(pub, host.meta.currentActivityId);
      if (activity?.state !== 'active') return fail(E.ActivityNotActive, 'no activity is running');
      if (command.minutes === undefined && activity.timeboxMinutes === null) {
        return fail(E.TimerState, 'say how many minutes; the activity has no timebox');
      }
      return OK;
    }
    case 'timerPause':
      return timer.type === 'running' ? OK : fail(E.TimerState, `the timer is ${timer.type}`);
    case 'timerResume':
      return timer.type === 'paused' ? OK : fail(E.TimerState, `the timer is ${timer.type}`);
    case 'timerAddMinutes':
      return timer.type === 'idle' ? fail(E.TimerState, 'no timer is set') : OK;
    default: {
      const unknown: never = command;
      throw new Error(`unknown timer command ${JSON.stringify(unknown)}`);
    }
  }
}

/** Setting a switch to the state it has is a harmless no-op, so a resent command is fine. */
export function validateSwitch(
  pub: Y.Doc,
  actor: Actor,
  command: Extract<WorkshopCommand, { type: 'lockInput' | 'unlockInput' | 'setFollowMe' }>,
): Validation {
  const statuses =
    command.type === 'setFollowMe' ? (['draft', 'running'] as const) : ['running' as const];
  const host = asHost(pub, actor, statuses);
  return host.ok ? OK : host;
}

export function validateRevealNotes(
  pub: Y.Doc,
  _priv: Y.Doc,
  actor: Actor,
  command: CommandOf<'revealNotes'>,
): Validation {
  return revealable(pub, actor, command.activityId, 'brainstorm', (activity) => activity.notesRevealed);
}

export function validateRevealVotes(
  pub: Y.Doc,
  _priv: Y.Doc,
  actor: Actor,
  command: CommandOf<'revealVotes'>,
): Validation {
  return revealable(pub, actor, command.activityId, 'vote', (activity) => activity.votesRevealed);
}
