import { ErrorCode, Limits } from '../../shared/protocol';
import { decodeCatchUpChunk, maxCatchUpChunks } from '../../shared/protocol/catchUp';

export type CatchUpResult =
  /** The piece was taken; more are expected. */
  | { kind: 'partial' }
  /** The last piece arrived: the whole update, ready to apply. */
  | { kind: 'complete'; update: Uint8Array }
  /** The piece was refused and the document's unfinished catch-up dropped; the client resyncs. */
  | { kind: 'refused'; code: ErrorCode; message: string };

export interface CatchUpLimits {
  /** Largest catch-up, and the most all of one connection's unfinished catch-ups may buffer. */
  maxBytes: number;
  maxChunks: number;
  /** An unfinished catch-up without a new piece for this long is dropped. */
  idleMs: number;
}

const DEFAULT_LIMITS: CatchUpLimits = {
  maxBytes: Limits.maxCatchUpBytes,
  maxChunks: maxCatchUpChunks,
  idleMs: Limits.catchUpIdleMs,
};

interface InProgress {
  id: number;
  total: number;
  totalBytes: number;
  pieces: Uint8Array[];
  received: number;
  lastAt: number;
}

/**
 * Joins the pieces of one connection's large catch-ups (see shared/protocol/catchUp.ts) before
 * anything is applied: one catch-up at a time per document (a piece 0 starts a new one, replacing
 * any unfinished one), pieces strictly in order, and a memory bound for the connection. Any piece that does not fit drops that document's catch-up,
 * so a half-received update never lingers; the client's resync starts a new one.
 */
export class CatchUpAssembler {
  private readonly inProgress = new Map<string, InProgress>();
  private buffered = 0;

  constructor(
    private readonly limits: CatchUpLimits = DEFAULT_LIMITS,
    private readonly now: () => number = Date.now,
  ) {}

  /** Bytes held for unfinished catch-ups on this connection. */
  get bufferedBytes(): number {
    return this.buffered;
  }

  add(doc: string, payload: Uint8Array): CatchUpResult {
    this.dropIdle();
    const chunk = decodeCatchUpChunk(payload);
    if (!chunk) return this.refuse(doc, ErrorCode.MalformedUpdate, 'not a catch-up piece');
    if (chunk.total > this.limits.maxChunks) {
      return this.refuse(
        doc,
        ErrorCode.BadRequest,
        `a catch-up has at most ${this.limits.maxChunks} pieces`,
      );
    }
    if (chunk.totalBytes > this.limits.maxBytes) {
      return this.refuse(
        doc,
        ErrorCode.MessageTooLarge,
        `a catch-up is limited to ${this.limits.maxBytes} bytes`,
      );
    }
    let current = this.inProgress.get(doc);
    if (chunk.index === 0) {
      // One catch-up per document: a new one (the client resynced) replaces the unfinished one.
      this.drop(doc);
      current = {
        id: chunk.id,
        total: chunk.total,
        totalBytes: chunk.totalBytes,
        pieces: [],
        received: 0,
        lastAt: 0,
      };
      this.inProgress.set(doc, current);
    } else if (!current || current.id !== chunk.id) {
      return this.refuse(doc, ErrorCode.OutOfOrder, `catch-up ${chunk.id} must start with piece 0`);
    } else if (chunk.total !== current.total || chunk.totalBytes !== current.totalBytes) {
      return this.refuse(
        doc,
        ErrorCode.BadRequest,
        `piece ${chunk.index} does not match catch-up ${chunk.id}`,
      );
    } else if (chunk.index !== current.pieces.length) {
      return this.refuse(
        doc,
        ErrorCode.OutOfOrder,
        `catch-up ${chunk.id} expected piece ${current.pieces.length}, got ${chunk.index}`,
      );
    }
    const size = chunk.bytes.byteLength;
    if (current.received + size > current.totalBytes) {
      return this.refuse(
        doc,
        ErrorCode.BadRequest,
        `catch-up ${chunk.id} is larger than announced`,
      );
    }
    if (this.buffered + size > this.limits.maxBytes) {
      return this.refuse(
        doc,
        ErrorCode.MessageTooLarge,
        'too much unfinished catch-up on this connection',
      );
    }
    // A copy, so the piece does not keep the whole incoming frame alive.
    current.pieces.push(chunk.bytes.slice());
    current.received += size;
    current.lastAt = this.now();
    this.buffered += size;
    if (current.pieces.length < current.total) return { kind: 'partial' };
    const finished = current;
    this.drop(doc);
    if (finished.received !== finished.totalBytes) {
      return this.refuse(
        doc,
        ErrorCode.BadRequest,
        `catch-up ${chunk.id} is smaller than announced`,
      );
    }
    return { kind: 'complete', update: join(finished.pieces, finished.received) };
  }

  /** Forgets the document's unfinished catch-up (it was left, or replaced). */
  drop(doc: string): void {
    const current = this.inProgress.get(doc);
    if (!current) return;
    this.buffered -= current.received;
    this.inProgress.delete(doc);
  }

  clear(): void {
    this.inProgress.clear();
    this.buffered = 0;
  }

  private refuse(doc: string, code: ErrorCode, message: string): CatchUpResult {
    this.drop(doc);
    return { kind: 'refused', code, message };
  }

  private dropIdle(): void {
    const now = this.now();
    for (const [doc, current] of this.inProgress) {
      if (now - current.lastAt > this.limits.idleMs) this.drop(doc);
    }
  }
}

function join(pieces: Uint8Array[], length: number): Uint8Array {
  const whole = new Uint8Array(length);
  let offset = 0;
  for (const piece of pieces) {
    whole.set(piece, offset);
    offset += piece.byteLength;
  }
  return whole;
}
