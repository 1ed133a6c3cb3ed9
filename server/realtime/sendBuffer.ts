import { Limits } from '../../shared/protocol';

/** How much may wait to be sent to one socket (see Limits.sendBufferSoftBytes/HardBytes). */
export interface SendBufferLimits {
  /** Above this, presence to the socket is dropped: it is renewed anyway, and live edits matter more. */
  softBytes: number;
  /** Above this, the socket is disconnected; it resyncs when it reconnects. */
  hardBytes: number;
}

export const defaultSendBufferLimits: SendBufferLimits = {
  softBytes: Limits.sendBufferSoftBytes,
  hardBytes: Limits.sendBufferHardBytes,
};

/**
 * The parts of engine.io's socket (`socket.conn`) that hold unsent data: packets waiting while
 * the transport is busy (`writeBuffer`, private in its types) and what the websocket has handed
 * to the OS socket without it being written yet (ws's `bufferedAmount`).
 */
interface EngineConnView {
  writeBuffer?: readonly { data?: unknown }[];
  transport?: { socket?: { bufferedAmount?: unknown } };
}

function packetBytes(data: unknown): number {
  if (typeof data === 'string') return data.length;
  if (data instanceof ArrayBuffer) return data.byteLength;
  if (ArrayBuffer.isView(data)) return data.byteLength;
  return 0;
}

/** Bytes queued for a socket and not yet written to the network. */
export function queuedBytes(conn: unknown): number {
  const view = conn as EngineConnView;
  let bytes = 0;
  for (const packet of view.writeBuffer ?? []) bytes += packetBytes(packet.data);
  const buffered = view.transport?.socket?.bufferedAmount;
  return bytes + (typeof buffered === 'number' ? buffered : 0);
}

export type SendPressure = 'ok' | 'soft' | 'hard';

export function sendPressure(conn: unknown, limits: SendBufferLimits): SendPressure {
  const bytes = queuedBytes(conn);
  if (bytes > limits.hardBytes) return 'hard';
  if (bytes > limits.softBytes) return 'soft';
  return 'ok';
}
