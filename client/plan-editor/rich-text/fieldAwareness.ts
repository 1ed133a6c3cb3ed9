import * as Y from 'yjs';
import type { Awareness } from 'y-protocols/awareness';

interface AwarenessChange {
  added: number[];
  updated: number[];
  removed: number[];
}

type ChangeListener = (change: AwarenessChange, origin: unknown) => void;

/** Whether an awareness cursor ({ anchor, head } relative positions as JSON) lies in `fragment`. */
export function cursorIn(fragment: Y.XmlFragment, cursor: unknown): boolean {
  const doc = fragment.doc;
  if (!doc || typeof cursor !== 'object' || cursor === null || !('anchor' in cursor) || !cursor.anchor) return false;
  const position = Y.createAbsolutePositionFromRelativePosition(Y.createRelativePositionFromJSON(cursor.anchor), doc);
  if (!position) return false;
  const item = position.type._item;
  return position.type === fragment || (item !== null && Y.isParentOf(fragment, item));
}

/**
 * One rich-text field's view of the plan's awareness, for y-tiptap's caret plugin (what
 * CollaborationCaret reads as `provider.awareness`). The plugin redraws its editor on every
 * awareness change — with the person's own caret moving at each keystroke, every mounted
 * editor ran a transaction per keystroke (bench/RESULTS.md, issue #16). Here an editor hears
 * only changes of other people whose caret is in its field or has just left it; its own
 * person's caret is never drawn, so changes to it are not passed on.
 *
 * It also stops an editor that goes away (a deleted strategy, a lazily unmounted field) from
 * clearing the person's caret while it is in another field, and skips re-setting an unchanged
 * `user` (the plugin sets it once per editor). CollaborationCaret's `update` listener only keeps
 * its `storage.users` list, which Medverk does not read (presence has its own): it is not
 * subscribed.
 */
export function fieldAwareness(awareness: Awareness, fragment: Y.XmlFragment) {
  const wrapped = new Map<ChangeListener, ChangeListener>();

  const ownsLocalCursor = () => cursorIn(fragment, awareness.getLocalState()?.cursor);

  const filtered = (listener: ChangeListener): ChangeListener => {
    // Other people whose caret was in this field at the last change this editor heard of.
    const inside = new Set<number>();
    awareness.getStates().forEach((state, clientId) => {
      if (clientId !== awareness.clientID && cursorIn(fragment, state?.cursor)) inside.add(clientId);
    });
    return (change, origin) => {
      let concerned = false;
      for (const clientId of [...change.added, ...change.updated, ...change.removed]) {
        if (clientId === awareness.clientID) continue;
        const here = cursorIn(fragment, awareness.getStates().get(clientId)?.cursor);
        if (here || inside.has(clientId)) concerned = true;
        if (here) inside.add(clientId);
        else inside.delete(clientId);
      }
      if (concerned) listener(change, origin);
    };
  };

  return {
    get clientID() {
      return awareness.clientID;
    },
    get doc() {
      return awareness.doc;
    },
    get states() {
      return awareness.getStates();
    },
    getStates: () => awareness.getStates(),
    getLocalState: () => awareness.getLocalState(),
    setLocalStateField(field: string, value: unknown): void {
      const current: unknown = awareness.getLocalState()?.[field];
      if (field === 'cursor' && value === null && (current == null || !ownsLocalCursor())) return;
      if (field === 'user' && JSON.stringify(current) === JSON.stringify(value)) return;
      awareness.setLocalStateField(field, value);
    },
    on(event: string, listener: ChangeListener): void {
      if (event !== 'change' || wrapped.has(listener)) return;
      const inner = filtered(listener);
      wrapped.set(listener, inner);
      awareness.on('change', inner);
    },
    off(event: string, listener: ChangeListener): void {
      const inner = wrapped.get(listener);
      if (event !== 'change' || !inner) return;
      wrapped.delete(listener);
      awareness.off('change', inner);
    },
  };
}
