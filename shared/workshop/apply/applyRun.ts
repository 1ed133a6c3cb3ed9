import { getActivity, listActivities } from '../activities';
import { readyToStart } from '../validate/validateRun';
import type { CommandOutcome } from '../actor';
import type { CommandOf, WorkshopCommand } from '../commands';
import { ActivityKeys, MetaKeys } from '../keys';
import { activitiesMap, metaMap, readMeta, readTimer, writeTimer } from '../publicDoc';
import { addMinutes, IDLE_TIMER, pauseTimer, resumeTimer, startTimer } from '../timer';
import { closeGroups } from './applyPeople';
import { revealNotes as publishPending } from './publish';
import { DONE, type Scope } from './scope';

function setState(scope: Scope, activityId: string | null, state: 'active' | 'done'): void {
  if (activityId !== null) activitiesMap(scope.pub).get(activityId)?.set(ActivityKeys.state, state);
}

/**
 * With `firstActivity`, the first pending activity starts at once, with its timer when it has a
 * timebox, as its own "Start" button would: nobody waits for a second click. One that cannot
 * start yet (a vote without its brainstorm) is left for the facilitator to fix.
 */
export function start(scope: Scope, command: CommandOf<'start'>): CommandOutcome {
  metaMap(scope.pub).set(MetaKeys.status, 'running');
  if (command.firstActivity !== true) return DONE;
  const first = listActivities(scope.pub).find((activity) => activity.state === 'pending');
  if (first && readyToStart(scope.pub, first)) {
    startActivity(scope, {
      type: 'startActivity',
      activityId: first.id,
      startTimer: first.timeboxMinutes !== null,
    });
  }
  return DONE;
}

/**
 * The running activity (if another) is done; input opens again, since "pens down" was about
 * the activity before; the timer belongs to the new activity or to none.
 */
export function startActivity(scope: Scope, command: CommandOf<'startActivity'>): CommandOutcome {
  const { pub, ctx } = scope;
  const previous = getActivity(pub, readMeta(pub).currentActivityId);
  if (previous?.state === 'active') setState(scope, previous.id, 'done');
  setState(scope, command.activityId, 'active');
  const meta = metaMap(pub);
  meta.set(MetaKeys.currentActivityId, command.activityId);
  meta.set(MetaKeys.inputLocked, false);
  const timebox = getActivity(pub, command.activityId)?.timeboxMinutes ?? null;
  writeTimer(
    pub,
    command.startTimer === true && timebox !== null
      ? startTimer(command.activityId, timebox, ctx.now)
      : IDLE_TIMER,
  );
  return DONE;
}

/** The activity stays current, so everyone keeps looking at it (and its results). */
export function completeActivity(
  scope: Scope,
  command: CommandOf<'completeActivity'>,
): CommandOutcome {
  setState(scope, command.activityId, 'done');
  const timer = readTimer(scope.pub);
  if (timer.type !== 'idle' && timer.activityId === command.activityId) {
    writeTimer(scope.pub, IDLE_TIMER);
  }
  return DONE;
}

type TimerCommand = Extract<
  WorkshopCommand,
  { type: 'timerStart' | 'timerPause' | 'timerResume' | 'timerAddMinutes' }
>;

export function timer(scope: Scope, command: TimerCommand): CommandOutcome {
  const { pub, ctx } = scope;
  const current = readTimer(pub);
  switch (command.type) {
    case 'timerStart': {
      const activity = getActivity(pub, readMeta(pub).currentActivityId);
      const minutes = command.minutes ?? activity?.timeboxMinutes ?? null;
      if (activity && minutes !== null) writeTimer(pub, startTimer(activity.id, minutes, ctx.now));
      return DONE;
    }
    case 'timerPause':
      writeTimer(pub, pauseTimer(current, ctx.now));
      return DONE;
    case 'timerResume':
      writeTimer(pub, resumeTimer(current, ctx.now));
      return DONE;
    case 'timerAddMinutes':
      writeTimer(pub, addMinutes(current, command.minutes, ctx.now));
      return DONE;
    default: {
      const unknown: never = command;
      throw new Error(`unknown timer command ${JSON.stringify(unknown)}`);
    }
  }
}

export function setSwitch(
  scope: Scope,
  command: Extract<WorkshopCommand, { type: 'lockInput' | 'unlockInput' | 'setFollowMe' }>,
): CommandOutcome {
  const meta = metaMap(scope.pub);
  const [key, value] =
    command.type === 'setFollowMe'
      ? [MetaKeys.followMe, command.on]
      : [MetaKeys.inputLocked, command.type === 'lockInput'];
  if (meta.get(key) !== value) meta.set(key, value);
  return DONE;
}

export function revealNotes(scope: Scope, command: CommandOf<'revealNotes'>): CommandOutcome {
  const count = publishPending(scope.pub, scope.priv, command.activityId, scope.ctx.seed);
  activitiesMap(scope.pub).get(command.activityId)?.set(ActivityKeys.notesRevealed, true);
  return { type: 'revealed', activityId: command.activityId, count };
}

/** Ending is final: the running activity is done, the timer stops, breakouts close. */
export function end(scope: Scope): CommandOutcome {
  const current = getActivity(scope.pub, readMeta(scope.pub).currentActivityId);
  if (current?.state === 'active') setState(scope, current.id, 'done');
  writeTimer(scope.pub, IDLE_TIMER);
  closeGroups(scope.pub);
  metaMap(scope.pub).set(MetaKeys.status, 'ended');
  return DONE;
}
