import type { Me } from '../../../shared/api/auth';

/**
 * The id this person has among a workshop's participants. It mirrors the server's
 * `participantIdOf` (server/workshops/WorkshopRunner.ts): the principal with '-' for ':'.
 * Knowing it lets the page show "you are in group 2" and "you were removed" from the public doc.
 */
export function participantIdOf(me: Me | null): string | null {
  return me ? `${me.kind}-${me.id}` : null;
}
