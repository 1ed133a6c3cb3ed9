import * as Y from 'yjs';
import { addFocusArea } from '../../shared/plan/focusAreas';
import { focusAreasMap } from '../../shared/plan/planDoc';

/** The seed of each field: the same structs (client 1, same clock, same content) everywhere. */
const seeds = new Map<string, Uint8Array>();

function seedOf(field: string): Uint8Array {
  let seed = seeds.get(field);
  if (!seed) {
    const doc = new Y.Doc();
    doc.clientID = 1;
    addFocusArea(doc, { id: field, title: '' });
    seed = Y.encodeStateAsUpdate(doc);
    seeds.set(field, seed);
  }
  return seed;
}

function titleOf(doc: Y.Doc, field: string): Y.Text | null {
  const title = focusAreasMap(doc).get(field)?.get('title');
  return title instanceof Y.Text ? title : null;
}

/**
 * The text every bench client types into: the title of a focus area whose id is the workload's
 * field, so the same edits are valid on every server (Medverk refuses anything outside the
 * plan's shape, such as the root-level Y.Text the bench used before) and the comparison stays
 * fair. Every client creates the focus area from the same seed update — identical structs, so
 * Yjs merges the copies into one instead of letting one client's copy (and typing) win.
 */
export function benchText(doc: Y.Doc, field: string): Y.Text {
  const existing = titleOf(doc, field);
  if (existing) return existing;
  Y.applyUpdate(doc, seedOf(field));
  const seeded = titleOf(doc, field);
  if (!seeded) throw new Error(`the bench seed for "${field}" has no title text`);
  return seeded;
}
