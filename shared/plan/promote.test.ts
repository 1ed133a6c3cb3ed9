import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addFocusArea } from './focusAreas';
import { initPlan } from './planDoc';
import { promoteIntoPlan } from './promote';
import { findItem, provenanceOf, readProvenance, type Provenance } from './provenance';
import { planSnapshot } from './snapshot';
import { fragmentToPlainText } from './richText';
import { restorePlan } from './restore';
import { deleteStrategy, listStrategies } from './strategies';

const origin: Provenance = {
  workshopId: 'w1',
  workshopTitle: 'Ungdomsverksted',
  activityId: 'a1',
  activityPrompt: 'Hva savner du?',
  votes: 12,
  contributors: 7,
  createdAt: Date.UTC(2026, 10, 27),
};

function plan(): { doc: Y.Doc; areaId: string } {
  const doc = new Y.Doc();
  initPlan(doc, { title: 'Temaplan', municipality: 'Asker' });
  return { doc, areaId: addFocusArea(doc, { title: 'Møteplasser' }) };
}

describe('promoteIntoPlan', () => {
  it('adds a focus area titled by the result, with its provenance', () => {
    const { doc } = plan();
    const outcome = promoteIntoPlan(doc, { kind: 'focusArea' }, 'Trygge skoleveier', origin);
    if (!outcome.ok) throw new Error('not promoted');
    const snapshot = planSnapshot(doc);
    expect(snapshot.focusAreas.map((area) => area.title)).toEqual(['Møteplasser', 'Trygge skoleveier']);
    expect(snapshot.focusAreas[1]?.provenance).toEqual(origin);
    expect(snapshot.focusAreas[0]?.provenance).toBeUndefined();
    expect(provenanceOf(doc, outcome.itemId)).toEqual(origin);
  });

  it('adds a strategy whose text is the result, last in the chosen focus area', () => {
    const { doc, areaId } = plan();
    const outcome = promoteIntoPlan(doc, { kind: 'strategy', focusAreaId: areaId }, 'Flere benker\nved biblioteket', origin);
    if (!outcome.ok) throw new Error('not promoted');
    const [strategy] = listStrategies(doc, areaId);
    expect(strategy?.id).toBe(outcome.itemId);
    expect(fragmentToPlainText(strategy?.body ?? new Y.XmlFragment())).toContain('Flere benker');
    expect(planSnapshot(doc).focusAreas[0]?.strategies[0]?.provenance).toEqual(origin);
  });

  it('refuses targets that do not exist, writing nothing', () => {
    const { doc } = plan();
    const before = Y.encodeStateVector(doc);
    expect(promoteIntoPlan(doc, { kind: 'strategy', focusAreaId: 'missing' }, 'x', origin).ok).toBe(false);
    expect(Y.encodeStateVector(doc)).toEqual(before);
  });

  it('reaches a replica as an ordinary update', () => {
    const { doc, areaId } = plan();
    const replica = new Y.Doc();
    Y.applyUpdate(replica, Y.encodeStateAsUpdate(doc));
    doc.on('update', (update: Uint8Array) => Y.applyUpdate(replica, update));
    const made = promoteIntoPlan(doc, { kind: 'strategy', focusAreaId: areaId }, 'Strategi', origin);
    if (!made.ok) throw new Error('not promoted');
    const item = findItem(replica, made.itemId);
    expect(item?.kind).toBe('strategy');
    expect(item && readProvenance(item.map)).toEqual(origin);
  });

  it('keeps provenance when a version restores a deleted item', () => {
    const { doc, areaId } = plan();
    const made = promoteIntoPlan(doc, { kind: 'strategy', focusAreaId: areaId }, 'Strategi', origin);
    if (!made.ok) throw new Error('not promoted');
    const version = new Y.Doc();
    Y.applyUpdate(version, Y.encodeStateAsUpdate(doc));
    deleteStrategy(doc, areaId, made.itemId);
    restorePlan(doc, version);
    expect(provenanceOf(doc, made.itemId)).toEqual(origin);
  });
});

describe('provenance', () => {
  it('ignores a malformed value someone wrote into the doc', () => {
    const { doc, areaId } = plan();
    findItem(doc, areaId)?.map.set('provenance', { workshopId: 5 });
    expect(provenanceOf(doc, areaId)).toBeNull();
    expect(planSnapshot(doc).focusAreas[0]?.provenance).toBeUndefined();
  });
});
