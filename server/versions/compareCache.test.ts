import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { addFocusArea } from '../../shared/plan/focusAreas';
import { initPlan } from '../../shared/plan/planDoc';
import type { DocStore } from '../docs/DocStore';
import type { VersionRecord, VersionStorage } from '../storage/Storage';
import { CompareCache } from './compareCache';

function versionState(focusAreas: string[]): Uint8Array {
  const doc = new Y.Doc();
  initPlan(doc, { title: 'Temaplan', municipality: 'Asker' });
  for (const title of focusAreas) addFocusArea(doc, { title });
  return Y.encodeStateAsUpdate(doc);
}

function record(id: string, planId: string, state: Uint8Array): VersionRecord {
  return { id, planId, name: id, step: 'draft' as VersionRecord['step'], createdAt: 0, createdBy: null, state };
}

function setup() {
  const stored = new Map<string, VersionRecord>([
    ['v1', record('v1', 'p1', versionState(['Frivillighet']))],
    ['v2', record('v2', 'p1', versionState(['Frivillighet', 'Nærdemokrati']))],
    ['other', record('other', 'p2', versionState([]))],
  ]);
  const getVersion = vi.fn((id: string) => Promise.resolve(stored.get(id) ?? null));
  const versions = { getVersion } as unknown as VersionStorage;
  const liveDoc = new Y.Doc();
  initPlan(liveDoc, { title: 'Temaplan', municipality: 'Asker' });
  const docs = { open: vi.fn(() => Promise.resolve({ doc: liveDoc })), release: vi.fn() } as unknown as DocStore;
  return { cache: new CompareCache({ docs, versions }), getVersion, docs, liveDoc };
}

describe('CompareCache', () => {
  it('computes the diff of two frozen versions once, then answers from memory', async () => {
    const { cache, getVersion } = setup();
    const first = await cache.diff('p1', 'v1', 'v2');
    expect(first).not.toBeNull();
    expect(getVersion).toHaveBeenCalledTimes(2);
    const again = await cache.diff('p1', 'v1', 'v2');
    expect(again).toBe(first);
    expect(getVersion).toHaveBeenCalledTimes(2);
    // The other direction is its own diff, but the decoded versions are reused.
    const reverse = await cache.diff('p1', 'v2', 'v1');
    expect(reverse).not.toEqual(first);
    expect(getVersion).toHaveBeenCalledTimes(2);
  });

  it('never keeps live: a change to the live plan shows in the next compare', async () => {
    const { cache, liveDoc } = setup();
    const before = JSON.stringify(await cache.diff('p1', 'v1', 'live'));
    addFocusArea(liveDoc, { title: 'Arenaer' });
    const after = JSON.stringify(await cache.diff('p1', 'v1', 'live'));
    expect(after).not.toBe(before);
    expect(after).toContain('Arenaer');
  });

  it("answers null for an unknown version and for another plan's, even once that one is cached", async () => {
    const { cache } = setup();
    expect(await cache.diff('p1', 'v1', 'nope')).toBeNull();
    expect(await cache.snapshot('p2', 'other')).not.toBeNull();
    expect(await cache.diff('p1', 'v1', 'other')).toBeNull();
  });
});
