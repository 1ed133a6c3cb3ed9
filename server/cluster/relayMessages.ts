import * as encoding from 'lib0/encoding';
import * as decoding from 'lib0/decoding';
import type { ReplicaSummary } from './replicaState';

/**
 * What servers tell each other about one document, on that document's channel. Each message
 * names the server that sent it, so a server ignores its own.
 */
export type RelayMessage =
  /** A change made on the sending server (by a client, a restore, a workshop command). */
  | { kind: 'update'; node: string; update: Uint8Array }
  /** What a replica lacked, sent in answer to its summary. */
  | { kind: 'diff'; node: string; update: Uint8Array }
  /** A replica's summary; `reply` when it answers another summary (and must not be answered with one). */
  | { kind: 'summary'; node: string; summary: ReplicaSummary; reply: boolean }
  /** Presence of people connected to the sending server (a y-protocols awareness update). */
  | { kind: 'awareness'; node: string; update: Uint8Array };

const Tag = { update: 0, diff: 1, summary: 2, summaryReply: 3, awareness: 4 } as const;

export function encodeRelayMessage(message: RelayMessage): Uint8Array {
  const encoder = encoding.createEncoder();
  switch (message.kind) {
    case 'update':
    case 'diff':
    case 'awareness':
      encoding.writeVarUint(encoder, Tag[message.kind]);
      encoding.writeVarString(encoder, message.node);
      encoding.writeVarUint8Array(encoder, message.update);
      break;
    case 'summary':
      encoding.writeVarUint(encoder, message.reply ? Tag.summaryReply : Tag.summary);
      encoding.writeVarString(encoder, message.node);
      encoding.writeVarUint8Array(encoder, message.summary.stateVector);
      encoding.writeVarUint8Array(encoder, message.summary.deletesDigest);
      break;
  }
  return encoding.toUint8Array(encoder);
}

/** Null for anything that is not a well-formed relay message (another version, a stray publish). */
export function decodeRelayMessage(bytes: Uint8Array): RelayMessage | null {
  try {
    const decoder = decoding.createDecoder(bytes);
    const tag = decoding.readVarUint(decoder);
    const node = decoding.readVarString(decoder);
    switch (tag) {
      case Tag.update:
        return { kind: 'update', node, update: decoding.readVarUint8Array(decoder) };
      case Tag.diff:
        return { kind: 'diff', node, update: decoding.readVarUint8Array(decoder) };
      case Tag.awareness:
        return { kind: 'awareness', node, update: decoding.readVarUint8Array(decoder) };
      case Tag.summary:
      case Tag.summaryReply: {
        const stateVector = decoding.readVarUint8Array(decoder);
        const deletesDigest = decoding.readVarUint8Array(decoder);
        return { kind: 'summary', node, summary: { stateVector, deletesDigest }, reply: tag === Tag.summaryReply };
      }
      default:
        return null;
    }
  } catch {
    return null;
  }
}
