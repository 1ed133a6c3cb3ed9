import * as Y from 'yjs';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as encoding from 'lib0/encoding';
import type { LiveDoc } from '../docs/DocStore';
import { Limits } from '../../shared/protocol';
import type { Broadcaster, Peer } from './Peer';
import { PresenceOwners, type PresenceClaim, type PresenceOwner } from './presenceOwners';

interface Member {
  peer: Peer;
}

/** Origin of presence the server re-renders (not a member: broadcast to everyone). */
const serverPresenceOrigin = Symbol('server presence');

type AwarenessChanges = { added: number[]; updated: number[]; removed: number[] };

interface PendingUpdate {
  update: Uint8Array;
  /** The member whose message it was (they already have it), or null for server-made changes. */
  originId: string | null;
}

/**
 * The people in one loaded document. Relays document updates and presence to everyone else in
 * the room, and cleans up a person's presence when they leave. People's edits applied in one turn
 * of the event loop are sent as one merged update: under a storm of N editors that turns N
 * broadcasts (each a frame per member) into one, and socket writes are where the server's time
 * goes (bench/RESULTS.md).
 */
export class DocRoom {
  private readonly members = new Map<string, Member>();
  private pending: PendingUpdate[] = [];
  private flushScheduled = false;
  private readonly presence: PresenceOwners;

  constructor(
    readonly live: LiveDoc,
    private readonly broadcaster: Broadcaster,
    now: () => number = Date.now,
  ) {
    this.presence = new PresenceOwners(Limits.maxPresenceClientsPerDoc, Limits.presenceReservedMs, now);
    live.doc.on('update', this.handleUpdate);
    live.awareness.on('update', this.handleAwareness);
  }

  get name(): string {
    return this.live.name;
  }

  get size(): number {
    return this.members.size;
  }

  has(peer: Peer): boolean {
    return this.members.has(peer.id);
  }

  add(peer: Peer): void {
    if (this.members.has(peer.id)) return;
    this.members.set(peer.id, { peer });
    peer.subscribe(this.name);
    const present = [...this.live.awareness.getStates().keys()];
    if (present.length > 0) {
      peer.send('awareness', this.name, awarenessProtocol.encodeAwarenessUpdate(this.live.awareness, present));
    }
  }

  remove(peer: Peer): void {
    const member = this.members.get(peer.id);
    if (!member) return;
    this.members.delete(peer.id);
    peer.unsubscribe(this.name);
    const left = this.presence.leave(peer.id);
    if (left.length > 0) awarenessProtocol.removeAwarenessStates(this.live.awareness, left, 'left');
  }

  /**
   * Whether `owner` may set the presence of `setting` and remove that of `removing`: ids that
   * are someone else's here, or present from another server (relayed), are not theirs to touch.
   */
  checkPresence(owner: PresenceOwner, setting: readonly number[], removing: readonly number[]): PresenceClaim {
    const states = this.live.awareness.getStates();
    return this.presence.check(owner, setting, removing, (clientId) => states.has(clientId));
  }

  /** Applies a checked presence update from `peer` (already rewritten by the server). */
  applyPresence(owner: PresenceOwner, peer: Peer, update: Uint8Array, setting: readonly number[], removing: readonly number[]): void {
    this.presence.claim(owner, setting, removing);
    awarenessProtocol.applyAwarenessUpdate(this.live.awareness, update, peer);
  }

  /** The presence client ids `peer` owns here. */
  presenceOf(peer: Peer): number[] {
    return this.presence.ownedBy(peer.id);
  }

  /**
   * Replaces presence states the server itself re-renders (a new colour, a new role); everyone
   * gets it, the owner too, so their own copy follows.
   */
  replacePresence(update: Uint8Array): void {
    awarenessProtocol.applyAwarenessUpdate(this.live.awareness, update, serverPresenceOrigin);
  }

  /** Resolves after the updates applied so far have been relayed (so an ack can follow them). */
  relayed(): Promise<void> {
    return new Promise((resolve) => setImmediate(resolve));
  }

  destroy(): void {
    this.flush();
    this.live.doc.off('update', this.handleUpdate);
    this.live.awareness.off('update', this.handleAwareness);
    this.members.clear();
  }

  private originPeerId(origin: unknown): string | null {
    if (typeof origin !== 'object' || origin === null || !('id' in origin)) return null;
    const id = origin.id;
    return typeof id === 'string' && this.members.has(id) ? id : null;
  }

  private readonly handleUpdate = (update: Uint8Array, origin: unknown): void => {
    const originId = this.originPeerId(origin);
    this.pending.push({ update, originId });
    // Changes the server makes (workshop commands, restores) go out at once, as they always
    // did, so they still reach everyone before the command's ack; only people's edits wait.
    if (originId === null) {
      this.flush();
      return;
    }
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    setImmediate(this.flush);
  };

  private readonly flush = (): void => {
    this.flushScheduled = false;
    const batch = this.pending;
    if (batch.length === 0) return;
    this.pending = [];
    const first = batch[0]!;
    // One sender: everyone else gets it. Several: everyone gets the merge, senders included
    // (Yjs ignores what a doc already holds; one frame to them is cheaper than a merge per member).
    const oneOrigin = batch.every((pending) => pending.originId === first.originId);
    const update = batch.length === 1 ? first.update : Y.mergeUpdates(batch.map((pending) => pending.update));
    const encoder = encoding.createEncoder();
    syncProtocol.writeUpdate(encoder, update);
    this.broadcaster.broadcast(this.name, oneOrigin ? first.originId : null, 'sync', this.name, encoding.toUint8Array(encoder));
  };

  private readonly handleAwareness = ({ added, updated, removed }: AwarenessChanges, origin: unknown): void => {
    const originId = this.originPeerId(origin);
    const changed = [...added, ...updated, ...removed];
    if (changed.length === 0) return;
    const update = awarenessProtocol.encodeAwarenessUpdate(this.live.awareness, changed);
    this.broadcaster.broadcast(this.name, originId, 'awareness', this.name, update);
  };
}
