import { derivedPresenceColor, type PresenceColor } from '../../shared/presence/palette';

/**
 * The server's last answer about a person's colour, kept with whom it was about: after a logout
 * or a guest joining in the same tab, the previous person's colour must not be shown.
 */
export interface KnownPresenceColor {
  principal: string;
  color: PresenceColor;
}

/** The server's answer for this person, or null while there is none (loading, offline). */
export function answerFor(known: KnownPresenceColor | null, principal: string | null): PresenceColor | null {
  return known !== null && known.principal === principal ? known.color : null;
}

/**
 * The colour to show for this person: the server's answer, and until there is one the colour the
 * server itself shows everyone who has not chosen (derived from the same key), so the page
 * differs from what others see only while a chosen colour is on its way.
 */
export function shownPresenceColor(answer: PresenceColor | null, principal: string): PresenceColor {
  return answer ?? derivedPresenceColor(principal);
}
