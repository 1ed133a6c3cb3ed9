import * as Y from 'yjs';
import * as syncProtocol from 'y-protocols/sync';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as encoding from 'lib0/encoding';
import * as decoding from 'lib0/decoding';
import {
  ErrorCode,
  Limits,
  PROTOCOL_VERSION,
  joinRequestSchema,
  parseDocName,
  type Access,
  type JoinResult,
  type Problem,
  type SyncAck,
} from '../../shared/protocol';
import type { AccessPolicy } from '../auth/access';
import type { Identity } from '../auth/identity';
import type { DocRoom } from './DocRoom';
import type { Peer } from './Peer';
import type { Rooms } from './Rooms';
import { touchedSections } from '../../shared/plan/touchedSections';
import { TokenBucket } from './TokenBucket';
import { decodeAwarenessUpdate } from './awarenessUpdate';

export interface SessionDeps {
  rooms: Rooms;
  access: AccessPolicy;
  /** Resolves once every change applied so far is committed (the durable ack). */
  whenDurable: () => Promise<void>;
  onError?: (error: unknown, context: string) => void;
  /** Told when a write is refused for lack of rights (for the audit log). */
  onRefusedWrite?: (identity: Identity, doc: string) => void;
  /**
   * Told which sections of a plan document a write from this connection changed (for "changed
   * by" in comparisons). Called synchronously after the update is applied; must not throw.
   */
  onEdit?: (identity: Identity, planId: string, sections: ReadonlySet<string>) => void;
  now?: () => number;
}

interface Joined {
  room: DocRoom;
  access: Access;
}

type Refusal = { ok: false; code: ErrorCode; message: string };

function refuse(code: ErrorCode, message: string): Refusal {
  return { ok: false, code, message };
}

/**
 * Whether `doc` has integrated every insertion of `update`. Cheap in the usual case: when Yjs
 * parked nothing, everything applied went in.
 */
function holdsAll(doc: Y.Doc, update: Uint8Array): boolean {
  if (doc.store.pendingStructs === null) return true;
  const notIntegrated = Y.diffUpdate(update, Y.encodeStateVector(doc));
  return Y.decodeUpdate(notIntegrated).structs.length === 0;
}

/**
 * Everything one connection may do, decided here and nowhere else: which documents it holds,
 * what it may change, and how fast. Knows nothing of Socket.IO (see socketEdge.ts).
 */
export class PeerSession {
  private readonly joined = new Map<string, Joined>();
  private readonly joining = new Set<string>();
  private readonly syncRate: TokenBucket;
  private readonly awarenessRate: TokenBucket;
  private closed = false;
  /** Counts rechecks, so a join under way can tell that its decision may be out of date. */
  private rechecks = 0;

  constructor(
    private readonly peer: Peer,
    readonly identity: Identity,
    private readonly deps: SessionDeps,
  ) {
    this.syncRate = new TokenBucket(Limits.syncPerSecond, Limits.syncBurst, deps.now);
    this.awarenessRate = new TokenBucket(Limits.awarenessPerSecond, Limits.awarenessBurst, deps.now);
  }

