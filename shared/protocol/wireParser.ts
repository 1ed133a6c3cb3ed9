import msgpackParser from 'socket.io-msgpack-parser';

const inNode = typeof Buffer !== 'undefined';

/** A view's bytes as an ArrayBuffer of exactly that length (a copy). */
function bytesOf(view: ArrayBufferView): ArrayBuffer {
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength).slice().buffer;
}

/**
 * Binary as each build of MessagePack (notepack.io) encodes it as `bin`: in Node only a Buffer
 * (a Uint8Array would go out as its whole underlying buffer, an ArrayBuffer as an extension type
 * the browser cannot read); in the browser only an ArrayBuffer (a Uint8Array would go out as a
 * map of its indices).
 */
function asBin(arg: unknown): unknown {
  if (inNode) {
    if (Buffer.isBuffer(arg)) return arg;
    if (ArrayBuffer.isView(arg)) return Buffer.from(arg.buffer, arg.byteOffset, arg.byteLength);
    if (arg instanceof ArrayBuffer) return Buffer.from(arg);
    return arg;
  }
  return ArrayBuffer.isView(arg) ? bytesOf(arg) : arg;
}

/** Our events carry binary only as top-level arguments (Yjs and awareness updates). */
/** A Socket.IO packet as the parser sees it (type, namespace, arguments, ack id). */
interface Packet {
  type: number;
  nsp: string;
  data?: unknown;
  id?: number;
}

class Encoder extends msgpackParser.Encoder {
  override encode(packet: Packet): ArrayBuffer {
    if (!Array.isArray(packet.data)) return super.encode(packet);
    const data: unknown[] = packet.data;
    return super.encode({ ...packet, data: data.map(asBin) });
  }
}

/**
 * The browser build reads binary values from the start of the underlying buffer, not from the
 * view's offset: give it the frame's own bytes.
 */
class Decoder extends msgpackParser.Decoder {
  override add(frame: unknown): void {
    super.add(!inNode && ArrayBuffer.isView(frame) ? bytesOf(frame) : frame);
  }
}

/**
 * The Socket.IO packet codec, the same on server and clients. MessagePack puts a whole packet,
 * binary payload included, into one websocket frame; the default parser sends a text frame plus
 * a binary frame for every sync message, and socket writes are where an editing storm spends the
 * server's time (bench/RESULTS.md).
 */
export const wireParser = { ...msgpackParser, Encoder, Decoder };
