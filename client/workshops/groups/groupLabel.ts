import type { TFunction } from 'i18next';
import type { Group } from '../../../shared/workshop/types';

/** A group's name, or "Group 3" when the facilitator left it empty. */
export function groupLabel(group: Group, t: TFunction): string {
  return group.name.trim() || t('workshopBoard.groups.groupName', { number: group.number });
}
