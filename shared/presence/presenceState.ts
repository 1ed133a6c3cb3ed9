/** Who the server says a presence belongs to; the only `user` others ever see. */
export interface PresenceIdentity {
  name: string;
  color: string;
  /** Read-only people are shown watching, not editing. */
  viewer: boolean;
}

/** What a viewer's presence keeps: who they are and where they look, never a caret or selection. */
const VIEWER_KEYS = new Set(['focusAreaId']);

/**
 * The presence state others see for a state a connection sent: its `user` replaced by the
 * server's identity of that connection (a forged name or colour never leaves the server), and
 * for a viewer everything but the focus area dropped.
 */
export function renderPresenceState(
  state: Record<string, unknown>,
  identity: PresenceIdentity | null,
): Record<string, unknown> {
  const rendered: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(state)) {
    if (key === 'user') continue;
    if (identity?.viewer && !VIEWER_KEYS.has(key)) continue;
    rendered[key] = value;
  }
  // Nobody to show (a workshop, where participants may be anonymous): no name at all.
  if (!identity) return rendered;
  rendered.user = identity.viewer
    ? { name: identity.name, color: identity.color, viewer: true }
    : { name: identity.name, color: identity.color };
  return rendered;
}
