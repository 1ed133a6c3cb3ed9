import type * as Y from 'yjs';
import { addComment } from './comments';
import { addFocusArea, getFocusArea, strategiesOf } from './focusAreas';
import { focusAreasMap, readFragment } from './planDoc';
import { findItem, setProvenance, type Provenance } from './provenance';
import { writeParagraphs } from './richText';
import { addStrategy } from './strategies';

/** Where a workshop result goes in the plan. */
export type PromoteTarget =
  | { kind: 'focusArea' }
  | { kind: 'strategy'; focusAreaId: string }
  | { kind: 'comment'; itemId: string };

export type PromoteOutcome =
  | { ok: true; itemId: string; focusAreaId: string; commentId: string | null }
  | { ok: false; reason: 'no-such-item' };

/**
 * Brings a workshop result into the plan as one transaction: a new focus area titled `text`, a
 * new strategy whose text is `text` (strategies have no title), or a comment on an existing
 * focus area or strategy, each carrying its provenance. Only adds: nothing people wrote is
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
      case 'comment': {
        const item = findItem(doc, target.itemId);
        if (!item) return;
        const commentId = addComment(doc, {
          itemId: target.itemId,
          text,
          provenance,
          createdAt: provenance.createdAt,
        });
        if (commentId === null) return;
        outcome = { ok: true, itemId: target.itemId, focusAreaId: item.focusAreaId, commentId };
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
