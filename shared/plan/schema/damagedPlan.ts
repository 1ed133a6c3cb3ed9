import * as Y from 'yjs';
import { addComment } from '../comments';
import { addFocusArea } from '../focusAreas';
import { focusAreasMap, initPlan, purposeFragment, type ItemMap } from '../planDoc';
import { writeJson, writeParagraphs } from '../richText';
import { addStrategy } from '../strategies';

/**
 * Test fixture: plans damaged the ways a buggy or hostile editor could damage them, written with
 * raw Yjs calls (the server's update check would refuse them today, so they only exist in
 * documents stored before it, or written around it).
 */

/** A sound plan: two focus areas (a1 "Arenaer", a2 "Infrastruktur") with two strategies each. */
export function soundPlan(): Y.Doc {
  const doc = new Y.Doc();
  initPlan(doc, { title: 'Temaplan for medborgerskap', municipality: 'Asker kommune' });
  writeParagraphs(purposeFragment(doc), ['Styrke frivilligheten.']);
  for (const [id, title] of [
    ['a1', 'Arenaer'],
    ['a2', 'Infrastruktur'],
  ] as const) {
    addFocusArea(doc, { id, title });
    writeParagraphs(area(doc, id).get('body') as Y.XmlFragment, [`Om ${title}.`]);
    for (const n of [1, 2]) {
      addStrategy(doc, id, { id: `${id}s${n}` });
      writeParagraphs(strategy(doc, id, `${id}s${n}`).get('body') as Y.XmlFragment, [
        `Strategi ${n} i ${id}.`,
      ]);
    }
  }
  addComment(doc, { itemId: 'a1', text: 'Innspill', createdAt: 1 });
  return doc;
}

export function area(doc: Y.Doc, id: string): ItemMap {
  const map = focusAreasMap(doc).get(id);
  if (!(map instanceof Y.Map)) throw new Error(`fixture: no focus area ${id}`);
  return map;
}

export function strategy(doc: Y.Doc, areaId: string, id: string): ItemMap {
  const map = (area(doc, areaId).get('strategies') as Y.Map<ItemMap>).get(id);
  if (!(map instanceof Y.Map)) throw new Error(`fixture: no strategy ${id}`);
  return map;
}

/** The two edits from issue #10: `focusAreas.x` set to a string and a1's title to a number. */
export function damageLikeTheIssue(doc: Y.Doc): void {
  doc.transact(() => {
    focusAreasMap(doc).set('x', 'junk' as unknown as ItemMap);
    area(doc, 'a1').set('title', 42);
  });
}

/** Every other kind of damage the shape check knows, in a2, its strategies and the roots. */
export function damageEverythingElse(doc: Y.Doc): void {
  doc.transact(() => {
    doc.getArray('junkRoot').push(['anything']);
    doc.getMap('meta').set('municipality', 7);
    doc.getMap('meta').set('colour', 'red');
    const a2 = area(doc, 'a2');
    a2.set('title', 'Infrastruktur som tekst');
    a2.set('extra', new Y.Map());
    a2.set('position', 'not a key!');
    a2.set('provenance', { workshopId: 3 });
    a2.delete('strategies');
    const body = a2.get('body') as Y.XmlFragment;
    const unknown = new Y.XmlElement('mention');
    body.insert(body.length, [unknown]);
    const inner = new Y.XmlText();
    unknown.insert(0, [inner]);
    inner.insert(0, 'Hei ');
    inner.insert(4, 'der', { colour: { value: 'red' } });
    const a1s1 = strategy(doc, 'a1', 'a1s1');
    a1s1.delete('body');
    a1s1.set('note', 'x');
    strategy(doc, 'a1', 'a1s2').set('id', 'someone-else');
    focusAreasMap(doc).set('bad id!', new Y.Map());
    doc.getArray('comments').push([5, new Y.Map()]);
  });
  writeJson(purposeFragment(doc), [
    { type: 'video', content: [{ type: 'text', text: 'Se filmen' }] },
  ]);
}

/**
 * List content in the map root `focusAreas`: only a replica that opened the root as a list can
 * write it, so it is written there and merged in.
 */
export function damageRootTypes(doc: Y.Doc): void {
  const asList = new Y.Doc();
  asList.getArray('focusAreas').push(['stray']);
  asList.getMap('purpose').set('stray', 1);
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(asList));
  asList.destroy();
}
