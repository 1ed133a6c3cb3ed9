import type * as Y from 'yjs';
import type { ActivityChanges, ActivityConfig } from '../activityConfig';
import { getActivity, listActivities } from '../activities';
import type { Actor } from '../actor';
import type { CommandOf } from '../commands';
import { fail, OK, WorkshopErrorCode as E, type Validation } from '../errors';
import { moduleOf } from '../kinds';
import { WorkshopLimits } from '../limits';
import type { Activity } from '../types';
import { asHost, existingActivity } from './guards';

/** Preparing the workshop: settings and agenda. Possible in draft and while running. */
const PREPARING = ['draft', 'running'] as const;

export function validateConfigure(
  pub: Y.Doc,
  _priv: Y.Doc,
  actor: Actor,
  command: CommandOf<'configure'>,
): Validation {
  const host = asHost(pub, actor, PREPARING);
  if (!host.ok) return host;
  // People decided whether to take part knowing these; a form resending the same values is fine.
  const changesAnonymity =
    (command.anonymous !== undefined && command.anonymous !== host.meta.anonymous) ||
    (command.facilitatorSeesAuthors !== undefined &&
      command.facilitatorSeesAuthors !== host.meta.facilitatorSeesAuthors);
  if (changesAnonymity && host.meta.status !== 'draft') {
    return fail(E.AnonymityFixed, 'anonymity is fixed once the workshop has started');
  }
  return OK;
}

/** A cluster or vote activity works on a brainstorm in the same workshop. */
function checkSource(pub: Y.Doc, settings: ActivityConfig | ActivityChanges): Validation {
  if (!('sourceActivityId' in settings)) return OK;
  const sourceId = settings.sourceActivityId;
  if (sourceId === undefined || sourceId === null) return OK;
  const source = getActivity(pub, sourceId);
  if (!source) return fail(E.UnknownActivity, `no activity ${sourceId}`);
  if (source.kind !== 'brainstorm') {
    return fail(E.WrongActivityKind, 'a cluster or vote activity works on a brainstorm');
  }
  return OK;
}

export function validateAddActivity(
  pub: Y.Doc,
  _priv: Y.Doc,
  actor: Actor,
  command: CommandOf<'addActivity'>,
): Validation {
  const host = asHost(pub, actor, PREPARING);
  if (!host.ok) return host;
  if (listActivities(pub).length >= WorkshopLimits.activities) {
    return fail(E.LimitReached, 'the agenda is full');
  }
  return checkSource(pub, command.activity);
}

/**
 * Prompt, timebox and who clusters may change at any time. What participants' input is
 * measured against (board, what is voted on, poll options) is fixed once the activity has
 * started — except that the facilitator may hand out more votes while voting is open.
 */
function checkChangeAllowed(activity: Activity, changes: ActivityChanges): Validation {
  if (activity.state === 'pending') return OK;
  return moduleOf(activity).checkStartedChange(activity, changes);
}

export function validateUpdateActivity(
  pub: Y.Doc,
  _priv: Y.Doc,
  actor: Actor,
  command: CommandOf<'updateActivity'>,
): Validation {
  const host = asHost(pub, actor, PREPARING);
  if (!host.ok) return host;
  const found = existingActivity(pub, command.activityId);
  if (!found.ok) return found;
  if (found.activity.kind !== command.changes.kind) {
    return fail(E.WrongActivityKind, `the activity is a ${found.activity.kind}`);
  }
  const allowed = checkChangeAllowed(found.activity, command.changes);
  if (!allowed.ok) return allowed;
  return checkSource(pub, command.changes);
}

export function validateMoveActivity(
  pub: Y.Doc,
  _priv: Y.Doc,
  actor: Actor,
  command: CommandOf<'moveActivity'>,
): Validation {
  const host = asHost(pub, actor, PREPARING);
  if (!host.ok) return host;
  const found = existingActivity(pub, command.activityId);
  return found.ok ? OK : found;
}

/** Only activities that never ran: anything else may have notes, votes or answers. */
export function validateRemoveActivity(
  pub: Y.Doc,
  _priv: Y.Doc,
  actor: Actor,
  command: CommandOf<'removeActivity'>,
): Validation {
  const host = asHost(pub, actor, PREPARING);
  if (!host.ok) return host;
  const found = existingActivity(pub, command.activityId);
  if (!found.ok) return found;
  return found.activity.state === 'pending'
    ? OK
    : fail(E.ActivityStarted, 'an activity that has run cannot be removed');
}
