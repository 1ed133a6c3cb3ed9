import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { listComments } from '../comments';
import { listFocusAreas } from '../focusAreas';
import { municipality, readTitle } from '../planDoc';
import { planSnapshot } from '../snapshot';
import { listStrategies } from '../strategies';
import { checkPlanDoc } from './checkPlanDoc';
import {
  damageEverythingElse,
  damageLikeTheIssue,
  damageRootTypes,
  soundPlan,
} from './damagedPlan';
import { repairPlanDoc } from './repairPlanDoc';

function paths(doc: Y.Doc): string[] {
  return checkPlanDoc(doc).map((problem) => problem.path);
}

function replica(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
}

describe('checkPlanDoc', () => {
  it('finds nothing in a sound plan', () => {
    expect(checkPlanDoc(soundPlan())).toEqual([]);
  });

  it('finds both edits from the issue', () => {
    const doc = soundPlan();
    damageLikeTheIssue(doc);
    expect(checkPlanDoc(doc)).toEqual([
      { path: 'focusAreas.a1.title', message: 'expected Y.Text, found a number' },
      { path: 'focusAreas.x', message: 'expected Y.Map, found a string' },
    ]);
  });

  it('finds every other kind of damage, with where it is', () => {
    const doc = soundPlan();
    damageEverythingElse(doc);
    damageRootTypes(doc);
    expect(paths(doc).sort()).toEqual(
      [
        'junkRoot',
        'meta.municipality',
        'meta.colour',
        'purpose',
        'purpose.1',
        'focusAreas',
        'focusAreas.a1.strategies.a1s1.note',
        'focusAreas.a1.strategies.a1s1.body',
        'focusAreas.a1.strategies.a1s2.id',
        'focusAreas.a2.title',
        'focusAreas.a2.extra',
        'focusAreas.a2.position',
        'focusAreas.a2.provenance',
        'focusAreas.a2.strategies',
        'focusAreas.a2.body.1',
        'focusAreas.a2.body.1.0',
        'focusAreas.bad id!',
        'focusAreas.bad id!.id',
        'focusAreas.bad id!.position',
        'focusAreas.bad id!.title',
        'focusAreas.bad id!.body',
        'focusAreas.bad id!.strategies',
        'comments.1',
        'comments.2',
      ].sort(),
    );
  });
});

describe('repairPlanDoc', () => {
  it('repairs the issue edits: the junk key goes, the title becomes an (empty) text again', () => {
    const doc = soundPlan();
    damageLikeTheIssue(doc);
    expect(repairPlanDoc(doc)).toHaveLength(2);
    expect(checkPlanDoc(doc)).toEqual([]);
    const areas = listFocusAreas(doc);
    expect(areas.map((area) => [area.id, area.title.toString()])).toEqual([
      ['a1', ''],
      ['a2', 'Infrastruktur'],
    ]);
    expect(listStrategies(doc, 'a1').map((s) => s.id)).toEqual(['a1s1', 'a1s2']);
  });

  it('makes any damage fit and keeps the content that was valid', () => {
    const doc = soundPlan();
    const before = planSnapshot(soundPlan());
    damageEverythingElse(doc);
    damageRootTypes(doc);
    repairPlanDoc(doc);
    expect(checkPlanDoc(doc)).toEqual([]);
    // A replica that receives the repair as an ordinary update fits too.
    expect(checkPlanDoc(replica(doc))).toEqual([]);

    const after = planSnapshot(doc);
    expect(readTitle(doc)).toBe(before.title);
    expect(municipality(doc)).toBe('');
    expect(after.purpose).toEqual([
      ...before.purpose,
      { type: 'paragraph', content: [{ type: 'text', text: 'Se filmen' }] },
    ]);
    expect(after.focusAreas.map((area) => area.id)).toEqual(['a1', 'a2']);
    const [a1, a2] = after.focusAreas;
    expect(a1?.strategies.map((s) => [s.id, s.body])).toEqual([
      ['a1s1', []],
      ['a1s2', before.focusAreas[0]?.strategies[1]?.body],
    ]);
    // The title written as a string is recovered; the unknown node's text is kept, its mark not.
    expect(a2?.title).toBe('Infrastruktur som tekst');
    expect(a2?.body).toEqual([
      ...(before.focusAreas[1]?.body ?? []),
      { type: 'paragraph', content: [{ type: 'text', text: 'Hei der' }] },
    ]);
    expect(a2?.strategies).toEqual([]);
    expect(a2?.provenance).toBeUndefined();
    expect(listComments(doc).map((c) => c.text)).toEqual(['Innspill']);
    expect(doc.getArray('junkRoot').length).toBe(0);
  });

  it('gives invalid positions fresh keys in the order readers showed', () => {
    const doc = soundPlan();
    doc.transact(() => {
      for (const [id, position] of [
        ['a1', 'a0'],
        ['a2', 'a0!'],
      ] as const) {
        (doc.getMap('focusAreas').get(id) as Y.Map<unknown>).set('position', position);
      }
      const a3 = new Y.Map<unknown>();
      doc.getMap('focusAreas').set('a3', a3);
      a3.set('id', 'a3');
      a3.set('position', 17);
    });
    const order = listFocusAreas(doc).map((area) => area.id);
    expect(order).toEqual(['a1', 'a2']);
    repairPlanDoc(doc);
    expect(checkPlanDoc(doc)).toEqual([]);
    expect(listFocusAreas(doc).map((area) => area.id)).toEqual(['a1', 'a2', 'a3']);
  });

  it('writes nothing to a document that fits', () => {
    const doc = soundPlan();
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    expect(repairPlanDoc(doc)).toEqual([]);
    expect(updates).toHaveLength(0);
  });

  it('repairs in one transaction', () => {
    const doc = soundPlan();
    damageEverythingElse(doc);
    let transactions = 0;
    doc.on('afterTransaction', () => transactions++);
    repairPlanDoc(doc);
    expect(transactions).toBe(1);
  });
});
