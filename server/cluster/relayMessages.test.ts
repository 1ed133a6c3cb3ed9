import { describe, expect, it } from 'vitest';
import { decodeRelayMessage, encodeRelayMessage, type RelayMessage } from './relayMessages';

describe('relay messages', () => {
  it('round-trip every kind', () => {
    const bytes = new Uint8Array([1, 2, 3]);
    const messages: RelayMessage[] = [
      { kind: 'update', node: 'n1', update: bytes },
      { kind: 'diff', node: 'n1', update: bytes },
      { kind: 'awareness', node: 'n1', update: bytes },
      { kind: 'summary', node: 'n1', summary: { stateVector: bytes, deletesDigest: new Uint8Array([9]) }, reply: false },
      { kind: 'summary', node: 'n1', summary: { stateVector: bytes, deletesDigest: new Uint8Array([9]) }, reply: true },
    ];
    for (const message of messages) expect(decodeRelayMessage(encodeRelayMessage(message))).toEqual(message);
  });

  it('decode to null when malformed or of an unknown kind', () => {
    expect(decodeRelayMessage(new Uint8Array())).toBeNull();
    expect(decodeRelayMessage(new Uint8Array([0, 200]))).toBeNull();
    expect(decodeRelayMessage(new Uint8Array([42, 1, 65]))).toBeNull();
  });
});
