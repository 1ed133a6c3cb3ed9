import { describe, it, expect } from 'vitest';
import * as Y from 'yjs';
import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import { awarenessUpdate } from '../testing/fakePeers';
import { decodeAwarenessUpdate } from './awarenessUpdate';

const presence = {
  user: { name: 'Kari Nordmann', color: '#1e90ff' },
  focusAreaId: 'fa_1',
  cursor: { anchor: { type: null, tname: 'purpose', item: null, assoc: 0 }, head: null },
};

function realUpdate(state: Record<string, unknown> | null): {
  bytes: Uint8Array;
  clientId: number;
} {
  const doc = new Y.Doc();
  const awareness = new Awareness(doc);
  try {
    awareness.setLocalState(state);
    return { bytes: encodeAwarenessUpdate(awareness, [doc.clientID]), clientId: doc.clientID };
  } finally {
    awareness.destroy();
    doc.destroy();
  }
}

describe('decodeAwarenessUpdate', () => {
  it('decodes an update made by y-protocols', () => {
    const { bytes, clientId } = realUpdate(presence);
    const entries = decodeAwarenessUpdate(bytes);
    expect(entries).toHaveLength(1);
    expect(entries?.[0]).toMatchObject({ clientId, state: presence });
    expect(entries?.[0]?.clock).toBeGreaterThanOrEqual(1);
  });

  it('decodes a removal (null state) and an empty update', () => {
    const { bytes, clientId } = realUpdate(null);
    expect(decodeAwarenessUpdate(bytes)).toEqual([{ clientId, clock: 1, state: null }]);
    expect(decodeAwarenessUpdate(awarenessUpdate([]))).toEqual([]);
  });

  it('accepts unknown keys and a null focus area', () => {
    const bytes = awarenessUpdate([
      { clientId: 7, clock: 3, state: { focusAreaId: null, extra: [1, 2] } },
    ]);
    expect(decodeAwarenessUpdate(bytes)).toEqual([
      { clientId: 7, clock: 3, state: { focusAreaId: null, extra: [1, 2] } },
    ]);
  });

  it('refuses every truncation of a valid update', () => {
    const { bytes } = realUpdate(presence);
    for (let length = 0; length < bytes.length; length++) {
      expect(decodeAwarenessUpdate(bytes.slice(0, length)), `first ${length} bytes`).toBeNull();
    }
  });

  it('refuses trailing bytes and garbage', () => {
    const { bytes } = realUpdate(presence);
    expect(decodeAwarenessUpdate(new Uint8Array([...bytes, 0]))).toBeNull();
    expect(decodeAwarenessUpdate(new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff]))).toBeNull();
    expect(decodeAwarenessUpdate(new Uint8Array([1, 1, 1, 3, 0x7b, 0x7b, 0x7b]))).toBeNull();
  });

  it('refuses more than 64 entries', () => {
    const entries = (n: number) =>
      [...Array(n).keys()].map((i) => ({
        clientId: i + 1,
        clock: 1,
        state: { user: { name: `p${i}`, color: '#abc' } },
      }));
    expect(decodeAwarenessUpdate(awarenessUpdate(entries(64)))).toHaveLength(64);
    expect(decodeAwarenessUpdate(awarenessUpdate(entries(65)))).toBeNull();
  });

  it('refuses a state that is not JSON', () => {
    expect(
      decodeAwarenessUpdate(awarenessUpdate([{ clientId: 1, clock: 1, json: '{"user":' }])),
    ).toBeNull();
    expect(
      decodeAwarenessUpdate(awarenessUpdate([{ clientId: 1, clock: 1, json: 'undefined' }])),
    ).toBeNull();
  });

  it('refuses states that are not objects', () => {
    for (const state of [5, 'text', true, [1, 2]]) {
      expect(
        decodeAwarenessUpdate(awarenessUpdate([{ clientId: 1, clock: 1, state }])),
        JSON.stringify(state),
      ).toBeNull();
    }
  });

  it('limits the user name to 80 characters', () => {
    const withName = (name: string) =>
      decodeAwarenessUpdate(
        awarenessUpdate([{ clientId: 1, clock: 1, state: { user: { name, color: '#abc' } } }]),
      );
    expect(withName('n'.repeat(80))).not.toBeNull();
    expect(withName('n'.repeat(81))).toBeNull();
  });

  it('requires a hex colour', () => {
    const withColor = (color: unknown) =>
      decodeAwarenessUpdate(
        awarenessUpdate([{ clientId: 1, clock: 1, state: { user: { name: 'Ola', color } } }]),
      );
    for (const ok of ['#abc', '#AABBCC', '#aabbcc80']) expect(withColor(ok), ok).not.toBeNull();
    for (const bad of ['red', '#ggg', '#ab', 'abc', '#abc;background:url(x)', 'rgb(0,0,0)', 42]) {
      expect(withColor(bad), String(bad)).toBeNull();
    }
  });

  it('refuses a user without name or colour, and an over-long focus area id', () => {
    const decode = (state: unknown) =>
      decodeAwarenessUpdate(awarenessUpdate([{ clientId: 1, clock: 1, state }]));
    expect(decode({ user: { name: 'Ola' } })).toBeNull();
    expect(decode({ user: { color: '#abc' } })).toBeNull();
    expect(decode({ focusAreaId: 'f'.repeat(65) })).toBeNull();
    expect(decode({ focusAreaId: 'f'.repeat(64) })).not.toBeNull();
  });
});
