import type { Awareness } from 'y-protocols/awareness';

/**
 * Awareness local state of a person in a plan:
 * `{ user: { name, color, viewer? }, focusAreaId: string | null, cursor? }` (`cursor` is TipTap's).
 * The server replaces `user` with who the connection is, so name and colour can be trusted.
 */
export interface Peer {
  clientId: number;
  name: string;
  color: string;
  focusAreaId: string | null;
  isSelf: boolean;
  /** Read-only: shown watching, never with a caret (the server marks it). */
  viewer: boolean;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Remote states are untrusted input: anything malformed is left out, not shown half-way. */
export function readPeers(awareness: Awareness): Peer[] {
  const peers: Peer[] = [];
  awareness.getStates().forEach((state, clientId) => {
    const user: unknown = state.user;
    if (!isRecord(user) || typeof user.name !== 'string' || typeof user.color !== 'string') return;
    const name = user.name.trim().slice(0, 60);
    if (!name || !/^#[0-9a-fA-F]{6}$/.test(user.color)) return;
    peers.push({
      clientId,
      name,
      color: user.color,
      focusAreaId: typeof state.focusAreaId === 'string' ? state.focusAreaId : null,
      isSelf: clientId === awareness.clientID,
      viewer: user.viewer === true,
    });
  });
  return peers.sort((a, b) =>
    a.isSelf !== b.isSelf
      ? a.isSelf
        ? -1
        : 1
      : a.name.localeCompare(b.name) || a.clientId - b.clientId,
  );
}

export function peersKey(peers: readonly Peer[]): string {
  return peers
    .map(
      (peer) =>
        `${peer.clientId}\u0000${peer.name}\u0000${peer.color}\u0000${peer.focusAreaId ?? ''}\u0000${peer.viewer}`,
    )
    .join('\u0001');
}
