import type { Role } from '../../../shared/auth/roles';
import { editsDirectly, maySuggest } from '../../../shared/discussion/permissions';
import type { DiscussionSettings } from '../../../shared/discussion/types';
import type { EditMode } from './discussionContext';

const keyFor = (planId: string) => `medverk.editMode.${planId}`;

/** The mode the person last chose in this plan (in this browser); editing when never chosen. */
export function storedEditMode(planId: string): EditMode {
  try {
    return localStorage.getItem(keyFor(planId)) === 'suggesting' ? 'suggesting' : 'editing';
  } catch {
    return 'editing';
  }
}

export function storeEditMode(planId: string, mode: EditMode): void {
  try {
    localStorage.setItem(keyFor(planId), mode);
  } catch {
    // Private browsing or a full storage: the choice holds for this visit only.
  }
}

/**
 * The mode in force: what the person chose, unless the plan is suggest-only for them (then
 * suggesting, whatever they chose). Those who may not suggest edit (or only read).
 */
export function effectiveEditMode(chosen: EditMode, role: Role | null, settings: DiscussionSettings): EditMode {
  if (!maySuggest(role)) return 'editing';
  if (!editsDirectly(role, settings)) return 'suggesting';
  return chosen;
}

/** Whether the person may switch between the modes at all. */
export function mayChooseEditMode(role: Role | null, settings: DiscussionSettings): boolean {
  return maySuggest(role) && editsDirectly(role, settings);
}
