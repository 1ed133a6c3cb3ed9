import * as Y from 'yjs';
import { ErrorCode, type Access, type SyncAck } from '../../shared/protocol';
import type { UpdateVerdict } from '../../shared/plan/schema/checkUpdate';
import type { Identity } from '../auth/identity';
import { gapsOnly, type UpdateRules } from '../docs/updateRules';
import type { DocRoom } from './DocRoom';
import type { Peer } from './Peer';
import { ByteBudget } from './ByteBudget';
import { CatchUpAssembler } from './CatchUpAssembler';
import type { DocGrowthBudgets } from './DocGrowthBudgets';
import { refuse, type Refusal } from './refusal';

export interface WriterDeps {
  /** Resolves once every change applied so far is committed (the durable ack). */
  whenDurable: () => Promise<void>;
  onError?: (error: unknown, context: string) => void;
  /** Told when a write is refused for lack of rights (for the audit log). */
  onRefusedWrite?: (identity: Identity, doc: string) => void;
  /**
   * Told of each transaction that applied an update from this connection (edit attribution).
   * Called synchronously after the update is applied; must not throw.
   */
  onEdit?: (identity: Identity, docName: string, transaction: Y.Transaction) => void;
  /**
   * Decides whether an update may be applied, without applying it: the document's shape and
   * whether it builds only on what the server has. Defaults to the latter alone.
   */
  checkUpdate?: UpdateRules;
  /** Told when an update is refused for breaking the document's shape (a buggy or hostile client). */
  onInvalidChange?: (identity: Identity, doc: string, reason: string) => void;
  now?: () => number;
  /** How fast each document may grow, shared by all sessions; absent, no per-document cap. */
  docGrowth?: DocGrowthBudgets;
  /** Whether storage can take `bytes` more now; while it cannot, edits are refused unapplied. */
  storageAccepting?: (bytes: number) => boolean;
}

/** A document one connection has open, and what it may do with it. */
export interface Joined {
  room: DocRoom;
  access: Access;
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
 * How one connection's changes get into its documents: its byte budgets, the document's rules
 * (checked before anything is applied, so a refused update leaves no trace), a large catch-up
 * joined from pieces, and the ack only once the change is committed.
 */
export class DocWriter {
  /** Large catch-ups arriving in pieces, joined before they are applied. */
  private readonly catchUps: CatchUpAssembler;
  private readonly byteBudget: ByteBudget;

  constructor(
    private readonly peer: Peer,
    private readonly identity: Identity,
    private readonly deps: WriterDeps,
  ) {
    this.catchUps = new CatchUpAssembler(undefined, deps.now);
    this.byteBudget = new ByteBudget(deps);
  }

  /** Forgets a document's unfinished catch-up (the connection left it). */
  drop(doc: string): void {
    this.catchUps.drop(doc);
  }

  /** Each piece is acked on arrival; the last one with the result of applying the joined update. */
  async receiveCatchUpPiece(joined: Joined, piece: Uint8Array): Promise<SyncAck> {
    // A reader's piece takes the way of any write from it (refused and audited), before any buffering.
    if (joined.access !== 'write') return this.applyUpdate(joined, piece);
    // Paid piece by piece, so a catch-up larger than a burst is paced rather than refused whole.
    const over = this.checkBudgets(joined, piece.byteLength);
    if (over) return over;
    const result = this.catchUps.add(joined.room.name, piece);
    if (result.kind === 'refused') return refuse(result.code, result.message);
    if (result.kind === 'partial') return { ok: true };
    return this.applyUpdate(joined, result.update, true);
  }

  /** Applies the update, and tells `onEdit` of the transaction it made. */
  private applyAndAttribute(joined: Joined, update: Uint8Array): void {
    const { doc } = joined.room.live;
    const onEdit = this.deps.onEdit;
    if (!onEdit) {
      Y.applyUpdate(doc, update, this.peer);
      return;
    }
    const listener = (transaction: Y.Transaction) => {
      if (transaction.origin !== this.peer) return;
      try {
        onEdit(this.identity, joined.room.name, transaction);
      } catch (error) {
        this.deps.onError?.(error, `recording who edited ${joined.room.name}`);
      }
    };
    doc.on('afterTransaction', listener);
    try {
      Y.applyUpdate(doc, update, this.peer);
    } finally {
      doc.off('afterTransaction', listener);
    }
  }

  /** Bytes limits (ByteBudget.ts), checked before anything is applied; spends nothing when refusing. */
  private checkBudgets(joined: Joined, bytes: number): Refusal | null {
    const over = this.byteBudget.check(joined.room.name, bytes);
    return over ? refuse(over.code, over.message) : null;
  }

  /** `paid`: the bytes were charged already (a catch-up is charged piece by piece). */
  async applyUpdate(joined: Joined, update: Uint8Array, paid = false): Promise<SyncAck> {
    if (joined.access !== 'write') {
      this.deps.onRefusedWrite?.(this.identity, joined.room.name);
      return refuse(ErrorCode.ReadOnly, 'this connection may only read');
    }
    if (!paid) {
      const over = this.checkBudgets(joined, update.byteLength);
      if (over) return over;
    }
    // Checked before anything touches the live document: a refused update leaves no trace in it.
    let verdict: UpdateVerdict;
    try {
      verdict = (this.deps.checkUpdate ?? gapsOnly)(joined.room.live, update);
    } catch {
      return refuse(ErrorCode.MalformedUpdate, 'not a Yjs update');
    }
    if (!verdict.ok) {
      // A gap: Yjs would park the update in memory until its predecessors came, so it is
      // refused and the client's new handshake sends what is missing.
      if (verdict.kind === 'gap')
        return refuse(
          ErrorCode.OutOfOrder,
          `this change builds on changes the server has not received (${verdict.reason}); resync`,
        );
      this.deps.onInvalidChange?.(this.identity, joined.room.name, verdict.reason);
      return refuse(
        ErrorCode.InvalidChange,
        `this change would break the document: ${verdict.reason}`,
      );
    }
    try {
      this.applyAndAttribute(joined, update);
    } catch (error) {
      this.deps.onError?.(error, `applying a checked update to ${joined.room.name}`);
      return refuse(ErrorCode.MalformedUpdate, 'not a Yjs update');
    }
    // The check above should make this impossible; if Yjs parked something anyway, say so loudly
    // rather than acknowledge what is not stored.
    if (!holdsAll(joined.room.live.doc, update)) {
      this.deps.onError?.(new Error('an update was parked after its check'), joined.room.name);
      return refuse(
        ErrorCode.OutOfOrder,
        'this change builds on changes the server has not received',
      );
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
