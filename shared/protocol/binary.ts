/**
 * Binary payloads arrive as a Uint8Array (Node) or an ArrayBuffer (browsers). Kept apart from
 * schemas.ts so the client can use it without loading zod.
 */
export function toUint8Array(data: Uint8Array | ArrayBuffer): Uint8Array {
  return data instanceof Uint8Array ? data : new Uint8Array(data);
}
