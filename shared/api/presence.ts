import { z } from 'zod';
import { PRESENCE_COLORS, type PresenceColor } from '../presence/palette';

/** HTTP contract for the colour others see a person's presence in (`/api/me/presence-color`). */
export const PRESENCE_COLOR_PATH = '/api/me/presence-color';

const paletteColorSchema = z.enum(PRESENCE_COLORS as [PresenceColor, ...PresenceColor[]]);

/** Null goes back to the colour derived from the person's id. Only palette colours are taken. */
export const presenceColorBodySchema = z.object({ color: paletteColorSchema.nullable() }).strict();
export type PresenceColorBody = z.infer<typeof presenceColorBodySchema>;

export interface PresenceColorResponse {
  /** The person's own choice, or null when they have none. */
  chosen: PresenceColor | null;
  /** What others see now: the choice, or the derived colour. */
  color: PresenceColor;
}
