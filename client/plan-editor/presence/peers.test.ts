import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import { peersKey, readPeers } from './peers';

/** An awareness that has received `state` from another client. */
function withRemote(local: Awareness, state: Record<string, unknown>): number {
  const remote = new Awareness(new Y.Doc());
  remote.setLocalState(state);
  applyAwarenessUpdate(local, encodeAwarenessUpdate(remote, [remote.clientID]), 'test');
  return remote.clientID;
}

describe('readPeers', () => {
  it('lists self first, then others by name, with their focus area', () => {
    const local = new Awareness(new Y.Doc());
    local.setLocalState({ user: { name: 'Kari', color: '#0b5cad' }, focusAreaId: null });
    withRemote(local, { user: { name: 'Ola', color: '#b3261e' }, focusAreaId: 'fa1' });
    withRemote(local, { user: { name: 'Aisha', color: '#1e6b34' }, focusAreaId: null });

    const peers = readPeers(local);
    expect(peers.map((peer) => [peer.name, peer.isSelf, peer.focusAreaId])).toEqual([
      ['Kari', true, null],
      ['Aisha', false, null],
      ['Ola', false, 'fa1'],
    ]);
  });

  it('leaves out states that are malformed or not yet introduced', () => {
    const local = new Awareness(new Y.Doc());
    local.setLocalState({ cursor: null });
    withRemote(local, { user: { name: '   ', color: '#0b5cad' } });
    withRemote(local, { user: { name: 'Ola', color: 'red; background: url(x)' } });
    withRemote(local, { user: 'Per' });
    withRemote(local, { user: { name: 'Kari', color: '#0b5cad' }, focusAreaId: 42 });

    const peers = readPeers(local);
    expect(peers).toHaveLength(1);
    expect(peers[0]).toMatchObject({ name: 'Kari', focusAreaId: null });
  });

  it('marks people the server shows as viewers', () => {
    const local = new Awareness(new Y.Doc());
    withRemote(local, { user: { name: 'Olga', color: '#0b5cad', viewer: true } });
    withRemote(local, { user: { name: 'Ola', color: '#b3261e' } });
    expect(readPeers(local).map((peer) => [peer.name, peer.viewer])).toEqual([
      ['Ola', false],
      ['Olga', true],
    ]);
  });

  it('gives the same key when only cursors move', () => {
    const local = new Awareness(new Y.Doc());
    local.setLocalState({
      user: { name: 'Kari', color: '#0b5cad' },
      focusAreaId: 'a',
      cursor: { anchor: 1 },
    });
    const before = peersKey(readPeers(local));
    local.setLocalStateField('cursor', { anchor: 7 });
    expect(peersKey(readPeers(local))).toBe(before);
    local.setLocalStateField('focusAreaId', 'b');
    expect(peersKey(readPeers(local))).not.toBe(before);
  });
});
