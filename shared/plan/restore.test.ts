import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addFocusArea, deleteFocusArea, moveFocusArea, renameFocusArea } from './focusAreas';
import { initPlan, purposeFragment, titleText } from './planDoc';
import { writeJson, writeParagraphs } from './richText';
import { restorePlan } from './restore';
import { planSnapshot } from './snapshot';
import { addStrategy, deleteStrategy, listStrategies, moveStrategy } from './strategies';
import { applyTextChange } from '../text/textDiff';

function plan(): Y.Doc {
  const doc = new Y.Doc();
  initPlan(doc, { title: 'Temaplan for medborgerskap', municipality: 'Asker kommune' });
  writeJson(purposeFragment(doc), [
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Formål' }] },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Styrke ' },
        { type: 'text', text: 'frivilligheten', marks: [{ type: 'bold' }] },
      ],
    },
  ]);
  for (const [areaId, title] of [
    ['a1', 'Arenaer for deltakelse'],
    ['a2', 'Infrastruktur'],
    ['a3', 'Lokaldemokrati'],
  ] as const) {
    addFocusArea(doc, { id: areaId, title });
    writeParagraphs(body(doc, areaId), [`Om ${title.toLowerCase()}.`]);
    for (const n of [1, 2, 3]) {
      addStrategy(doc, areaId, { id: `${areaId}s${n}` });
      writeParagraphs(body(doc, areaId, `${areaId}s${n}`), [`Strategi ${n} i ${areaId}.`]);
    }
  }
  return doc;
}

function body(doc: Y.Doc, areaId: string, strategyId?: string): Y.XmlFragment {
  const area = doc.getMap<Y.Map<unknown>>('focusAreas').get(areaId);
  if (!area) throw new Error(`no ${areaId}`);
  if (!strategyId) return area.get('body') as Y.XmlFragment;
  const strategy = listStrategies(doc, areaId).find((s) => s.id === strategyId);
  if (!strategy) throw new Error(`no ${strategyId}`);
  return strategy.body;
}

function copy(doc: Y.Doc): Y.Doc {
  const clone = new Y.Doc();
  Y.applyUpdate(clone, Y.encodeStateAsUpdate(doc));
  return clone;
}

function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
}

/** Many edits of every kind made after the version was frozen. */
function editHeavily(doc: Y.Doc): void {
  applyTextChange(titleText(doc), 'Temaplan for medborgerskap – utkast 2');
  doc.getMap('meta').set('municipality', 'Asker');
  writeParagraphs(purposeFragment(doc), ['Et nytt avsnitt.']);
  renameFocusArea(doc, 'a1', 'Arenaer for deltakelse og læring');
  moveFocusArea(doc, 'a3', 0);
  deleteFocusArea(doc, 'a2');
  addFocusArea(doc, { id: 'a4', title: 'Nærmiljø', index: 1 });
  addStrategy(doc, 'a4', { id: 'a4s1' });
  deleteStrategy(doc, 'a1', 'a1s1');
  moveStrategy(doc, 'a3', 'a3s3', 0);
  const b = body(doc, 'a3', 'a3s2');
  b.delete(0, b.length);
  writeParagraphs(b, ['Omskrevet strategi.']);
}

/** A state vector that only grows: no client's clock went backwards. */
function grew(before: Map<number, number>, after: Map<number, number>): boolean {
  return [...before].every(([client, clock]) => (after.get(client) ?? 0) >= clock);
}

describe('restorePlan', () => {
  it('makes the live content equal to the version, as one forward update', () => {
    const live = plan();
    const version = copy(live);
    editHeavily(live);
    expect(planSnapshot(live)).not.toEqual(planSnapshot(version));
    const vectorBefore = Y.decodeStateVector(Y.encodeStateVector(live));
    const updates: Uint8Array[] = [];
    live.on('update', (update: Uint8Array) => updates.push(update));

    restorePlan(live, version);

    expect(planSnapshot(live)).toEqual(planSnapshot(version));
    expect(updates).toHaveLength(1);
    expect(grew(vectorBefore, Y.decodeStateVector(Y.encodeStateVector(live)))).toBe(true);
  });

  it('brings back deleted items under their old ids', () => {
    const live = plan();
    const version = copy(live);
    deleteFocusArea(live, 'a2');
    restorePlan(live, version);
    const a2 = planSnapshot(live).focusAreas.find((a) => a.id === 'a2');
    expect(a2?.strategies.map((s) => s.id)).toEqual(['a2s1', 'a2s2', 'a2s3']);
    expect(a2?.title).toBe('Infrastruktur');
  });

  it('reaches a third replica that syncs afterwards', () => {
    const live = plan();
    const version = copy(live);
    const third = copy(live);
    editHeavily(live);
    sync(live, third);
    restorePlan(live, version);
    sync(live, third);
    expect(planSnapshot(third)).toEqual(planSnapshot(version));
  });

  it('writes nothing when live already equals the version', () => {
    const live = plan();
    const version = copy(live);
    const updates: Uint8Array[] = [];
    live.on('update', (update: Uint8Array) => updates.push(update));
    restorePlan(live, version);
    expect(updates).toHaveLength(0);
  });

  it('leaves unchanged texts alone, so a concurrent edit to them survives', () => {
    const live = plan();
    const version = copy(live);
    const other = copy(live);
    editHeavily(live);
    sync(live, other);
    // While the server restores, someone offline types in a strategy the version does not change.
    writeParagraphs(body(other, 'a1', 'a1s2'), ['Tillegg skrevet samtidig.']);
    renameFocusArea(other, 'a3', 'Lokaldemokrati nå');
    restorePlan(live, version);
    sync(live, other);

    const merged = planSnapshot(live);
    expect(planSnapshot(other)).toEqual(merged);
    const a1s2 = merged.focusAreas
      .find((a) => a.id === 'a1')
      ?.strategies.find((s) => s.id === 'a1s2');
    expect(a1s2?.body.map((block) => block.content?.[0]?.text)).toEqual([
      'Strategi 2 i a1.',
      'Tillegg skrevet samtidig.',
    ]);
    expect(merged.focusAreas.find((a) => a.id === 'a3')?.title).toBe('Lokaldemokrati nå');
    // Everything else is the version.
    const expected = planSnapshot(version);
    expect({ ...merged, focusAreas: merged.focusAreas.map((a) => a.id) }).toEqual({
      ...expected,
      focusAreas: expected.focusAreas.map((a) => a.id),
    });
  });
});
