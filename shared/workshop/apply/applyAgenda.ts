import { deleteItem, insertItem, moveItem } from '../../plan/items';
import { getActivity, writeActivitySettings } from '../activities';
import type { CommandOutcome } from '../actor';
import type { CommandOf } from '../commands';
import { ActivityKeys, MetaKeys } from '../keys';
import { kindModule, moduleOf } from '../kinds';
import { activitiesMap, metaMap, talliesMap } from '../publicDoc';
import { DONE, type Scope } from './scope';

export function configure(scope: Scope, command: CommandOf<'configure'>): CommandOutcome {
  const meta = metaMap(scope.pub);
  const set = (key: string, value: unknown) => {
    if (value !== undefined && meta.get(key) !== value) meta.set(key, value);
  };
  set(MetaKeys.title, command.title);
  set(MetaKeys.goal, command.goal);
  set(MetaKeys.date, command.date);
  set(MetaKeys.anonymous, command.anonymous);
  set(MetaKeys.facilitatorSeesAuthors, command.facilitatorSeesAuthors);
  return DONE;
}

export function addActivity(scope: Scope, command: CommandOf<'addActivity'>): CommandOutcome {
  const id = scope.ctx.newId();
  insertItem(activitiesMap(scope.pub), { id, index: command.index }, (activity) => {
    writeActivitySettings(activity, command.activity);
    activity.set(ActivityKeys.state, 'pending');
    kindModule(command.activity.kind).initialize?.(activity);
  });
  return { type: 'created', id };
}

export function updateActivity(scope: Scope, command: CommandOf<'updateActivity'>): CommandOutcome {
  const map = activitiesMap(scope.pub).get(command.activityId);
  if (!map) return DONE;
  writeActivitySettings(map, command.changes);
  const activity = getActivity(scope.pub, command.activityId);
  if (activity) moduleOf(activity).afterUpdate?.(scope, activity);
  return DONE;
}

export function moveActivity(scope: Scope, command: CommandOf<'moveActivity'>): CommandOutcome {
  moveItem(activitiesMap(scope.pub), command.activityId, command.index);
  return DONE;
}

/** Activities that worked on a removed brainstorm lose their source and must be given another. */
export function removeActivity(scope: Scope, command: CommandOf<'removeActivity'>): CommandOutcome {
  const activities = activitiesMap(scope.pub);
  deleteItem(activities, command.activityId);
  talliesMap(scope.pub).delete(command.activityId);
  activities.forEach((map) => {
    if (map.get(ActivityKeys.sourceActivityId) === command.activityId) {
      map.set(ActivityKeys.sourceActivityId, null);
    }
  });
  return DONE;
}
