/**
 * How others see a person in a plan: the name from their account or invitation, and the colour
 * the server keeps for them (their choice, or one derived from their id).
 */
export interface Identity {
  name: string;
  color: string;
}
