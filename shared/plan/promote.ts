import type * as Y from 'yjs';
import { addFocusArea, getFocusArea, strategiesOf } from './focusAreas';
import { focusAreasMap, readFragment } from './planDoc';
import { setProvenance, type Provenance } from './provenance';
import { writeParagraphs } from './richText';
import { addStrategy } from './strategies';

/**
 * Where a workshop result goes in the plan document. (A result promoted "as a comment" becomes
 * a thread in the plan's discussion instead: server/workshops/promote.ts.)
 */
export type PromoteTarget = { kind: 'focusArea' } | { kind: 'strategy'; focusAreaId: string };

export type PromoteOutcome =
  | { ok: true; itemId: string; focusAreaId: string; commentId: null }
  | { ok: false; reason: 'no-such-item' };

/**
 * Brings a workshop result into the plan as one transaction: a new focus area titled `text`, or
 * a new strategy whose text is `text` (strategies have no title), each carrying its provenance. Only adds: nothing people wrote is
 * touched, so it merges with concurrent edits like any other insertion.
 */
export function promoteIntoPlan(
  doc: Y.Doc,
  target: PromoteTarget,
  text: string,
  provenance: Provenance,
): PromoteOutcome {
  let outcome: PromoteOutcome = { ok: false, reason: 'no-such-item' };
  doc.transact(() => {
    switch (target.kind) {
      case 'focusArea': {
        const id = addFocusArea(doc, { title: text });
        const map = focusAreasMap(doc).get(id);
        if (map) setProvenance(map, provenance);
        outcome = { ok: true, itemId: id, focusAreaId: id, commentId: null };
        return;
      }
      case 'strategy': {
        if (!getFocusArea(doc, target.focusAreaId)) return;
        const id = addStrategy(doc, target.focusAreaId);
        const area = focusAreasMap(doc).get(target.focusAreaId);
        const map = id && area ? strategiesOf(area)?.get(id) : undefined;
        const body = map ? readFragment(map) : null;
        if (!id || !map || !body) return;
        writeParagraphs(body, text.split(/\n+/).filter((line) => line.trim() !== ''));
        setProvenance(map, provenance);
        outcome = { ok: true, itemId: id, focusAreaId: target.focusAreaId, commentId: null };
        return;
      }
      default: {
        const never: never = target;
        throw new Error(`unknown target ${JSON.stringify(never)}`);
      }
    }
  });
  return outcome;
}
