import * as syncProtocol from 'y-protocols/sync';
import * as encoding from 'lib0/encoding';
import * as decoding from 'lib0/decoding';
import {
  ErrorCode,
  Limits,
  PROTOCOL_VERSION,
  joinRequestSchema,
  type JoinResult,
  type Problem,
  type SyncAck,
} from '../../shared/protocol';
import type { AccessPolicy } from '../auth/access';
import type { Identity } from '../auth/identity';
import type { Peer } from './Peer';
import type { Rooms } from './Rooms';
import { DocWriter, type Joined, type WriterDeps } from './DocWriter';
import { refuse } from './refusal';
import { TokenBucket } from '../../shared/protocol/TokenBucket';
import { decodeAwarenessUpdate, encodeAwarenessEntries } from './awarenessUpdate';
import {
  presenceIdentityOf,
  presenceOwnerOf,
  renderEntries,
  rerenderedEntries,
  resumeClocks,
  showsWhoIsPresent,
} from './presenceIdentity';
import { messageCatchUpChunk } from '../../shared/protocol/catchUp';

export interface SessionDeps extends WriterDeps {
  rooms: Rooms;
  access: AccessPolicy;
}

/**
 * Everything one connection may do, decided here and nowhere else: which documents it holds,
 * what it may change, and how fast. Knows nothing of Socket.IO (see socketEdge.ts).
 */
export class PeerSession {
  private readonly joined = new Map<string, Joined>();
  /** Joins under way, by document. */
  private readonly joining = new Map<string, Promise<JoinResult>>();
  /** Documents left while their join was under way. */
  private readonly leaveWhenJoined = new Set<string>();
  private readonly syncRate: TokenBucket;
  private readonly awarenessRate: TokenBucket;
  private readonly writer: DocWriter;
  private closed = false;
  /** A presence colour chosen since the session was read; undefined while none. */
  private chosenPresenceColor: string | null | undefined = undefined;
  /** Counts rechecks, so a join under way can tell that its decision may be out of date. */
  private rechecks = 0;

