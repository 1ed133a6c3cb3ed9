import { describe, it, expect } from 'vitest';
import { wireParser } from './wireParser';

interface Packet {
  type: number;
  nsp: string;
  data?: unknown[];
  id?: number;
}

function roundTrip(packet: Packet): Packet {
  const encoded = new wireParser.Encoder().encode(packet) as unknown as unknown[];
  const decoder = new wireParser.Decoder();
  let decoded: Packet | null = null;
  (decoder as unknown as { on(event: string, listener: (packet: Packet) => void): void }).on(
    'decoded',
    (packet) => (decoded = packet),
  );
  for (const frame of encoded) decoder.add(frame);
  if (!decoded) throw new Error('nothing decoded');
  return decoded;
}

function bytes(value: unknown): number[] {
  if (value instanceof ArrayBuffer) return [...new Uint8Array(value)];
  if (ArrayBuffer.isView(value))
    return [...new Uint8Array(value.buffer, value.byteOffset, value.byteLength)];
  throw new Error(`not binary: ${String(value)}`);
}

describe('wireParser', () => {
  it('sends a view into a larger buffer as exactly its own bytes, in one frame', () => {
    const larger = new Uint8Array([9, 9, 9, 1, 2, 3, 4, 9]);
    const encoded = new wireParser.Encoder().encode({
      type: 2,
      nsp: '/',
      data: ['sync', 'plan:x', larger.subarray(3, 7)],
    });
    expect(encoded as unknown as unknown[]).toHaveLength(1);
    const packet = roundTrip({
      type: 2,
      nsp: '/',
      data: ['sync', 'plan:x', larger.subarray(3, 7)],
    });
    expect(packet.data?.slice(0, 2)).toEqual(['sync', 'plan:x']);
    expect(bytes(packet.data?.[2])).toEqual([1, 2, 3, 4]);
  });

  it('sends binary as MessagePack bin (0xc4), which every build reads, never as an extension type', () => {
    const encoded = new wireParser.Encoder().encode({
      type: 2,
      nsp: '/',
      data: ['sync', new Uint8Array([5, 6, 7])],
    });
    const frame = Buffer.from((encoded as unknown as Uint8Array[])[0]!);
    const at = frame.indexOf(Buffer.from([0xc4, 3, 5, 6, 7]));
    expect(at).toBeGreaterThan(0);
  });

  it('keeps acks, objects and nulls as they are', () => {
    const packet = roundTrip({
      type: 3,
      nsp: '/',
      id: 7,
      data: [{ ok: false, code: 'rate-limited', detail: null }],
    });
    expect(packet).toMatchObject({
      type: 3,
      id: 7,
      data: [{ ok: false, code: 'rate-limited', detail: null }],
    });
  });
});
