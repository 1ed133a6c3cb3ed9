import type { PresenceColor } from '../presence/palette';

/**
 * The zod-free half of the presence colour contract (`shared/api/presence.ts` has the schema), so
 * the app's header can read a person's colour without bundling zod into every page.
 */
export const PRESENCE_COLOR_PATH = '/api/me/presence-color';

export interface PresenceColorResponse {
  /** The person's own choice, or null when they have none. */
  chosen: PresenceColor | null;
  /** What others see now: the choice, or the derived colour. */
  color: PresenceColor;
}