  async join(request: unknown): Promise<JoinResult> {
    const parsed = joinRequestSchema.safeParse(request);
    if (!parsed.success) {
      const unknownDoc = parsed.error.issues.some((issue) => issue.path[0] === 'doc');
      return unknownDoc
        ? refuse(ErrorCode.UnknownDocument, 'not a document name')
        : refuse(ErrorCode.BadRequest, 'join needs { doc, protocol }');
    }
    const { doc, protocol } = parsed.data;
    if (protocol !== PROTOCOL_VERSION) {
      return refuse(ErrorCode.ProtocolMismatch, `server speaks protocol ${PROTOCOL_VERSION}, client ${protocol}`);
    }
    const existing = this.joined.get(doc);
    if (existing) return { ok: true, access: existing.access };
    if (this.joining.has(doc)) return refuse(ErrorCode.BadRequest, 'already joining this document');
    if (this.joined.size + this.joining.size >= Limits.maxDocsPerConnection) {
      return refuse(ErrorCode.TooManyDocuments, `at most ${Limits.maxDocsPerConnection} documents per connection`);
    }
    this.joining.add(doc);
    try {
      let checked = this.rechecks;
      let decision = await this.deps.access.decide(this.identity, doc);
      if (decision === 'unknown') return refuse(ErrorCode.UnknownDocument, `no document ${doc}`);
      if (decision === 'none') return refuse(ErrorCode.Forbidden, `no access to ${doc}`);
      const room = await this.deps.rooms.enter(doc, this.peer);
      try {
        // Rights changed while the document loaded: the recheck could not reach it yet, so decide again.
        while (checked !== this.rechecks && !this.closed) {
          checked = this.rechecks;
          decision = await this.deps.access.decide(this.identity, doc);
        }
      } catch (error) {
        this.deps.rooms.exit(doc, this.peer);
        throw error;
      }
      if (this.closed || decision === 'unknown' || decision === 'none') {
        this.deps.rooms.exit(doc, this.peer);
        if (this.closed) return refuse(ErrorCode.BadRequest, 'connection closed');
        return decision === 'unknown'
          ? refuse(ErrorCode.UnknownDocument, `no document ${doc}`)
          : refuse(ErrorCode.Forbidden, `no access to ${doc}`);
      }
      this.joined.set(doc, { room, access: decision });
      return { ok: true, access: decision };
    } catch (error) {
      this.deps.onError?.(error, `loading ${doc}`);
      return refuse(ErrorCode.StorageFailed, 'the document could not be loaded; try again');
    } finally {
      this.joining.delete(doc);
    }
  }

  leave(doc: unknown): void {
    if (typeof doc !== 'string' || !this.joined.has(doc)) return;
    this.joined.delete(doc);
    this.deps.rooms.exit(doc, this.peer);
  }

  async sync(doc: unknown, message: Uint8Array): Promise<SyncAck> {
    const joined = typeof doc === 'string' ? this.joined.get(doc) : undefined;
    if (!joined) return refuse(ErrorCode.NotJoined, 'join the document first');
    if (message.byteLength > Limits.maxMessageBytes) {
      return refuse(ErrorCode.MessageTooLarge, `sync messages are limited to ${Limits.maxMessageBytes} bytes`);
    }
    if (!this.syncRate.take()) return refuse(ErrorCode.RateLimited, 'too many sync messages; resync later');
    let type: number;
    let payload: Uint8Array;
    try {
      const decoder = decoding.createDecoder(message);
      type = decoding.readVarUint(decoder);
      payload = decoding.readVarUint8Array(decoder);
    } catch {
      return refuse(ErrorCode.MalformedUpdate, 'not a y-protocols sync message');
    }
    switch (type) {
      case syncProtocol.messageYjsSyncStep1:
        return this.answerStep1(joined, payload);
      case syncProtocol.messageYjsSyncStep2:
      case syncProtocol.messageYjsUpdate:
        return this.applyUpdate(joined, payload);
      default:
        return refuse(ErrorCode.MalformedUpdate, `unknown sync message type ${type}`);
    }
  }

  /** Returns a problem to report, or null when the presence update was applied. */
  awareness(doc: unknown, update: Uint8Array): Problem | null {
    const joined = typeof doc === 'string' ? this.joined.get(doc) : undefined;
    if (!joined) return { code: ErrorCode.NotJoined, message: 'join the document first' };
    const name = joined.room.name;
    if (update.byteLength > Limits.maxAwarenessBytes) {
      return { code: ErrorCode.MessageTooLarge, message: `presence is limited to ${Limits.maxAwarenessBytes} bytes`, doc: name };
    }
    if (!this.awarenessRate.take()) {
      return { code: ErrorCode.RateLimited, message: 'too many presence updates', doc: name };
    }
    const entries = decodeAwarenessUpdate(update);
    if (!entries) return { code: ErrorCode.MalformedUpdate, message: 'not a valid presence update', doc: name };
    if (joined.room.claimsOthersPresence(this.peer, entries.map((entry) => entry.clientId))) {
      return { code: ErrorCode.Forbidden, message: "cannot change someone else's presence", doc: name };
    }
    awarenessProtocol.applyAwarenessUpdate(joined.room.live.awareness, update, this.peer);
    return null;
  }