  constructor(
    private readonly peer: Peer,
    readonly identity: Identity,
    private readonly deps: SessionDeps,
  ) {
    this.syncRate = new TokenBucket(Limits.syncPerSecond, Limits.syncBurst, deps.now);
    this.awarenessRate = new TokenBucket(
      Limits.awarenessPerSecond,
      Limits.awarenessBurst,
      deps.now,
    );
    this.writer = new DocWriter(peer, identity, deps);
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
      return refuse(
        ErrorCode.ProtocolMismatch,
        `server speaks protocol ${PROTOCOL_VERSION}, client ${protocol}`,
      );
    }
    // A join already under way for this document (a page that closed and reopened it before the
    // first answer came, say) is finished first; this one then sees its outcome.
    for (let inFlight = this.joining.get(doc); inFlight; inFlight = this.joining.get(doc))
      await inFlight;
    const existing = this.joined.get(doc);
    if (existing) return { ok: true, access: existing.access };
    if (this.joined.size + this.joining.size >= Limits.maxDocsPerConnection) {
      return refuse(
        ErrorCode.TooManyDocuments,
        `at most ${Limits.maxDocsPerConnection} documents per connection`,
      );
    }
    const attempt = this.enter(doc);
    this.joining.set(doc, attempt);
    try {
      const result = await attempt;
      // Left while the join was under way: the leave takes effect now that there is something to leave.
      if (this.leaveWhenJoined.delete(doc)) this.leave(doc);
      return result;
    } finally {
      this.joining.delete(doc);
      this.leaveWhenJoined.delete(doc);
    }
  }

  private async enter(doc: string): Promise<JoinResult> {
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
    }
  }

  leave(doc: unknown): void {
    if (typeof doc === 'string' && this.joining.has(doc)) this.leaveWhenJoined.add(doc);
    if (typeof doc !== 'string' || !this.joined.has(doc)) return;
    this.joined.delete(doc);
    this.writer.drop(doc);
    this.deps.rooms.exit(doc, this.peer);
  }

  async sync(doc: unknown, message: Uint8Array): Promise<SyncAck> {
    const joined = typeof doc === 'string' ? this.joined.get(doc) : undefined;
    if (!joined) return refuse(ErrorCode.NotJoined, 'join the document first');
    if (message.byteLength > Limits.maxMessageBytes) {
      return refuse(
        ErrorCode.MessageTooLarge,
        `sync messages are limited to ${Limits.maxMessageBytes} bytes`,
      );
    }
    if (!this.syncRate.take())
      return refuse(ErrorCode.RateLimited, 'too many sync messages; resync later');
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
        return this.writer.applyUpdate(joined, payload);
      case messageCatchUpChunk:
        return this.writer.receiveCatchUpPiece(joined, payload);
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
      return {
        code: ErrorCode.MessageTooLarge,
        message: `presence is limited to ${Limits.maxAwarenessBytes} bytes`,
        doc: name,
      };
    }
    if (!this.awarenessRate.take()) {
      return { code: ErrorCode.RateLimited, message: 'too many presence updates', doc: name };
    }
    const entries = decodeAwarenessUpdate(update);
    if (!entries)
      return { code: ErrorCode.MalformedUpdate, message: 'not a valid presence update', doc: name };
    const setting = entries.filter((entry) => entry.state !== null).map((entry) => entry.clientId);
    const removing = entries.filter((entry) => entry.state === null).map((entry) => entry.clientId);
    const owner = presenceOwnerOf(this.identity, this.peer.id);
    const claim = joined.room.checkPresence(owner, setting, removing);
    switch (claim) {
      case 'ok':
        break;
      case 'taken':
        return {
          code: ErrorCode.PresenceTaken,
          message: "cannot change someone else's presence",
          doc: name,
        };
      case 'too-many':
        return {
          code: ErrorCode.PresenceLimit,
          message: `at most ${Limits.maxPresenceClientsPerDoc} presence client ids per connection`,
          doc: name,
        };
      default: {
        const never: never = claim;
        return never;
      }
    }
    const rendered = resumeClocks(joined.room.live.awareness, renderEntries(entries, this.presenceIdentity(joined)));
    joined.room.applyPresence(owner, this.peer, encodeAwarenessEntries(rendered.entries), setting, removing);
    if (rendered.resumed.length > 0) this.peer.send('awareness', name, encodeAwarenessEntries(rendered.resumed));
    return null;
  }

  /**
   * The person chose a colour (here or on another server): their presence in every open
   * document is shown in it from now on, at once.
   */
  setPresenceColor(color: string | null): void {
    this.chosenPresenceColor = color;
    for (const joined of this.joined.values()) this.rerenderPresence(joined);
  }

  private presenceIdentity(joined: Joined) {
    if (!showsWhoIsPresent(joined.room.name)) return null;
    return presenceIdentityOf(this.identity, joined.access, this.chosenPresenceColor);
  }

  private rerenderPresence(joined: Joined): void {
    const { room } = joined;
    const entries = rerenderedEntries(room.live.awareness, room.presenceOf(this.peer), this.presenceIdentity(joined));
    if (entries.length > 0) room.replacePresence(encodeAwarenessEntries(entries));
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
        // A viewer now (or an editor again): others see it at once.
        this.rerenderPresence(joined);
        this.peer.send('access', doc, decision);
        continue;
      }
      this.leave(doc);
      this.peer.send('access', doc, null);
      this.peer.send('problem', {
        code: ErrorCode.Forbidden,
        message: 'access to this document was withdrawn',
        doc,
      });
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

  private async answerStep1(joined: Joined, stateVector: Uint8Array): Promise<SyncAck> {
    const { doc, wholeState } = joined.room.live;
    let step2: Uint8Array;
    try {
      // A new client's answer is the same bytes for everyone: encoded once, not per join.
      step2 = wholeState.missingFor(stateVector);
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
    // The ack says everything the server holds is durable: a client's resync ends on it.
    try {
      await this.deps.whenDurable();
    } catch (error) {
      this.deps.onError?.(error, `storing ${joined.room.name}`);
      return refuse(ErrorCode.StorageFailed, 'the document could not be stored');
    }
    return { ok: true };
  }
}
