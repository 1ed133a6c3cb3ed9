import * as encoding from 'lib0/encoding';
import * as decoding from 'lib0/decoding';
import { Limits } from './limits';

/**
 * A catch-up too large for one sync message (a long offline session, a huge paste) travels as
 * numbered pieces, each under the per-message caps, carried by the ordinary `sync` event. The
 * server joins the pieces and applies the whole update at once, so nothing is applied half.
 *
 * Framing, after y-protocols' own (type, then one length-prefixed payload):
 *   varUint 3 (`messageCatchUpChunk`), varUint8Array payload, where payload is
 *   varUint id · varUint index · varUint total · varUint totalBytes · varUint8Array bytes.
 *
 * Pieces go in order, one at a time: each is acknowledged once received, the last one after the
 * joined update has been applied and stored (its ack is the update's ack).
 */

/** Sync message type of a catch-up piece; y-protocols uses 0 (step 1), 1 (step 2) and 2 (update). */
export const messageCatchUpChunk = 3;

/** Room for the framing around a piece's bytes (six varUints of at most 10 bytes each, rounded up). */
const FRAMING_BYTES = 64;

/**
 * The bytes one piece carries: under the message and update caps, and small enough that a slow
 * uplink (1 Mbit/s) sends it in about 2 s, so the heartbeat's pong is not stuck behind it long
 * enough for the server to take the connection for dead. Larger changes go in pieces.
 */
export const catchUpChunkBytes =
  Math.min(256 * 1024, Limits.maxMessageBytes, Limits.maxUpdateBytes) - FRAMING_BYTES;

/** Most pieces one catch-up may announce (the byte cap in small pieces, with room to spare). */
export const maxCatchUpChunks = 4096;

export interface CatchUpChunk {
  /** Chosen by the client; a new id for the same document replaces an unfinished catch-up. */
  id: number;
  /** 0-based position of this piece. */
  index: number;
  /** How many pieces the whole update has. */
  total: number;
  /** Length of the whole update, so the server can refuse an oversized one at the first piece. */
  totalBytes: number;
  bytes: Uint8Array;
}

/** A whole `sync` message (type and payload) carrying one piece. */
export function encodeCatchUpChunk(chunk: CatchUpChunk): Uint8Array {
  const payload = encoding.createEncoder();
  encoding.writeVarUint(payload, chunk.id);
  encoding.writeVarUint(payload, chunk.index);
  encoding.writeVarUint(payload, chunk.total);
  encoding.writeVarUint(payload, chunk.totalBytes);
  encoding.writeVarUint8Array(payload, chunk.bytes);
  const message = encoding.createEncoder();
  encoding.writeVarUint(message, messageCatchUpChunk);
  encoding.writeVarUint8Array(message, encoding.toUint8Array(payload));
  return encoding.toUint8Array(message);
}

/**
 * Reads a piece from the payload that follows the message type, or null when the bytes are not
 * one (truncated, trailing bytes, or numbers that cannot describe a piece).
 */
export function decodeCatchUpChunk(payload: Uint8Array): CatchUpChunk | null {
  try {
    const decoder = decoding.createDecoder(payload);
    const id = decoding.readVarUint(decoder);
    const index = decoding.readVarUint(decoder);
    const total = decoding.readVarUint(decoder);
    const totalBytes = decoding.readVarUint(decoder);
    const bytes = decoding.readVarUint8Array(decoder);
    if (decoding.hasContent(decoder)) return null;
    if (total < 1 || index >= total) return null;
    return { id, index, total, totalBytes, bytes };
  } catch {
    return null;
  }
}

/** Splits an update into pieces of at most `chunkBytes`, all sharing the catch-up id. */
export function splitCatchUp(
  id: number,
  update: Uint8Array,
  chunkBytes = catchUpChunkBytes,
): CatchUpChunk[] {
  const total = Math.max(1, Math.ceil(update.byteLength / chunkBytes));
  const chunks: CatchUpChunk[] = [];
  for (let index = 0; index < total; index++) {
    const start = index * chunkBytes;
    chunks.push({
      id,
      index,
      total,
      totalBytes: update.byteLength,
      bytes: update.subarray(start, Math.min(start + chunkBytes, update.byteLength)),
    });
  }
  return chunks;
}
