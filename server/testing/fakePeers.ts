import type * as Y from 'yjs';
import * as syncProtocol from 'y-protocols/sync';
import * as encoding from 'lib0/encoding';
import * as decoding from 'lib0/decoding';
import {
  toUint8Array,
  type Binary,
  type Problem,
  type ServerToClientEvents,
} from '../../shared/protocol';
import type { Broadcaster, Peer } from '../realtime/Peer';

export type ServerEvent = keyof ServerToClientEvents;

export interface Received {
  event: ServerEvent;
  args: unknown[];
  /** Sent to this peer alone, or as part of a room broadcast. */
  via: 'send' | 'broadcast';
}

/** A Peer that records what the server sends it; no Socket.IO involved. */
export class FakePeer implements Peer {
  readonly inbox: Received[] = [];
  readonly subscriptions = new Set<string>();

  constructor(readonly id: string) {}

  send<E extends ServerEvent>(event: E, ...args: Parameters<ServerToClientEvents[E]>): void {
    this.inbox.push({ event, args, via: 'send' });
  }

  subscribe(doc: string): void {
    this.subscriptions.add(doc);
  }

  unsubscribe(doc: string): void {
    this.subscriptions.delete(doc);
  }

  /** Binary payloads of `sync` or `awareness` messages received for `doc`, oldest first. */
  payloads(event: 'sync' | 'awareness', doc: string, via?: Received['via']): Uint8Array[] {
    return this.inbox
      .filter((m) => m.event === event && m.args[0] === doc && (via === undefined || m.via === via))
      .map((m) => toUint8Array(m.args[1] as Binary));
  }

  problems(): Problem[] {
    return this.inbox.filter((m) => m.event === 'problem').map((m) => m.args[0] as Problem);
  }

  clear(): void {
    this.inbox.length = 0;
  }
}

/** A Broadcaster that delivers to the FakePeers subscribed to a document, like a Socket.IO room. */
export class FakeHub implements Broadcaster {
  private readonly peers = new Map<string, FakePeer>();

  peer(id: string): FakePeer {
    const peer = new FakePeer(id);
    this.peers.set(id, peer);
    return peer;
  }

  broadcast<E extends ServerEvent>(
    doc: string,
    exceptPeerId: string | null,
    event: E,
    ...args: Parameters<ServerToClientEvents[E]>
  ): void {
    for (const peer of this.peers.values()) {
      if (peer.id === exceptPeerId || !peer.subscriptions.has(doc)) continue;
      peer.inbox.push({ event, args, via: 'broadcast' });
    }
  }
}

// --- y-protocols messages, as a client would build and read them ---

export function syncStep1(doc: Y.Doc): Uint8Array {
  const encoder = encoding.createEncoder();
  syncProtocol.writeSyncStep1(encoder, doc);
  return encoding.toUint8Array(encoder);
}

export function updateMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  syncProtocol.writeUpdate(encoder, update);
  return encoding.toUint8Array(encoder);
}

/** A sync message with any type and payload (for malformed cases). */
export function syncFrame(type: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, type);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

export function readSyncFrame(message: Uint8Array): { type: number; payload: Uint8Array } {
  const decoder = decoding.createDecoder(message);
  const type = decoding.readVarUint(decoder);
  return { type, payload: decoding.readVarUint8Array(decoder) };
}

export interface RawAwarenessEntry {
  clientId: number;
  clock: number;
  /** Serialised as JSON unless `json` gives the raw string. */
  state?: unknown;
  json?: string;
}

/** Encodes an awareness update by hand (y-protocols framing), so tests need no Awareness timers. */
export function awarenessUpdate(entries: readonly RawAwarenessEntry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const entry of entries) {
    encoding.writeVarUint(encoder, entry.clientId);
    encoding.writeVarUint(encoder, entry.clock);
    encoding.writeVarString(encoder, entry.json ?? JSON.stringify(entry.state ?? null));
  }
  return encoding.toUint8Array(encoder);
}
