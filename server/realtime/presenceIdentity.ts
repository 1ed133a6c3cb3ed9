import type { Awareness } from 'y-protocols/awareness';
import { parseDocName, type Access } from '../../shared/protocol';
import { effectivePresenceColor } from '../../shared/presence/palette';
import { renderPresenceState, type PresenceIdentity } from '../../shared/presence/presenceState';
import { displayNameOf, principalOf, type Identity } from '../auth/identity';
import type { AwarenessEntry } from './awarenessUpdate';
import type { PresenceOwner } from './presenceOwners';

/**
 * The name and colour a connection's presence is shown with: its session's, never what it sends.
 * `chosenColor` is a choice made since the session was read (undefined: none since).
 */
export function presenceIdentityOf(identity: Identity, access: Access, chosenColor?: string | null): PresenceIdentity {
  const key = principalOf(identity) ?? 'anonymous';
  const chosen =
    chosenColor !== undefined
      ? chosenColor
      : identity.kind === 'user'
      ? identity.user.presenceColor
      : identity.kind === 'guest'
        ? identity.guest.presenceColor
        : null;
  return {
    name: displayNameOf(identity) ?? 'Anonym',
    color: effectivePresenceColor(chosen, key),
    viewer: access === 'read',
  };
}

/**
 * Only plans show who is present by name: workshops may be anonymous, and discussions show no
 * presence, so there a state carries no `user` at all.
 */
export function showsWhoIsPresent(doc: string): boolean {
  return parseDocName(doc)?.kind === 'plan';
}

/** Whom a connection's client ids belong to; a connection without a person owns only its own. */
export function presenceOwnerOf(identity: Identity, peerId: string): PresenceOwner {
  return { peerId, principal: principalOf(identity) ?? `connection:${peerId}` };
}

/** The entries as others will see them: every state rendered with the server's identity. */
export function renderEntries(entries: readonly AwarenessEntry[], identity: PresenceIdentity | null): AwarenessEntry[] {
  return entries.map((entry) =>
    isRecord(entry.state) ? { ...entry, state: renderPresenceState(entry.state, identity) } : entry,
  );
}

/**
 * The current states of `clientIds` rendered again (a new colour, a new role), one clock
 * ahead so every client (the owner too) takes them; null when there is nothing to redo.
 */
export function rerenderedEntries(
  awareness: Awareness,
  clientIds: readonly number[],
  identity: PresenceIdentity | null,
): AwarenessEntry[] {
  const entries: AwarenessEntry[] = [];
  for (const clientId of clientIds) {
    const state = awareness.getStates().get(clientId);
    const meta = awareness.meta.get(clientId);
    if (!state || !meta) continue;
    entries.push({ clientId, clock: meta.clock + 1, state: renderPresenceState(state, identity) });
  }
  return entries;
}

/**
 * Entries that bring back a presence the server removed (its connection dropped, or it timed
 * out) carry the clock the client last used, which the removal already passed: y-protocols
 * would ignore them until the client had changed its presence twice more. They are moved one
 * clock past the removal; `resumed` lists them, for the owner's copy to follow.
 */
export function resumeClocks(
  awareness: Awareness,
  entries: readonly AwarenessEntry[],
): { entries: AwarenessEntry[]; resumed: AwarenessEntry[] } {
  const resumed: AwarenessEntry[] = [];
  const adjusted = entries.map((entry) => {
    const meta = awareness.meta.get(entry.clientId);
    if (entry.state === null || !meta || awareness.getStates().has(entry.clientId) || entry.clock > meta.clock) return entry;
    const moved = { ...entry, clock: meta.clock + 1 };
    resumed.push(moved);
    return moved;
  });
  return { entries: adjusted, resumed };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
