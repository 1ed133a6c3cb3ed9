import { z } from 'zod';
import { PRESENCE_COLORS, type PresenceColor } from '../presence/palette';

/** HTTP contract for the colour others see a person's presence in (`/api/me/presence-color`). */
export { PRESENCE_COLOR_PATH, type PresenceColorResponse } from './presencePath';

const paletteColorSchema = z.enum(PRESENCE_COLORS as [PresenceColor, ...PresenceColor[]]);

/** Null goes back to the colour derived from the person's id. Only palette colours are taken. */
export const presenceColorBodySchema = z.object({ color: paletteColorSchema.nullable() }).strict();
export type PresenceColorBody = z.infer<typeof presenceColorBodySchema>;