  /**
   * Decides again what this connection may do with each open document, after a role change or
   * a revoked link: a downgrade takes effect at once, and withdrawn access closes the document.
   */
  async recheck(): Promise<void> {
    this.rechecks++;
    for (const [doc, joined] of [...this.joined]) {
      const decision = await this.deps.access.decide(this.identity, doc);
      if (this.joined.get(doc) !== joined) continue;
      if (decision === 'read' || decision === 'write') {
        if (decision === joined.access) continue;
        joined.access = decision;
        this.peer.send('access', doc, decision);
        continue;
      }
      this.leave(doc);
      this.peer.send('access', doc, null);
      this.peer.send('problem', { code: ErrorCode.Forbidden, message: 'access to this document was withdrawn', doc });
    }
  }

  /** Whether the document is open here (joined and not withdrawn since). */
  hasJoined(doc: string): boolean {
    return this.joined.has(doc);
  }

  /** Names of the documents open here. */
  joinedDocs(): string[] {
    return [...this.joined.keys()];
  }

  /** Whether the document is open here or being opened (so an access change must reach it). */
  holds(doc: string): boolean {
    return this.joined.has(doc) || this.joining.has(doc);
  }

  close(): void {
    this.closed = true;
    for (const doc of [...this.joined.keys()]) this.leave(doc);
  }

  private answerStep1(joined: Joined, stateVector: Uint8Array): SyncAck {
    const { doc } = joined.room.live;
    let step2: Uint8Array;
    try {
      step2 = Y.encodeStateAsUpdate(doc, stateVector);
    } catch {
      return refuse(ErrorCode.MalformedUpdate, 'not a state vector');
    }
    const reply = encoding.createEncoder();
    encoding.writeVarUint(reply, syncProtocol.messageYjsSyncStep2);
    encoding.writeVarUint8Array(reply, step2);
    this.peer.send('sync', joined.room.name, encoding.toUint8Array(reply));
    // Our own step 1 asks the client for whatever we are missing (its offline edits).
    const ask = encoding.createEncoder();
    syncProtocol.writeSyncStep1(ask, doc);
    this.peer.send('sync', joined.room.name, encoding.toUint8Array(ask));
    return { ok: true };
  }

  /** Applies the update, and tells `onEdit` which plan sections this peer's transaction changed. */
  private applyAndAttribute(joined: Joined, update: Uint8Array): void {
    const { doc } = joined.room.live;
    const parsed = parseDocName(joined.room.name);
    const onEdit = this.deps.onEdit;
    if (!onEdit || parsed?.kind !== 'plan') {
      Y.applyUpdate(doc, update, this.peer);
      return;
    }
    const sections = new Set<string>();
    const listener = (transaction: Y.Transaction) => {
      if (transaction.origin !== this.peer) return;
      for (const section of touchedSections(transaction)) sections.add(section);
    };
    doc.on('afterTransaction', listener);
    try {
      Y.applyUpdate(doc, update, this.peer);
    } finally {
      doc.off('afterTransaction', listener);
    }
    if (sections.size === 0) return;
    try {
      onEdit(this.identity, parsed.id, sections);
    } catch (error) {
      this.deps.onError?.(error, `recording who edited ${joined.room.name}`);
    }
  }

  private async applyUpdate(joined: Joined, update: Uint8Array): Promise<SyncAck> {
    if (joined.access !== 'write') {
      this.deps.onRefusedWrite?.(this.identity, joined.room.name);
      return refuse(ErrorCode.ReadOnly, 'this connection may only read');
    }
    try {
      // Decoding first rejects malformed bytes before anything touches the live document.
      Y.decodeUpdate(update);
      this.applyAndAttribute(joined, update);
    } catch {
      return refuse(ErrorCode.MalformedUpdate, 'not a Yjs update');
    }
    // Yjs parks an update whose predecessors it has not seen (one refused by the rate limit, say):
    // nothing of it is stored yet, so it must not be acknowledged as stored.
    if (!holdsAll(joined.room.live.doc, update)) {
      return refuse(ErrorCode.OutOfOrder, 'this change builds on changes the server has not received');
    }
    try {
      await this.deps.whenDurable();
      // The room relays in the same turn the commit finishes; the ack follows it, as before batching.
      await joined.room.relayed();
      return { ok: true };
    } catch (error) {
      this.deps.onError?.(error, `storing ${joined.room.name}`);
      return refuse(ErrorCode.StorageFailed, 'the change could not be stored');
    }
  }
}
