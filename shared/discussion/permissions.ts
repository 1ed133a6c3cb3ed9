import type { Role } from '../auth/roles';
import type { DiscussionSettings } from './types';

/**
 * Who may do what with a plan's threads and suggestions. One table for the server's checks and
 * for the client, which only hides controls with it. Participants (workshop guests) see nothing.
 */
export function mayReadDiscussion(role: Role | null | undefined): boolean {
  return role === 'owner' || role === 'editor' || role === 'facilitator' || role === 'observer';
}

export function mayComment(role: Role | null | undefined, settings: DiscussionSettings): boolean {
  if (role === 'owner' || role === 'editor' || role === 'facilitator') return true;
  return role === 'observer' && settings.observersMayComment;
}

/** Suggesting changes the plan's text, so it is for those who may edit it. */
export function maySuggest(role: Role | null | undefined): boolean {
  return role === 'owner' || role === 'editor' || role === 'facilitator';
}

export function mayDecide(role: Role | null | undefined, settings: DiscussionSettings): boolean {
  return role === 'owner' || (role === 'editor' && settings.editorsMayDecide);
}

/** Resolving closes a conversation for everyone: the people who comment may. */
export const mayResolve = mayComment;

/** Whether the person edits the plan document directly, given the plan's suggest-only setting. */
export function editsDirectly(role: Role | null | undefined, settings: DiscussionSettings): boolean {
  if (role === 'owner') return true;
  return (role === 'editor' || role === 'facilitator') && !settings.suggestOnly;
}
